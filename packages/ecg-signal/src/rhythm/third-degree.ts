/**
 * Third-degree (complete) AV block: atrial and ventricular activity independent (statement of
 * the AHA/ACCF/HRS list, Mason et al. 2007, Circulation 115:1325–1332). Criteria, ours, from
 * that definition: the atrial rate exceeds the ventricular rate (by {@link MIN_RATE_RATIO}), the
 * interval from the last P wave to each QRS is scattered (interdecile range above
 * {@link MIN_SCATTER_MS}; in conducted rhythm it is the constant PR) and the ventricular escape
 * rhythm is regular (RMSSD / mean RR below {@link MAX_NRMSSD}). Departure: P waves inside T waves
 * are not seen (`p-waves.ts` masks T), so the atrial rate comes from the median P–P interval of
 * the P waves that are seen, which stays right when a few are missed.
 */
import type { PWaveTrack, RhythmFinding } from './types.js';

/** Atrial rate at least this many times the ventricular rate. */
const MIN_RATE_RATIO = 1.2;
/** Interdecile range of the P-to-QRS intervals above this, ms. */
const MIN_SCATTER_MS = 120;
/** Escape rhythm regular: RMSSD / mean RR below this. */
const MAX_NRMSSD = 0.1;
/** Fewest P waves and beats judged. */
const MIN_EVENTS = 4;

/**
 * Median P–P interval of the P waves found, ignoring gaps over 2 s. P waves hidden in QRS or T
 * waves are missed, which doubles some intervals: each interval is divided by its nearest whole
 * multiple of the lower-quartile interval before the median is taken.
 * @param pSamples - P-wave samples, ascending
 * @param sampleRateHz - Hz
 * @returns ms, or `NaN` with fewer than 3 P waves
 * @example
 * medianPpMs([0, 400, 800, 1200], 500); // 800
 * medianPpMs([0, 400, 1200, 1600, 2400], 500); // 800 (two P waves missed)
 */
export function medianPpMs(pSamples: readonly number[], sampleRateHz: number): number {
  const pp: number[] = [];
  for (let i = 1; i < pSamples.length; i++) {
    const ms = (((pSamples[i] ?? 0) - (pSamples[i - 1] ?? 0)) * 1000) / sampleRateHz;
    if (ms <= 2000) {
      pp.push(ms);
    }
  }
  if (pSamples.length < 3 || pp.length === 0) {
    return Number.NaN;
  }
  pp.sort((a, b) => a - b);
  const base = pp[Math.floor(0.25 * (pp.length - 1))] ?? 1;
  const normalized = pp.map((v) => v / Math.max(1, Math.round(v / base))).sort((a, b) => a - b);
  return normalized[normalized.length >> 1] ?? Number.NaN;
}

/**
 * Complete AV block.
 * @param samples - beat times, samples, ascending
 * @param sampleRateHz - Hz
 * @param track - every P wave found
 * @returns the finding, or null
 * @example
 * thirdDegreeAvBlock(samples, 500, track)?.evidence.values.atrialRateBpm; // e.g. 90
 */
export function thirdDegreeAvBlock(
  samples: Int32Array,
  sampleRateHz: number,
  track: PWaveTrack,
): RhythmFinding | null {
  const p = track.allPSamples;
  if (p.length < MIN_EVENTS || samples.length < MIN_EVENTS) {
    return null;
  }
  const rr: number[] = [];
  for (let b = 1; b < samples.length; b++) {
    rr.push((((samples[b] ?? 0) - (samples[b - 1] ?? 0)) * 1000) / sampleRateHz);
  }
  const meanRr = rr.reduce((a, b) => a + b, 0) / rr.length;
  const rmssd = Math.sqrt(
    rr.slice(1).reduce((s, v, i) => s + (v - (rr[i] ?? v)) ** 2, 0) / Math.max(1, rr.length - 1),
  );
  const ppMs = medianPpMs(p, sampleRateHz);
  // Last P wave before each QRS: its distance scatters when atria and ventricles are independent.
  const pToQrs: number[] = [];
  let k = 0;
  for (const s of samples) {
    while (k + 1 < p.length && (p[k + 1] ?? Infinity) < s) {
      k++;
    }
    const last = p[k] ?? Infinity;
    if (last < s && (s - last) * 1000 <= 1.5 * ppMs * sampleRateHz) {
      pToQrs.push(((s - last) * 1000) / sampleRateHz);
    }
  }
  pToQrs.sort((a, b) => a - b);
  const scatterMs =
    (pToQrs[Math.floor(0.9 * (pToQrs.length - 1))] ?? 0) -
    (pToQrs[Math.floor(0.1 * (pToQrs.length - 1))] ?? 0);
  const atrialRateBpm = 60000 / ppMs;
  const ventricularRateBpm = 60000 / meanRr;
  const dissociated =
    atrialRateBpm >= MIN_RATE_RATIO * ventricularRateBpm &&
    pToQrs.length >= MIN_EVENTS &&
    scatterMs > MIN_SCATTER_MS &&
    rmssd / meanRr < MAX_NRMSSD;
  if (!dissociated) {
    return null;
  }
  return {
    code: 'av_block_third_degree',
    evidence: {
      samples: [...p],
      values: {
        atrialRateBpm,
        ventricularRateBpm,
        pToQrsScatterMs: scatterMs,
        rrNormalizedRmssd: rmssd / meanRr,
      },
      thresholds: {
        minRateRatio: MIN_RATE_RATIO,
        minScatterMs: MIN_SCATTER_MS,
        maxNormalizedRmssd: MAX_NRMSSD,
      },
    },
  };
}
