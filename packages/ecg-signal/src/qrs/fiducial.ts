/**
 * Fiducial point of each detected QRS: the largest absolute deflection of the band-passed signal
 * within ±60 ms of the detection, in the lead that is most reliable at that moment. The combined
 * feature peaks at the centre of the QRS energy; this moves the mark onto the dominant wave (R, or
 * S / QS when that is larger), the point reference annotators mark (MIT-BIH: the major local
 * extremum). As in Pan & Tompkins (1985), who locate the R peak in the filtered signal after the
 * decision; departures: the lead is the record's most reliable one unless another is more than
 * twice as reliable at that beat (per-beat weights alone let marks hop between leads whose
 * extrema lie a few milliseconds apart), and as the detector
 * runs at a reduced rate the band-passed lead is interpolated back to the record's own rate
 * inside the search window (Lanczos kernel, a = 3: Duchon, J. Appl. Meteorol. 18:1016–1022,
 * 1979; the 5–20 Hz band is sampled 7.5 times per cycle or more, so the interpolation is close)
 * and the extremum is taken there.
 */
import type { LeadBlockWeights } from './lead-weights.js';

/** A beat is marked in the record's most reliable lead while that lead's weight is at least this
 * share of the best lead's at the beat. */
const STAY_FRACTION = 0.5;

/** The detector's band-passed leads and their reliability. */
export interface FiducialSource {
  /** Band-passed leads at the detection rate, µV. */
  bandpassedUv: readonly Float32Array[];
  /** Per-lead block weights, same order. */
  weights: readonly LeadBlockWeights[];
  /** Samples per weight block. */
  blockSamples: number;
}

/** The detection rate and the record's. */
export interface FiducialRates {
  /** Detection rate, Hz. */
  rateHz: number;
  /** Record's rate / detection rate (integer ≥ 1). */
  factor: number;
  /** Samples per lead at the record's rate. */
  fullLength: number;
}

/**
 * Move detections onto their fiducial points.
 * @param beats detections at the detection rate, samples, ascending.
 * @param source band-passed leads and their weights.
 * @param rates detection rate, decimation factor and the record's length.
 * @returns fiducials at the record's rate, strictly ascending (a beat moved onto its
 *   predecessor is dropped).
 * @example alignFiducials([1000], { bandpassedUv, weights, blockSamples: 125 }, rates)
 */
export function alignFiducials(
  beats: readonly number[],
  source: FiducialSource,
  rates: FiducialRates,
): Int32Array {
  const { bandpassedUv, weights, blockSamples } = source;
  const { rateHz, factor, fullLength } = rates;
  const reach = Math.round(0.06 * rateHz);
  const out: number[] = [];
  const preferred = mostReliableLead(weights);
  for (const beat of beats) {
    const block = Math.floor(beat / blockSamples);
    const weightOf = (k: number): number => weights[k]?.weight[block] ?? 0;
    let best = 0;
    for (let k = 1; k < bandpassedUv.length; k++) {
      if (weightOf(k) > weightOf(best)) {
        best = k;
      }
    }
    // The record's most reliable lead while it is nearly as reliable as the best here: a lead
    // change moves the mark to another lead's extremum, and consistent marks keep beat templates
    // aligned.
    if (preferred >= 0 && weightOf(preferred) >= STAY_FRACTION * weightOf(best)) {
      best = preferred;
    }
    const x = bandpassedUv[best];
    let at = beat * factor;
    if (x && factor === 1) {
      let largest = -1;
      for (let i = Math.max(0, beat - reach); i <= Math.min(x.length - 1, beat + reach); i++) {
        const v = Math.abs(x[i] ?? 0);
        if (v > largest) {
          largest = v;
          at = i;
        }
      }
    } else if (x) {
      at = interpolatedExtremum(x, beat - reach, beat + reach, factor, fullLength);
    }
    if (out.length === 0 || at > (out.at(-1) ?? -1)) {
      out.push(at);
    }
  }
  return Int32Array.from(out);
}

/** The lead with the largest weight summed over the record's blocks (−1 without leads). */
function mostReliableLead(weights: readonly LeadBlockWeights[]): number {
  let best = -1;
  let largest = -1;
  weights.forEach((lead, k) => {
    let total = 0;
    for (const w of lead.weight) {
      total += w;
    }
    if (total > largest) {
      largest = total;
      best = k;
    }
  });
  return best;
}

/** Half-width of the Lanczos kernel, samples at the reduced rate. */
const LANCZOS_A = 3;

/** Lanczos kernel weights for the fractional positions j / factor, j = 0 … factor − 1. */
function lanczosWeights(factor: number): Float64Array[] {
  return Array.from({ length: factor }, (_, j) => {
    const f = j / factor;
    const w = new Float64Array(2 * LANCZOS_A);
    for (let t = -LANCZOS_A + 1; t <= LANCZOS_A; t++) {
      const d = f - t; // distance from sample (k + t) to the point k + f
      w[t + LANCZOS_A - 1] = d === 0 ? 1 : sinc(d) * sinc(d / LANCZOS_A);
    }
    return w;
  });
}

function sinc(v: number): number {
  return Math.sin(Math.PI * v) / (Math.PI * v);
}

const weightCache = new Map<number, Float64Array[]>();

/**
 * The largest |x| over reduced-rate samples [from, to], interpolated at every full-rate sample
 * in between; returned as a full-rate index.
 */
function interpolatedExtremum(
  x: Float32Array,
  from: number,
  to: number,
  factor: number,
  fullLength: number,
): number {
  let weights = weightCache.get(factor);
  if (weights === undefined) {
    weights = lanczosWeights(factor);
    weightCache.set(factor, weights);
  }
  const last = x.length - 1;
  const lo = Math.max(0, from) * factor;
  const hi = Math.min(fullLength - 1, Math.min(last, to) * factor);
  let best = lo;
  let largest = -1;
  for (let i = lo; i <= hi; i++) {
    const k = Math.floor(i / factor);
    const w = weights[i - k * factor];
    let v = 0;
    if (w === undefined || i === k * factor) {
      v = x[k] ?? 0;
    } else {
      for (let t = -LANCZOS_A + 1; t <= LANCZOS_A; t++) {
        const j = k + t;
        v += (w[t + LANCZOS_A - 1] ?? 0) * (x[j < 0 ? 0 : j > last ? last : j] ?? 0);
      }
    }
    const a = v < 0 ? -v : v;
    if (a > largest) {
      largest = a;
      best = i;
    }
  }
  return best;
}
