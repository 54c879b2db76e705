/**
 * Block means of equally long leads padded by odd reflection: the decimation step of the slow
 * baseline (`slow-baseline.ts`; a multirate filter after Crochiere & Rabiner, "Multirate Digital
 * Signal Processing", 1983). Block sums come from one running sum per lead; a running sum is a
 * chain of dependent additions, so the sums of four leads are formed in one loop, where the four
 * chains overlap (as the biquad lanes do, `biquad-lanes.ts`). Each lead's additions and their
 * order are those of a sum of its own, so the results are the same.
 */
import { laneBuffers, type LaneBuffers } from './zero-phase-lanes.js';
import { scratchFloat64 } from '../memory/scratch.js';

/**
 * Means of blocks of `factor` samples over each lead padded with `padBlocks · factor`
 * odd-reflected samples at each end (reflection about the end sample, clamped inside the lead).
 * @param leads - samples, all of one length ≥ 2, no NaN
 * @param factor - samples per block, ≥ 2
 * @param padBlocks - blocks of padding at each end
 * @param work - work arrays for the running sums, reused when long enough (`laneBuffers`)
 * @returns per lead ⌈(n + 2·padBlocks·factor) / factor⌉ block means, and the work arrays
 * @example const { means } = blockMeansLeads([lead], 5, 600);
 */
export function blockMeansLeads(
  leads: readonly Float32Array[],
  factor: number,
  padBlocks: number,
  work?: LaneBuffers,
): { means: Float64Array[]; work: LaneBuffers } {
  const n = leads[0]?.length ?? 0;
  const sums = laneBuffers(n + 1, work);
  const means: Float64Array[] = [];
  // All leads' means in one buffer (views): one allocation instead of one per lead.
  const count = Math.ceil((n + 2 * padBlocks * factor) / factor);
  const block = scratchFloat64(leads.length * count);
  for (let g = 0; g < leads.length; g += 4) {
    const a = leads[g] as Float32Array;
    runningSums(a, leads[g + 1] ?? a, leads[g + 2] ?? a, leads[g + 3] ?? a, sums);
    for (let k = 0; k < 4 && g + k < leads.length; k++) {
      const x = leads[g + k] as Float32Array;
      const prefix = sums[k] as Float64Array;
      const out = block.subarray((g + k) * count, (g + k + 1) * count);
      meansFromSums(prefix, n, x[0] ?? 0, x[n - 1] ?? 0, factor, padBlocks, out);
      means.push(out);
    }
  }
  return { means, work: sums };
}

/** sums[k][i] = x₀ + … + x_{i−1} of the k-th lead, for four leads of length n at once. */
function runningSums(
  a: Float32Array,
  b: Float32Array,
  c: Float32Array,
  d: Float32Array,
  sums: LaneBuffers,
): void {
  const [sa, sb, sc, sd] = sums;
  let ra = 0;
  let rb = 0;
  let rc = 0;
  let rd = 0;
  sa[0] = 0;
  sb[0] = 0;
  sc[0] = 0;
  sd[0] = 0;
  for (let i = 0; i < a.length; i++) {
    ra += a[i] as number;
    sa[i + 1] = ra;
    rb += b[i] as number;
    sb[i + 1] = rb;
    rc += c[i] as number;
    sc[i + 1] = rc;
    rd += d[i] as number;
    sd[i + 1] = rd;
  }
}

/**
 * The block means of one lead from its running sums, into `out` (⌈(n + 2·padBlocks·factor) /
 * factor⌉ long): a reflected stretch sums to 2·x_end·count − Σ x.
 */
function meansFromSums(
  sums: Float64Array,
  n: number,
  first: number,
  last: number,
  factor: number,
  padBlocks: number,
  out: Float64Array,
): void {
  const padded = padBlocks * factor;
  // When the padding is shorter than the lead, no reflection reaches past its far end: the
  // clamps below do nothing, and what they would add is a zero (of the sign they would give it).
  const unclamped = padded + factor < n;
  let b = 0;
  if (unclamped) {
    const twice = 2 * first * factor;
    const beyond = 0 * last;
    // Block b spans −i = hi … lo, hi = padded − b·factor, lo = hi − factor + 1: its sum is
    // S(hi + 1) − S(lo), and S(lo) is the next block's S(hi + 1).
    let upper = sums[padded + 1] as number;
    for (; b < padBlocks; b++) {
      const lower = sums[padded - (b + 1) * factor + 1] as number;
      out[b] = (twice - (upper - lower) - beyond) / factor;
      upper = lower;
    }
  }
  // Left padding: lead index i = k − padded < 0 reads 2·x0 − x[min(n − 1, −i)].
  for (; b < padBlocks; b++) {
    const hi = padded - b * factor; // −i of the block's first sample
    const lo = hi - factor + 1; // −i of its last sample
    const clampedHi = Math.min(hi, n - 1);
    const inside = (sums[clampedHi + 1] ?? 0) - (sums[Math.min(lo, clampedHi + 1)] ?? 0);
    const beyond = Math.max(0, hi - Math.max(clampedHi, lo - 1)) * last;
    out[b] = (2 * first * factor - inside - beyond) / factor;
  }
  // Blocks wholly inside the lead.
  const whole = padBlocks + Math.floor(n / factor);
  let below = b < whole ? (sums[b * factor - padded] ?? 0) : 0;
  for (; b < whole; b++) {
    const above = sums[(b + 1) * factor - padded] as number;
    out[b] = (above - below) / factor;
    below = above;
  }
  // The lead's tail and the right padding: i ≥ n reads 2·x[n−1] − x[max(0, 2(n − 1) − i)].
  const twice = 2 * last * factor;
  const beyond = 0 * first;
  for (; b < out.length; b++) {
    const from = b * factor - padded;
    const to = Math.min(from + factor, n + padded);
    if (unclamped && from >= n && to === from + factor) {
      // Wholly in the padding: −(i − 2(n − 1)) runs over lo … hi, all inside the lead.
      const hi = 2 * (n - 1) - from;
      const lo = hi - factor + 1;
      let sum = 0;
      sum += twice - ((sums[hi + 1] as number) - (sums[lo] as number)) - beyond;
      out[b] = sum / factor;
      continue;
    }
    let sum = (sums[Math.min(n, to)] ?? 0) - (sums[Math.min(n, from)] ?? 0);
    if (to > n) {
      // The block reflects to lead indices lo … hi; those below 0 read x[0].
      const lo = 2 * (n - 1) - (to - 1);
      const hi = 2 * (n - 1) - Math.max(from, n);
      const clampedLo = Math.max(lo, 0);
      const inside = hi >= clampedLo ? (sums[hi + 1] ?? 0) - (sums[clampedLo] ?? 0) : 0;
      sum += 2 * last * (hi - lo + 1) - inside - Math.max(0, Math.min(hi, -1) - lo + 1) * first;
    }
    out[b] = sum / (to - from);
  }
}
