/**
 * A running minimum of one array and a running maximum of another over the same centred window,
 * in one pass (van Herk / Gil–Werman, as `morphology.ts`). The morphological baseline needs an
 * erosion and a dilation by each element length; the two recursions are independent, so running
 * them in the same loops lets the CPU overlap them, as `biquad-lanes.ts` does for filters. Each
 * output is computed with exactly the comparisons of the single running extreme, so the values
 * are the same. Departure from the textbook layout (prefix and suffix arrays, then a third loop
 * combining them): the suffixes are stored in a backward pass, and the prefix runs of the forward
 * pass are combined with them as they are formed, so the prefixes are never stored or read back.
 */

/** Work arrays, each at least as long as the inputs. */
export interface PairScratch {
  /** Running minimum to each block's end. */
  lowSuffix: Float32Array;
  /** Running maximum to each block's end. */
  highSuffix: Float32Array;
  /** Not used any more (the prefixes are not stored); accepted from existing callers. */
  lowPrefix?: Float32Array;
  /** Not used any more; accepted from existing callers. */
  highPrefix?: Float32Array;
}

/**
 * `outLow[i]` = min of `low` and `outHigh[i]` = max of `high` over [i − h, i + h], clipped to
 * the ends, with h = ⌊window / 2⌋. Inputs and outputs must be four distinct arrays of one length.
 * @param low - input of the minimum; not modified
 * @param high - input of the maximum; not modified
 * @param windowSamples - window length, samples (≥ 1; an even length is made odd by adding one)
 * @param outLow - running minimum of `low`
 * @param outHigh - running maximum of `high`
 * @param scratch - work arrays (see {@link PairScratch})
 * @example extremePairInto(x, x, 33, eroded, dilated, scratch);
 */
export function extremePairInto(
  low: Float32Array,
  high: Float32Array,
  windowSamples: number,
  outLow: Float32Array,
  outHigh: Float32Array,
  scratch: PairScratch,
): void {
  const { lowSuffix, highSuffix } = scratch;
  const n = low.length;
  const h = Math.max(0, Math.floor(windowSamples / 2));
  const w = 2 * h + 1;
  blockSuffixes(low, high, w, scratch);
  // The prefix (extreme from the block's start to i) is the window end of output k = i − h:
  // [k − h, k + h] is w samples long, so it starts a block or spans two, and its extreme is that
  // of suffix[k − h] and prefix[k + h]; near the left edge the window [0, k + h] lies in block 0.
  // Block 0 (i < w, k ≤ h) gives the prefix itself (at k = h the suffix from 0 is that prefix,
  // so the comparison would keep the prefix); every later block combines (k > h), in a loop of
  // its own with no test on k.
  let runLow = Number.POSITIVE_INFINITY;
  let runHigh = Number.NEGATIVE_INFINITY;
  const firstEnd = Math.min(n, w);
  for (let i = 0; i < firstEnd; i++) {
    const u = low[i] as number;
    const v = high[i] as number;
    runLow = u < runLow ? u : runLow;
    runHigh = v > runHigh ? v : runHigh;
    if (i >= h) {
      outLow[i - h] = runLow;
      outHigh[i - h] = runHigh;
    }
  }
  for (let start = w; start < n; start += w) {
    const end = Math.min(n, start + w);
    runLow = Number.POSITIVE_INFINITY;
    runHigh = Number.NEGATIVE_INFINITY;
    for (let i = start, k = start - h, j = start - 2 * h; i < end; i++, k++, j++) {
      const u = low[i] as number;
      const v = high[i] as number;
      runLow = u < runLow ? u : runLow;
      runHigh = v > runHigh ? v : runHigh;
      const p = lowSuffix[j] as number;
      const r = highSuffix[j] as number;
      outLow[k] = p < runLow ? p : runLow;
      outHigh[k] = r > runHigh ? r : runHigh;
    }
  }
  // After the loop the runs hold the prefix at n − 1. Left edge beyond the end (n ≤ 2h): the
  // window [0, n − 1] lies in block 0.
  for (let k = Math.max(0, n - h); k < Math.min(n, h); k++) {
    outLow[k] = runLow;
    outHigh[k] = runHigh;
  }
  // Right edge: [k − h, n − 1] spans two blocks, or ends inside lo's (last, cut) block.
  const lastStart = Math.floor((n - 1) / w) * w;
  for (let k = Math.max(h, n - h); k < n; k++) {
    const lo = k - h;
    const p = lowSuffix[lo] as number;
    const r = highSuffix[lo] as number;
    outLow[k] = lo >= lastStart || p < runLow ? p : runLow;
    outHigh[k] = lo >= lastStart || r > runHigh ? r : runHigh;
  }
}

/**
 * The suffixes of {@link extremePairInto}: in blocks of w samples, the minimum of `low` and the
 * maximum of `high` from each sample to its block's end (the last block cut at the end).
 * @param low - input of the minimum
 * @param high - input of the maximum
 * @param w - block length (the odd window length)
 * @param scratch - receives the suffixes
 * @example blockSuffixes(x, x, 33, scratch);
 */
export function blockSuffixes(
  low: Float32Array,
  high: Float32Array,
  w: number,
  scratch: PairScratch,
): void {
  const { lowSuffix, highSuffix } = scratch;
  const n = low.length;
  for (let start = 0; start < n; start += w) {
    const end = Math.min(n, start + w);
    let runLow = Number.POSITIVE_INFINITY;
    let runHigh = Number.NEGATIVE_INFINITY;
    for (let i = end - 1; i >= start; i--) {
      const u = low[i] as number;
      const v = high[i] as number;
      runLow = u < runLow ? u : runLow;
      runHigh = v > runHigh ? v : runHigh;
      lowSuffix[i] = runLow;
      highSuffix[i] = runHigh;
    }
  }
}
