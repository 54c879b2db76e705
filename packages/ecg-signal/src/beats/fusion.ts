/**
 * Fusion beats: a ventricular ectopic that fires while the sinus impulse is already depolarising
 * the ventricles produces a QRS between the two shapes, on time rather than early. A beat is
 * called fusion (F) when its cluster's mean beat resembles both the dominant beat and one of the
 * record's repeated ventricular shapes at least moderately ({@link MIN_CORRELATION}) but neither
 * closely ({@link MAX_CORRELATION}), and the beat is not premature. The criterion follows the
 * definition used for the MIT-BIH annotations (Mark & Moody 1988, "MIT-BIH Arrhythmia Database
 * Directory": fusion of ventricular and normal beat). Fusion beats are rare and their shapes
 * vary from one to the next, so the rule is deliberately narrow (no noisy beat, {@link NOISY}):
 * a normal beat called F costs more than a fusion beat called N.
 */
import { compareTemplates } from './beat-correlation.js';
import type { BeatClustering } from './cluster-beats.js';
import type { RecordEvidence } from './cluster-evidence.js';
import type { BeatType } from './types.js';

/** Both resemblances must reach this pooled correlation ... */
const MIN_CORRELATION = 0.6;
/** ... and neither may reach this one. */
const MAX_CORRELATION = 0.9;
/** Ventricular shapes seen at least this often are used as the V reference. */
const MIN_V_MEMBERS = 3;
/** Noise index (`beat-noise.ts`) from which no beat is called fusion. */
const NOISY = 0.2;
/** pre-RR / local RR at or above which a beat is on time (not premature). */
const ON_TIME_RATIO = 0.9;

/**
 * Re-labels as F the normal-labelled beats of clusters that lie between the dominant and a
 * ventricular shape.
 * @param types - classes from `labelBeats`, changed in place
 * @param clustering - the shape clusters
 * @param evidence - their evidence (dominant cluster, correlations)
 * @param preRatio - per beat, pre-RR / local RR
 * @param maxLagSamples - alignment shift for template comparison, samples
 * @returns the same `types` array
 * @example
 * markFusion(types, clustering, evidence, preRatio, 4);
 */
export function markFusion(
  types: BeatType[],
  clustering: BeatClustering,
  evidence: RecordEvidence,
  preRatio: (b: number) => number,
  maxLagSamples: number,
): BeatType[] {
  const ventricular = clustering.clusters.filter(
    (c) => c.members.length >= MIN_V_MEMBERS && c.members.every((b) => types[b] === 'V'),
  );
  if (ventricular.length === 0) {
    return types;
  }
  clustering.clusters.forEach((c, k) => {
    const own = evidence.clusters[k];
    if (
      k === evidence.dominant ||
      own === undefined ||
      own.correlation < MIN_CORRELATION ||
      own.correlation >= MAX_CORRELATION
    ) {
      return;
    }
    const toV = Math.max(
      ...ventricular.map(
        (v) => compareTemplates(c.template, v.template, maxLagSamples).correlation,
      ),
    );
    if (toV < MIN_CORRELATION || toV >= MAX_CORRELATION || toV < own.correlation) {
      return;
    }
    for (const b of c.members) {
      if (
        types[b] === 'N' &&
        preRatio(b) >= ON_TIME_RATIO &&
        !((evidence.beatNoise[b] ?? 0) >= NOISY)
      ) {
        types[b] = 'F';
      }
    }
  });
  return types;
}
