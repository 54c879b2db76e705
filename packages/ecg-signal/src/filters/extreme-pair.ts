/**
 * A running minimum of one array and a running maximum of another over the same centred window,
 * in one pass (van Herk / Gil–Werman, as `morphology.ts`). The morphological baseline needs an
 * erosion and a dilation by each element length; the two recursions are independent, so running
 * them in the same loops lets the CPU overlap them, as `biquad-lanes.ts` does for filters. Each
 * output is computed with exactly the comparisons of the single running extreme, so the values
 * are the same.
 */

/** Four scratch arrays, each at least as long as the inputs. */
export interface PairScratch {
  lowPrefix: Float32Array;
  lowSuffix: Float32Array;
  highPrefix: Float32Array;
  highSuffix: Float32Array;
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
  const { lowPrefix, lowSuffix, highPrefix, highSuffix } = scratch;
  const n = low.length;
  const h = Math.max(0, Math.floor(windowSamples / 2));
  const w = 2 * h + 1;
  for (let start = 0; start < n; start += w) {
    const end = Math.min(n, start + w);
    let runLow = Number.POSITIVE_INFINITY;
    let runHigh = Number.NEGATIVE_INFINITY;
    for (let i = start; i < end; i++) {
      const u = low[i] ?? 0;
      const v = high[i] ?? 0;
      runLow = u < runLow ? u : runLow;
      runHigh = v > runHigh ? v : runHigh;
      lowPrefix[i] = runLow;
      highPrefix[i] = runHigh;
    }
    runLow = Number.POSITIVE_INFINITY;
    runHigh = Number.NEGATIVE_INFINITY;
    for (let i = end - 1; i >= start; i--) {
      const u = low[i] ?? 0;
      const v = high[i] ?? 0;
      runLow = u < runLow ? u : runLow;
      runHigh = v > runHigh ? v : runHigh;
      lowSuffix[i] = runLow;
      highSuffix[i] = runHigh;
    }
  }
  // Left edge: the window [0, i + h] lies in block 0 (i + h < w).
  const left = Math.min(n, h);
  for (let i = 0; i < left; i++) {
    const k = Math.min(n - 1, i + h);
    outLow[i] = lowPrefix[k] ?? 0;
    outHigh[i] = highPrefix[k] ?? 0;
  }
  // Interior: [i − h, i + h] is w samples long, so it starts a block or spans two.
  for (let i = h; i < n - h; i++) {
    const p = lowSuffix[i - h] ?? 0;
    const q = lowPrefix[i + h] ?? 0;
    outLow[i] = p < q ? p : q;
    const r = highSuffix[i - h] ?? 0;
    const s = highPrefix[i + h] ?? 0;
    outHigh[i] = r > s ? r : s;
  }
  // Right edge: [i − h, n − 1] spans two blocks, or ends inside lo's (last, cut) block.
  const lastStart = Math.floor((n - 1) / w) * w;
  const lowLast = lowPrefix[n - 1] ?? 0;
  const highLast = highPrefix[n - 1] ?? 0;
  for (let i = Math.max(h, n - h); i < n; i++) {
    const lo = i - h;
    const p = lowSuffix[lo] ?? 0;
    const r = highSuffix[lo] ?? 0;
    outLow[i] = lo >= lastStart || p < lowLast ? p : lowLast;
    outHigh[i] = lo >= lastStart || r > highLast ? r : highLast;
  }
}
