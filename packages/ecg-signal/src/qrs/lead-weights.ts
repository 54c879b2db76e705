/**
 * Per-lead, per-second QRS level and reliability weight, used to normalise each lead's feature
 * and to average the leads. Two estimates, one per detection pass:
 * - before any beat is known, from the feature's own distribution: QRS level = median of 2-s
 *   maxima (at least one QRS per 2 s above 30 /min), noise = median feature level; the weight is
 *   the squared level-to-noise ratio, reduced when the 2-s maxima are erratic (artifacts);
 * - once beats are known, from the beats: level = median feature peak at the beats, noise = 90th
 *   percentile of the largest feature value between consecutive beats (outside ±120 ms), both over
 *   ±4 s; weight = the squared ratio. This is a per-lead SNR in the sense of the multi-lead
 *   signal-quality weighting of Li, Mark & Clifford, "Robust heart rate estimation from multiple
 *   asynchronous noisy sources using signal quality indices and a Kalman filter", Physiol. Meas.
 *   29(1):15–32 (2008); departure: the index is computed from the feature, not by comparing two
 *   detectors, and weights the leads' features instead of their heart rates.
 */
import { median, quantile, selectInPlace, slidingBlocks } from './robust-stats.js';

/** Block-wise level and weight of one lead (one value per block of `blockSamples`). */
export interface LeadBlockWeights {
  /** Typical QRS feature peak, µV/s, per block (> 0, or NaN when unknown). */
  levelUvPerS: Float64Array;
  /** Relative reliability per block, ≥ 0 (only ratios between leads matter). */
  weight: Float64Array;
}

/**
 * Level and weight from the feature alone (first pass).
 * @param feature the lead's slope-RMS feature, µV/s.
 * @param blockSamples samples per block (one second).
 * @returns per-block level and weight.
 * @example amplitudeWeights(feature, 360).weight.length // seconds in the record, rounded up
 */
export function amplitudeWeights(feature: Float32Array, blockSamples: number): LeadBlockWeights {
  const blocks = Math.max(1, Math.ceil(feature.length / blockSamples));
  const blockMax = new Float64Array(blocks);
  const blockMedian = new Float64Array(blocks);
  const scratch = new Float32Array(blockSamples);
  for (let b = 0; b < blocks; b++) {
    const from = b * blockSamples;
    const count = Math.min(feature.length, from + blockSamples) - from;
    let largest = 0;
    for (let i = 0; i < count; i++) {
      const v = feature[from + i] ?? 0;
      scratch[i] = v;
      largest = v > largest ? v : largest;
    }
    blockMax[b] = largest;
    blockMedian[b] = count > 0 ? selectInPlace(scratch.subarray(0, count), count >> 1) : 0;
  }
  const twoSecondMax = blockMax.map((v, b) => Math.max(v, blockMax[b + 1] ?? 0));
  const level = slidingBlocks(twoSecondMax, 5, median);
  const spread = slidingBlocks(twoSecondMax, 5, (w) => quantile(w, 0.9));
  const noise = slidingBlocks(blockMedian, 2, median);
  const weight = new Float64Array(blocks);
  for (let b = 0; b < blocks; b++) {
    const lv = level[b] ?? 0;
    if (!(lv > 0)) {
      continue; // a flat lead: weight 0
    }
    const snr = 1 / Math.max((noise[b] ?? 0) / lv, 0.03);
    const erratic = Math.max(0, (spread[b] ?? 0) / lv - 1.5);
    weight[b] = (snr * snr) / (1 + 4 * erratic * erratic);
  }
  return { levelUvPerS: level, weight };
}

/**
 * Level and weight measured at known beats (second pass).
 * @param feature the lead's slope-RMS feature, µV/s.
 * @param beats beat positions, samples, ascending.
 * @param sampleRateHz sample rate, Hz.
 * @param blockSamples samples per block (one second).
 * @returns per-block level and weight; blocks with no beat within ±4 s get NaN level, weight 0.
 * @example beatSnrWeights(feature, firstPassBeats, 360, 360)
 */
export function beatSnrWeights(
  feature: Float32Array,
  beats: ArrayLike<number>,
  sampleRateHz: number,
  blockSamples: number,
): LeadBlockWeights {
  const blocks = Math.max(1, Math.ceil(feature.length / blockSamples));
  const peakHalf = Math.round(0.05 * sampleRateHz);
  const exclude = Math.round(0.12 * sampleRateHz);
  const peaks: number[][] = Array.from({ length: blocks }, () => []);
  const gaps: number[][] = Array.from({ length: blocks }, () => []);
  const blockOf = (s: number): number => Math.min(blocks - 1, Math.floor(s / blockSamples));
  for (let j = 0; j < beats.length; j++) {
    const beat = beats[j] ?? 0;
    peaks[blockOf(beat)]?.push(maxOver(feature, beat - peakHalf, beat + peakHalf + 1));
    const next = beats[j + 1];
    if (next !== undefined && next - beat > 2 * exclude) {
      gaps[blockOf((beat + next) / 2)]?.push(maxOver(feature, beat + exclude, next - exclude));
    }
  }
  const level = windowedQuantiles(peaks, 4, 0.5);
  // A high quantile of the between-beat maxima: a lead noisy in bursts is judged by its bursts.
  const noise = windowedQuantiles(gaps, 4, 0.9);
  const weight = new Float64Array(blocks);
  for (let b = 0; b < blocks; b++) {
    const lv = level[b] ?? NaN;
    const nz = noise[b] ?? NaN;
    const snr = lv / Math.max(Number.isFinite(nz) ? nz : lv * 0.1, lv * 1e-3);
    weight[b] = lv > 0 ? snr * snr : 0;
  }
  return { levelUvPerS: level, weight };
}

/** q-quantile of the values listed in blocks b − radius … b + radius, per block (NaN if none). */
function windowedQuantiles(perBlock: readonly number[][], radius: number, q: number): Float64Array {
  const out = new Float64Array(perBlock.length);
  let buffer = new Float64Array(64);
  for (let b = 0; b < perBlock.length; b++) {
    let count = 0;
    for (let q = Math.max(0, b - radius); q <= Math.min(perBlock.length - 1, b + radius); q++) {
      for (const v of perBlock[q] ?? []) {
        if (count === buffer.length) {
          const grown = new Float64Array(2 * count);
          grown.set(buffer);
          buffer = grown;
        }
        buffer[count++] = v;
      }
    }
    out[b] =
      count > 0
        ? selectInPlace(buffer.subarray(0, count), Math.min(count - 1, Math.floor(q * count)))
        : NaN;
  }
  return out;
}

function maxOver(x: Float32Array, from: number, to: number): number {
  let m = 0;
  for (let i = Math.max(0, from); i < Math.min(x.length, to); i++) {
    m = Math.max(m, x[i] ?? 0);
  }
  return m;
}
