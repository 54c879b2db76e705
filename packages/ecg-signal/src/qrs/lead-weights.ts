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
import { selectFloat64, slidingQuantiles } from './robust-stats.js';

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
  // Float64 like the other selections' arrays, so that one selection loop serves them all.
  const scratch = new Float64Array(blockSamples);
  for (let b = 0; b < blocks; b++) {
    const from = b * blockSamples;
    const count = Math.min(feature.length, from + blockSamples) - from;
    let largest = 0;
    for (let i = 0; i < count; i++) {
      const v = feature[from + i] as number;
      scratch[i] = v;
      largest = v > largest ? v : largest;
    }
    blockMax[b] = largest;
    blockMedian[b] = count > 0 ? selectFloat64(scratch, count, count >> 1) : 0;
  }
  const twoSecondMax = blockMax.map((v, b) => Math.max(v, blockMax[b + 1] ?? 0));
  const [level = blockMax, spread = blockMax] = slidingQuantiles(twoSecondMax, 5, [0.5, 0.9]);
  const [noise = blockMax] = slidingQuantiles(blockMedian, 2, [0.5]);
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
  // The values in beat order, with their blocks: the beats ascend, so the blocks do too.
  const peaks = { values: new Float64Array(beats.length), blocks: new Int32Array(beats.length) };
  const gaps = { values: new Float64Array(beats.length), blocks: new Int32Array(beats.length) };
  let gapCount = 0;
  const blockOf = (s: number): number => Math.min(blocks - 1, Math.floor(s / blockSamples));
  for (let j = 0; j < beats.length; j++) {
    const beat = beats[j] ?? 0;
    peaks.values[j] = maxOver(feature, beat - peakHalf, beat + peakHalf + 1);
    peaks.blocks[j] = blockOf(beat);
    const next = beats[j + 1];
    if (next !== undefined && next - beat > 2 * exclude) {
      gaps.values[gapCount] = maxOver(feature, beat + exclude, next - exclude);
      gaps.blocks[gapCount++] = blockOf((beat + next) / 2);
    }
  }
  const level = windowedQuantiles(peaks.values, peaks.blocks, beats.length, blocks, 0.5);
  // A high quantile of the between-beat maxima: a lead noisy in bursts is judged by its bursts.
  const noise = windowedQuantiles(gaps.values, gaps.blocks, gapCount, blocks, 0.9);
  const weight = new Float64Array(blocks);
  for (let b = 0; b < blocks; b++) {
    const lv = level[b] ?? NaN;
    const nz = noise[b] ?? NaN;
    const snr = lv / Math.max(Number.isFinite(nz) ? nz : lv * 0.1, lv * 1e-3);
    weight[b] = lv > 0 ? snr * snr : 0;
  }
  return { levelUvPerS: level, weight };
}

/**
 * q-quantile of the values listed in blocks b − 4 … b + 4, per block (NaN if none); values[0,
 * count) in ascending blocks, so each window is one stretch of them.
 */
function windowedQuantiles(
  values: Float64Array,
  valueBlocks: Int32Array,
  count: number,
  blocks: number,
  q: number,
): Float64Array {
  const radius = 4;
  const out = new Float64Array(blocks);
  const buffer = new Float64Array(count);
  let first = 0; // first value of block ≥ b − radius
  let end = 0; // first value of block > b + radius
  for (let b = 0; b < blocks; b++) {
    while (first < count && (valueBlocks[first] as number) < b - radius) {
      first++;
    }
    while (end < count && (valueBlocks[end] as number) <= b + radius) {
      end++;
    }
    const size = end - first;
    buffer.set(values.subarray(first, end));
    out[b] = size > 0 ? selectFloat64(buffer, size, Math.min(size - 1, Math.floor(q * size))) : NaN;
  }
  return out;
}

/** max(0, x[from … to − 1]), in two chains (the largest value, whichever chain finds it). */
function maxOver(x: Float32Array, from: number, to: number): number {
  const end = Math.min(x.length, to);
  let i = Math.max(0, from);
  let m0 = 0;
  let m1 = 0;
  for (; i + 1 < end; i += 2) {
    m0 = Math.max(m0, x[i] as number);
    m1 = Math.max(m1, x[i + 1] as number);
  }
  if (i < end) {
    m0 = Math.max(m0, x[i] as number);
  }
  return Math.max(m0, m1);
}
