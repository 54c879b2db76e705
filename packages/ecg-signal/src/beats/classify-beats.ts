/**
 * Beat typing (AAMI EC57 classes N, S, V, F, Q) from all leads, the public entry point. The
 * feature set is that of de Chazal, O'Dwyer & Reilly 2004 ("Automatic classification of
 * heartbeats using ECG morphology and heartbeat interval features", IEEE TBME 51(7):1196–1206):
 * RR intervals (pre, post, local average), QRS width, QRS shape, P-wave presence. What differs:
 * de Chazal et al. train a linear discriminant on one set of patients and apply it to others;
 * here nothing is trained. Each record is first grouped into shape clusters (template
 * clustering after Hamilton 2002, Computers in Cardiology 29:101–104), the largest cluster is
 * the patient's normal beat, and every feature is measured against it, so the rules are the same
 * for every record and need no patient-specific parameter. Pipeline: morphology band
 * (`beat-signal.ts`) → clusters (`cluster-beats.ts`) → evidence against the dominant cluster
 * (`cluster-evidence.ts`, `beat-noise.ts`) → rules (`beat-rules.ts`, `fusion.ts`) → P-wave
 * veto (`p-wave-rules.ts`). The veto can re-type only V beats of a rare shape; in a record
 * without one, the P waves are tracked only when `features.prMs` is first read (interpretation
 * never reads it: the rhythm analysis tracks the P waves itself). Limitations: the dominant
 * shape is assumed normal (a record with more PVCs than normal beats, or a paced record, is
 * typed relative to the wrong beat); paced beats are not recognised (the AAMI class Q for them
 * is left to a pacing-spike detector).
 */
import { morphology, type MorphologySignal } from '../prepared/lead-products.js';
import { prepareSignal, type PreparedSignal } from '../prepared/prepared-signal.js';
import type { EcgSignal } from '../record.js';
import { clusterBeats } from './cluster-beats.js';
import { clusterEvidence } from './cluster-evidence.js';
import { labelBeats } from './beat-rules.js';
import { markFusion } from './fusion.js';
import { pWavesCanRetype, refineWithPWaves } from './p-wave-rules.js';
import { rrFeatures } from './rr-features.js';
import type { ClassifiedBeats } from './types.js';

/** Compared region around the fiducial, ms before and after, and the largest alignment shift. */
const WINDOW_MS = { before: 100, after: 150, maxShift: 20 };

/**
 * Types every beat of a record.
 * @param signal - the record, µV, 100–1000 Hz, 1–15 leads of equal length
 * @param fiducials - QRS fiducials (e.g. `detectQrs(signal).samples`), samples, ascending
 * @returns per beat its type and the features behind it
 * @example
 * const { types } = classifyBeats(signal, detectQrs(signal).samples);
 * types.filter((t) => t === 'V').length; // PVC count
 */
export function classifyBeats(signal: EcgSignal, fiducials: Int32Array): ClassifiedBeats {
  return classifyPreparedBeats(prepareSignal(signal), fiducials);
}

/**
 * {@link classifyBeats} on a prepared record, whose filtered leads the other stages share.
 * @param prepared - the record (`prepareSignal`), restricted to the leads to use
 * @param fiducials - QRS fiducials, samples, ascending
 * @returns per beat its type and the features behind it
 * @example
 * const { types } = classifyPreparedBeats(prepareSignal(signal), fiducials);
 */
export function classifyPreparedBeats(
  prepared: PreparedSignal,
  fiducials: Int32Array,
): ClassifiedBeats {
  const rate = prepared.sampleRateHz;
  const morph = morphology(prepared);
  const toSamples = (ms: number): number => Math.round((ms * morph.sampleRateHz) / 1000);
  const window = {
    preSamples: toSamples(WINDOW_MS.before),
    postSamples: toSamples(WINDOW_MS.after),
    maxLagSamples: toSamples(WINDOW_MS.maxShift),
  };
  const reduced = Int32Array.from(fiducials, (f) => Math.round(f / morph.factor));
  const clustering = clusterBeats(morph.leadsUv, reduced, window);
  const evidence = clusterEvidence(morph.leadsUv, morph.sampleRateHz, reduced, clustering, window);
  const rr = rrFeatures(fiducials, rate);
  const types = markFusion(
    labelBeats(evidence, rr),
    clustering,
    evidence,
    (b) => (rr.preRrMs[b] ?? Number.NaN) / (rr.localRrMs[b] ?? Number.NaN),
    window.maxLagSamples,
  );
  const byShape: ClassifiedBeats = {
    samples: Int32Array.from(fiducials),
    sampleRateHz: rate,
    types,
    features: {
      ...rr,
      cluster: clustering.clusterOf,
      qrsWidthMs: evidence.beatWidthMs,
      dominantCorrelation: evidence.beatCorrelation,
      prMs: new Float64Array(fiducials.length).fill(Number.NaN),
    },
    dominantQrsWidthMs: evidence.dominantWidthMs,
  };
  if (!pWavesCanRetype(byShape)) {
    return withPrOnDemand(byShape, morph);
  }
  const refined = refineWithPWaves(byShape, morph);
  return {
    ...byShape,
    types: refined.types,
    features: { ...byShape.features, prMs: refined.prMs },
  };
}

/**
 * The beats with `features.prMs` computed on first read (the same values as computing it now):
 * when no type depends on the P waves, only a reader of the PR intervals pays for them.
 */
function withPrOnDemand(beats: ClassifiedBeats, morph: MorphologySignal): ClassifiedBeats {
  let prMs: Float64Array | undefined;
  const features = { ...beats.features };
  Object.defineProperty(features, 'prMs', {
    enumerable: true,
    configurable: true,
    get: (): Float64Array => (prMs ??= refineWithPWaves(beats, morph).prMs),
  });
  return { ...beats, features };
}
