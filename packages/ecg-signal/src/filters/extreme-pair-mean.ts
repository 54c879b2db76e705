/**
 * The last step of the morphological baseline (`morphology.ts`, Sun, Chan & Krishnan 2002): the
 * running minimum of one signal and the running maximum of another (`extreme-pair.ts`, van Herk
 * 1992 / Gil & Werman 1993), of which only their mean — the baseline — is wanted. It is formed
 * as each pair of extremes is, instead of storing both and reading them back: the comparisons
 * are those of {@link extremePairInto}, and the mean is taken of the same float32 values, so the
 * result is the same.
 */
import { blockSuffixes, type PairScratch } from './extreme-pair.js';

/**
 * `out[k] = out[k] − (min + max) / 2` (or, with `subtract` false, `out[k] = (min + max) / 2`),
 * min and max being `extremePairInto`'s outputs at k.
 * @param low - input of the minimum
 * @param high - input of the maximum, same length
 * @param windowSamples - window length, samples (an even length is made odd by adding one)
 * @param out - result, same length
 * @param subtract - whether to subtract the mean from `out`
 * @param scratch - work arrays
 * @example extremePairMeanInto(dilated, eroded, 51, lead, true, scratch);
 */
export function extremePairMeanInto(
  low: Float32Array,
  high: Float32Array,
  windowSamples: number,
  out: Float64Array,
  subtract: boolean,
  scratch: PairScratch,
): void {
  const { lowSuffix, highSuffix } = scratch;
  const n = low.length;
  const h = Math.max(0, Math.floor(windowSamples / 2));
  const w = 2 * h + 1;
  blockSuffixes(low, high, w, scratch);
  // As `extremePairInto`: block 0 gives the prefix itself, later blocks combine with the suffix.
  let runLow = Number.POSITIVE_INFINITY;
  let runHigh = Number.NEGATIVE_INFINITY;
  const firstEnd = Math.min(n, w);
  for (let i = 0; i < firstEnd; i++) {
    const u = low[i] as number;
    const v = high[i] as number;
    runLow = u < runLow ? u : runLow;
    runHigh = v > runHigh ? v : runHigh;
    if (i >= h) {
      put(out, i - h, runLow, runHigh, subtract);
    }
  }
  for (let start = w; start < n; start += w) {
    const end = Math.min(n, start + w);
    runLow = Number.POSITIVE_INFINITY;
    runHigh = Number.NEGATIVE_INFINITY;
    if (subtract) {
      for (let i = start, k = start - h, j = start - 2 * h; i < end; i++, k++, j++) {
        const u = low[i] as number;
        const v = high[i] as number;
        runLow = u < runLow ? u : runLow;
        runHigh = v > runHigh ? v : runHigh;
        const p = lowSuffix[j] as number;
        const r = highSuffix[j] as number;
        out[k] = (out[k] as number) - ((p < runLow ? p : runLow) + (r > runHigh ? r : runHigh)) / 2;
      }
    } else {
      for (let i = start, k = start - h, j = start - 2 * h; i < end; i++, k++, j++) {
        const u = low[i] as number;
        const v = high[i] as number;
        runLow = u < runLow ? u : runLow;
        runHigh = v > runHigh ? v : runHigh;
        const p = lowSuffix[j] as number;
        const r = highSuffix[j] as number;
        out[k] = ((p < runLow ? p : runLow) + (r > runHigh ? r : runHigh)) / 2;
      }
    }
  }
  for (let k = Math.max(0, n - h); k < Math.min(n, h); k++) {
    put(out, k, runLow, runHigh, subtract);
  }
  const lastStart = Math.floor((n - 1) / w) * w;
  for (let k = Math.max(h, n - h); k < n; k++) {
    const lo = k - h;
    const p = lowSuffix[lo] as number;
    const r = highSuffix[lo] as number;
    put(
      out,
      k,
      lo >= lastStart || p < runLow ? p : runLow,
      lo >= lastStart || r > runHigh ? r : runHigh,
      subtract,
    );
  }
}

/** One output of {@link extremePairMeanInto}. */
function put(out: Float64Array, k: number, min: number, max: number, subtract: boolean): void {
  const mean = (min + max) / 2;
  out[k] = subtract ? (out[k] as number) - mean : mean;
}
