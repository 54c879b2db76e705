/**
 * The extremes of a lead minus its slow part (`rangeMinusSlow` of `slow-interpolation.ts`), with
 * the slow part interpolated only where an extreme can be. Keys's cubic convolution (Keys 1981,
 * a = −½) has weights summing to one whose negative ones add up to at most ⅛ (at the half-way
 * point: ½·f·(1 − f)), so the interpolated slow part over a window lies within its blocks'
 * range widened by ⅛ of that range at each side. Rounding (to double, then to float32) is
 * monotone, so a sample whose lead value is more than the width of that band below the window's
 * largest lead value cannot hold the largest difference (likewise for the smallest): only the
 * other samples are evaluated, with the arithmetic of `rangeMinusSlow`, in its order (phase by
 * phase), so the results are the same values, signed zeros included. Branch-and-bound in the
 * sense of Land & Doig (1960), as `rhythm/p-candidates.ts` bounds its scores.
 */
import {
  phaseWeights,
  rangeMinusSlow,
  type PhaseWeights,
  type SlowPart,
} from './slow-interpolation.js';

/** Largest total of the negative weights of Keys's kernel (a = −½). */
const NEGATIVE_WEIGHTS = 0.125;
/** Relative margin covering the rounding of the bounds (double rounding is ~1e−16). */
const MARGIN = 1e-6;

/**
 * Smallest and largest value over [start, end) of x[i] − slow part at i rounded to float32, as
 * `rangeMinusSlow` (which it falls back on where the bound does not apply).
 * @param x - the lead, µV
 * @param part - its slow part
 * @param start - first sample, ≥ 0
 * @param end - end sample (exclusive), ≤ x.length, > start
 * @param out - receives the smallest (0) and largest (1) value
 * @example rangeMinusSlowBounded(lead, part, 0, 2500, range);
 */
export function rangeMinusSlowBounded(
  x: Float32Array,
  part: SlowPart,
  start: number,
  end: number,
  out: Float64Array,
): void {
  const { low, factor, padBlocks } = part;
  const m = low.length;
  // Blocks any sample of the window reads (its neighbours k − 1 … k + 2, k ≥ padBlocks − 1 + q).
  const firstBlock = padBlocks - 2 + Math.floor(start / factor);
  const lastBlock = padBlocks + Math.floor((end - 1) / factor) + 2;
  if (factor === 1 || firstBlock < 0 || lastBlock > m - 1) {
    rangeMinusSlow(x, part, start, end, out);
    return;
  }
  let lowest = low[firstBlock] as number;
  let highest = lowest;
  for (let k = firstBlock + 1; k <= lastBlock; k++) {
    const p = low[k] as number;
    lowest = p < lowest ? p : lowest;
    highest = p > highest ? p : highest;
  }
  // Width of the slow part's band, widened for rounding.
  const band =
    (highest - lowest) * (1 + 2 * NEGATIVE_WEIGHTS) +
    2 * MARGIN * (Math.abs(lowest) + Math.abs(highest) + 1);
  if (!(band < Number.POSITIVE_INFINITY)) {
    rangeMinusSlow(x, part, start, end, out);
    return;
  }
  // One pass: a sample is kept for the largest difference when its value reaches the largest
  // lead value so far less the band (and a margin relative to that value); the threshold only
  // rises, so every sample that passes the final one was kept. Likewise for the smallest.
  const high = candidates(end - start, 0);
  const low2 = candidates(end - start, 1);
  let kept = 0;
  let keptLow = 0;
  let largestX = Number.NEGATIVE_INFINITY;
  let smallestX = Number.POSITIVE_INFINITY;
  let above = Number.NEGATIVE_INFINITY;
  let below = Number.POSITIVE_INFINITY;
  for (let i = start; i < end; i++) {
    const v = x[i] as number;
    if (v >= above) {
      high[kept++] = i;
      if (v > largestX) {
        largestX = v;
        above = v - band - MARGIN * Math.abs(v);
      }
    }
    if (v <= below) {
      low2[keptLow++] = i;
      if (v < smallestX) {
        smallestX = v;
        below = v + band + MARGIN * Math.abs(v);
      }
    }
  }
  const weights = Array.from({ length: factor }, (_, r) => phaseWeights(r, factor));
  const largest = extremeOf(x, part, weights, high, kept, above, 1);
  const smallest = extremeOf(x, part, weights, low2, keptLow, below, -1);
  // A zero could be either zero, which the order of evaluation decides: the plain scan then.
  if (largest === 0 || smallest === 0 || !Number.isFinite(largest) || !Number.isFinite(smallest)) {
    rangeMinusSlow(x, part, start, end, out);
    return;
  }
  out[0] = smallest;
  out[1] = largest;
}

/** Reused index buffers (two), grown on demand. */
const buffers: Int32Array[] = [new Int32Array(0), new Int32Array(0)];

function candidates(size: number, k: number): Int32Array {
  const b = buffers[k] as Int32Array;
  if (b.length >= size) {
    return b;
  }
  const grown = new Int32Array(size);
  buffers[k] = grown;
  return grown;
}

/**
 * The largest (sign 1) or smallest (sign −1) of x[i] − slow part at i, rounded to float32, over
 * the kept samples whose value passes the final threshold, with `rangeMinusSlow`'s arithmetic.
 */
function extremeOf(
  x: Float32Array,
  part: SlowPart,
  weights: readonly PhaseWeights[],
  kept: Int32Array,
  count: number,
  threshold: number,
  sign: 1 | -1,
): number {
  const { low, factor, padBlocks } = part;
  let best = sign > 0 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  for (let c = 0; c < count; c++) {
    const i = kept[c] as number;
    const xi = x[i] as number;
    if (sign > 0 ? !(xi >= threshold) : !(xi <= threshold)) {
      continue;
    }
    const r = i % factor;
    const { shift, w0, w1, w2, w3 } = weights[r] as PhaseWeights;
    const k = padBlocks + shift + (((i - r) / factor) | 0);
    const p0 = low[k - 1] as number;
    const p1 = low[k] as number;
    const p2 = low[k + 1] as number;
    const p3 = low[k + 2] as number;
    const v = Math.fround(xi - (w0 * p0 + w1 * p1 + w2 * p2 + w3 * p3));
    best = sign > 0 ? (v > best ? v : best) : v < best ? v : best;
  }
  return best;
}
