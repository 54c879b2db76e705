/**
 * What each shape cluster looks like next to the dominant one: pooled correlation and residual
 * of its mean beat against the dominant mean beat, the number of leads that agree on their own,
 * and the QRS-width difference; plus, per beat, its correlation with the dominant template and
 * its own QRS width. These are the morphology features of de Chazal, O'Dwyer & Reilly 2004 (IEEE
 * TBME 51(7):1196–1206) recast relative to the record's own dominant beat: they fed raw
 * QRS samples and widths to a linear discriminant trained across patients, whereas here every
 * feature is a comparison with the patient's own normal beat, so no training set is needed.
 */
import { compareTemplates, matchCentred } from './beat-correlation.js';
import { centreTemplate } from './beat-sums.js';
import type { BeatClustering } from './cluster-beats.js';
import { beatNoiseIndex } from './beat-noise.js';
import { qrsWidth, spatialVelocity } from './qrs-width.js';

/** Evidence about one cluster. */
export interface ClusterEvidence {
  /** Member beat indices. */
  members: number[];
  /** Pooled correlation of the cluster's mean beat with the dominant mean beat, −1 to 1. */
  correlation: number;
  /** Relative residual of the mean beat against the dominant one (≥ 0). */
  residualRatio: number;
  /** Leads in which the mean beat alone matches the dominant one. */
  agreeingLeads: number;
  /** QRS width of the mean beat minus that of the dominant mean beat, ms. */
  widthDifferenceMs: number;
}

/** Result of {@link clusterEvidence}. */
export interface RecordEvidence {
  /** Index of the dominant (largest) cluster; −1 without beats. */
  dominant: number;
  /** One entry per cluster. */
  clusters: ClusterEvidence[];
  /** Number of leads compared. */
  leadCount: number;
  /** QRS width of the dominant mean beat, ms. */
  dominantWidthMs: number;
  /** Per beat: QRS width, ms. */
  beatWidthMs: Float64Array;
  /** Per beat: pooled correlation with the dominant mean beat. */
  beatCorrelation: Float64Array;
  /** Per beat: cluster index. */
  clusterOf: Int32Array;
  /** Per beat: noise index of the stretch before it (`beat-noise.ts`). */
  beatNoise: Float64Array;
}

/**
 * Gathers the morphology evidence of every cluster and beat.
 * @param leadsUv - filtered (decimated) leads, µV
 * @param sampleRateHz - their rate, Hz
 * @param fiducials - beat fiducials at that rate, ascending
 * @param clustering - result of `clusterBeats` on the same leads
 * @param window - the compared region and shift used for clustering
 * @returns per-cluster and per-beat evidence
 * @example
 * const evidence = clusterEvidence(leadsUv, 180, fiducials, clusterBeats(leadsUv, fiducials, w), w);
 */
export function clusterEvidence(
  leadsUv: readonly Float32Array[],
  sampleRateHz: number,
  fiducials: Int32Array,
  clustering: BeatClustering,
  window: { preSamples: number; postSamples: number; maxLagSamples: number },
): RecordEvidence {
  const { clusters, clusterOf } = clustering;
  let dominant = -1;
  clusters.forEach((c, k) => {
    if (dominant < 0 || c.members.length > (clusters[dominant]?.members.length ?? 0)) {
      dominant = k;
    }
  });
  const reference = clusters[dominant]?.template;
  const templateWidth = (leads: Float32Array[]): number =>
    qrsWidth(spatialVelocity(leads, sampleRateHz), window.preSamples, sampleRateHz).widthMs;
  const dominantWidthMs = reference ? templateWidth(reference.leadsUv) : Number.NaN;
  const evidence = clusters.map((c): ClusterEvidence => {
    const match = reference
      ? compareTemplates(c.template, reference, window.maxLagSamples)
      : { correlation: 1, residualRatio: 0, agreeingLeads: leadsUv.length, lagSamples: 0 };
    return {
      members: c.members,
      correlation: match.correlation,
      residualRatio: match.residualRatio,
      agreeingLeads: match.agreeingLeads,
      widthDifferenceMs: templateWidth(c.template.leadsUv) - dominantWidthMs,
    };
  });
  const velocity = spatialVelocity(leadsUv, sampleRateHz);
  const beatWidthMs = Float64Array.from(
    fiducials,
    (f) => qrsWidth(velocity, f, sampleRateHz).widthMs,
  );
  // Each beat's energy per shift is the one clustering computed (same leads, beats and window).
  const lags = 2 * window.maxLagSamples + 1;
  const powers =
    clustering.beatPower.length === fiducials.length * lags ? clustering.beatPower : null;
  const centred = reference ? centreTemplate(reference) : null;
  const beatCorrelation = Float64Array.from(fiducials, (f, b) =>
    centred
      ? matchCentred(
          leadsUv,
          f,
          centred,
          window.maxLagSamples,
          powers?.subarray(b * lags, (b + 1) * lags),
        ).correlation
      : Number.NaN,
  );
  return {
    dominant,
    clusters: evidence,
    leadCount: leadsUv.length,
    dominantWidthMs,
    beatWidthMs,
    beatCorrelation,
    clusterOf,
    beatNoise: beatNoiseIndex(leadsUv, sampleRateHz, fiducials),
  };
}
