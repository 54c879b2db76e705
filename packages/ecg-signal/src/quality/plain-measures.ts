/**
 * The window measures of `window-measures.ts` that need no filter — share of invalid samples,
 * constancy, rail plateaus — for all windows of a lead: one pass over the samples finds each
 * window's invalid samples and extremes (constant: its extremes are equal); a rail plateau is a
 * run of equal samples at the lead's smallest or largest valid value, so only a window holding
 * one of those is searched for its runs, by the engine's `indexOf`. The results are those of
 * `measureWindows`, which finds the lead's extremes first and then walks every sample again.
 */
import type { WindowMeasures } from './window-measures.js';

/**
 * Invalid share, constancy and rail plateau of each window, exactly as `measureWindows`.
 * @param x - the lead, µV; NaN (or ±∞) marks invalid samples
 * @param bounds - window k is [bounds[k], bounds[k + 1]), ascending, within the lead
 * @param sampleRateHz - the lead's rate, Hz
 * @returns one measure per window, with the filtered measures still 0
 * @example plainWindowMeasures(lead, Int32Array.of(0, 2500, 5000), 500).length; // 2
 */
export function plainWindowMeasures(
  x: Float32Array,
  bounds: Int32Array,
  sampleRateHz: number,
): WindowMeasures[] {
  const count = bounds.length - 1;
  // Per window: invalid count, smallest and largest valid value.
  const invalid = new Float64Array(count);
  const smallest = new Float64Array(count);
  const largest = new Float64Array(count);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < count; k++) {
    extremes(x, bounds[k] as number, bounds[k + 1] as number, invalid, smallest, largest, k);
    lo = Math.min(lo, smallest[k] as number);
    hi = Math.max(hi, largest[k] as number);
  }
  const windows: WindowMeasures[] = [];
  for (let k = 0; k < count; k++) {
    const start = bounds[k] as number;
    const end = bounds[k + 1] as number;
    const samples = end - start;
    const bad = invalid[k] as number;
    let longest = 0;
    if (lo < hi) {
      const segment = x.subarray(start, end);
      longest = Math.max(
        smallest[k] === lo ? longestRun(segment, lo) : 0,
        largest[k] === hi ? longestRun(segment, hi) : 0,
      );
    }
    windows.push({
      startSample: start,
      samples,
      invalidFraction: bad / samples,
      constant: bad < samples && smallest[k] === largest[k],
      railPlateauMs: longest > 1 ? (1000 * longest) / sampleRateHz : 0,
      peakToPeakUv: 0,
      qrsBandPeakToPeakUv: 0,
      highFrequencyRmsUv: 0,
    });
  }
  return windows;
}

/**
 * Invalid samples and the smallest and largest valid ones of x[start, end), into the k-th entry
 * of each array (±∞ when no sample is valid). Two values a step, in two chains.
 */
function extremes(
  x: Float32Array,
  start: number,
  end: number,
  invalid: Float64Array,
  smallest: Float64Array,
  largest: Float64Array,
  k: number,
): void {
  let bad = 0;
  let min0 = Number.POSITIVE_INFINITY;
  let max0 = Number.NEGATIVE_INFINITY;
  let min1 = min0;
  let max1 = max0;
  let i = start;
  for (; i + 1 < end; i += 2) {
    const u = x[i] as number;
    const v = x[i + 1] as number;
    if (u - u === 0 && v - v === 0) {
      min0 = u < min0 ? u : min0;
      max0 = u > max0 ? u : max0;
      min1 = v < min1 ? v : min1;
      max1 = v > max1 ? v : max1;
      continue;
    }
    // NaN or ±∞ (w − w is NaN) among the two.
    if (u - u === 0) {
      min0 = u < min0 ? u : min0;
      max0 = u > max0 ? u : max0;
    } else {
      bad++;
    }
    if (v - v === 0) {
      min1 = v < min1 ? v : min1;
      max1 = v > max1 ? v : max1;
    } else {
      bad++;
    }
  }
  if (i < end) {
    const w = x[i] as number;
    if (w - w === 0) {
      min0 = w < min0 ? w : min0;
      max0 = w > max0 ? w : max0;
    } else {
      bad++;
    }
  }
  invalid[k] = bad;
  smallest[k] = min1 < min0 ? min1 : min0;
  largest[k] = max1 > max0 ? max1 : max0;
}

/** Longest run of samples equal to `value` (found by the engine's own `indexOf`). */
function longestRun(x: Float32Array, value: number): number {
  let longest = 0;
  for (let i = x.indexOf(value); i >= 0;) {
    let j = i + 1;
    while (j < x.length && x[j] === value) {
      j++;
    }
    longest = Math.max(longest, j - i);
    i = j < x.length ? x.indexOf(value, j) : -1;
  }
  return longest;
}
