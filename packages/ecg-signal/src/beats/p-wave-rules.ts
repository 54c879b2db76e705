/**
 * P-wave presence as beat evidence, the last step of beat typing. The P waves are those of the
 * rhythm module (`../rhythm/atrial-template.ts`, `../rhythm/p-waves.ts`): the record's own P
 * template matched before each QRS. A beat preceded by a sinus-like P wave at the record's usual
 * PR (within {@link PR_TOLERANCE_MS} of the median PR of the N beats) was conducted: a rare odd
 * shape (fewer than three look-alikes) is then not called V but aberrant (S when premature, else
 * N). The same veto on S (a premature beat of normal shape after a sinus-like P is sinus) was
 * tried and left out: on the MIT-BIH development records it removed as many true S as false
 * ones, because the P' of many atrial premature beats matches the sinus template.
 * De Chazal et al. 2004 (IEEE TBME 51(7):1196–1206) list P-wave presence among their features
 * (a P wave found by their delineator before the QRS); departure: here it is a veto on two rules,
 * not an input of a trained discriminant, and repeated ventricular shapes are left alone (on the
 * MIT-BIH development records a sinus P before a PVC of a repeated shape is common in bigeminy).
 */
import { buildAtrialTemplate } from '../rhythm/atrial-template.js';
import { trackPWaves } from '../rhythm/p-waves.js';
import type { MorphologySignal } from '../prepared/lead-products.js';
import type { BeatType, ClassifiedBeats } from './types.js';

/** A P wave counts as sinus-like when its PR is this close to the median PR, ms. */
const PR_TOLERANCE_MS = 40;
/** Shapes with fewer members than this are "rare" (as in `beat-rules.ts`). */
const REPEATED_SHAPE = 3;
/** pre-RR / local RR below which a beat is premature (as the S rule of `beat-rules.ts`). */
const SUPRAVENTRICULAR_RATIO = 0.85;

/**
 * Whether {@link refineWithPWaves} could change any type: only a V beat of a rare shape can be
 * re-typed, so without one the P waves change no type (they only give `prMs`).
 * @param beats - beats typed by shape and timing
 * @returns true when some V beat belongs to a shape with fewer than three members
 * @example
 * pWavesCanRetype(byShape); // false for a record of normal beats only
 */
export function pWavesCanRetype(beats: ClassifiedBeats): boolean {
  const size = clusterSizes(beats.features.cluster);
  return beats.types.some(
    (t, b) => t === 'V' && (size.get(beats.features.cluster[b] ?? -1) ?? 0) < REPEATED_SHAPE,
  );
}

/** Members per shape cluster. */
function clusterSizes(cluster: Int32Array): Map<number, number> {
  const size = new Map<number, number>();
  cluster.forEach((c) => size.set(c, (size.get(c) ?? 0) + 1));
  return size;
}

/**
 * Re-types rare odd-shaped beats whose P wave says they were conducted from the sinus node.
 * @param beats - beats typed by shape and timing (types are not modified)
 * @param morph - the record's morphology signal (`morphologySignal`)
 * @returns the refined types and each beat's PR interval (ms; `NaN` without a P wave)
 * @example
 * const { types, prMs } = refineWithPWaves(beats, morphologySignal(signal));
 */
export function refineWithPWaves(
  beats: ClassifiedBeats,
  morph: MorphologySignal,
): { types: BeatType[]; prMs: Float64Array } {
  const template = buildAtrialTemplate(
    morph.leadsUv,
    morph.sampleRateHz,
    morph.factor,
    beats,
    undefined,
    morph.memo,
  );
  const { prMs } = trackPWaves(morph.leadsUv, morph.sampleRateHz, morph.factor, beats, template);
  const normalPr = beats.types
    .flatMap((t, b) => (t === 'N' && Number.isFinite(prMs[b]) ? [prMs[b] ?? 0] : []))
    .sort((a, c) => a - c);
  const medianPr = normalPr[normalPr.length >> 1];
  if (medianPr === undefined) {
    return { types: [...beats.types], prMs };
  }
  const size = clusterSizes(beats.features.cluster);
  const types = beats.types.map((t, b): BeatType => {
    const sinusP = Math.abs((prMs[b] ?? Number.NaN) - medianPr) <= PR_TOLERANCE_MS;
    const premature =
      (beats.features.preRrMs[b] ?? Number.NaN) / (beats.features.localRrMs[b] ?? Number.NaN) <
      SUPRAVENTRICULAR_RATIO;
    const rare = (size.get(beats.features.cluster[b] ?? -1) ?? 0) < REPEATED_SHAPE;
    if (sinusP && t === 'V' && rare) {
      return premature ? 'S' : 'N';
    }
    return t;
  });
  return { types, prMs };
}
