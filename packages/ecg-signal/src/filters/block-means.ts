/**
 * Block means of equally long leads padded by odd reflection: the decimation step of the slow
 * baseline (`slow-baseline.ts`; a multirate filter after Crochiere & Rabiner, "Multirate Digital
 * Signal Processing", 1983). Block sums come from one running sum per lead; a running sum is a
 * chain of dependent additions, so the sums of four leads are formed in one loop, where the four
 * chains overlap (as the biquad lanes do, `biquad-lanes.ts`). Each lead's additions and their
 * order are those of a sum of its own, so the results are the same.
 */
import { laneBuffers, type LaneBuffers } from './zero-phase-lanes.js';

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
  // Running sums of four leads interleaved: sums[4·i + k] = x₀ + … + x_{i−1} of the k-th.
  const sums = laneBuffers(n + 1, work);
  const means: Float64Array[] = [];
  for (let g = 0; g < leads.length; g += 4) {
    const a = leads[g] as Float32Array;
    runningSums(a, leads[g + 1] ?? a, leads[g + 2] ?? a, leads[g + 3] ?? a, sums);
    for (let k = 0; k < 4 && g + k < leads.length; k++) {
      const x = leads[g + k] as Float32Array;
      means.push(meansFromSums(sums, k, n, x[0] ?? 0, x[n - 1] ?? 0, factor, padBlocks));
    }
  }
  return { means, work: sums };
}

/** Running sums of four leads of one length, interleaved into `sums` (four at index 4·i). */
function runningSums(
  a: Float32Array,
  b: Float32Array,
  c: Float32Array,
  d: Float32Array,
  sums: Float64Array,
): void {
  let ra = 0;
  let rb = 0;
  let rc = 0;
  let rd = 0;
  sums.fill(0, 0, 4);
  for (let i = 0, j = 4; i < a.length; i++, j += 4) {
    ra += a[i] as number;
    rb += b[i] as number;
    rc += c[i] as number;
    rd += d[i] as number;
    sums[j] = ra;
    sums[j + 1] = rb;
    sums[j + 2] = rc;
    sums[j + 3] = rd;
  }
}

/**
 * The block means of the k-th lead from the interleaved running sums: a reflected stretch sums
 * to 2·x_end·count − Σ x.
 */
function meansFromSums(
  sums: Float64Array,
  k: number,
  n: number,
  first: number,
  last: number,
  factor: number,
  padBlocks: number,
): Float64Array {
  const padded = padBlocks * factor;
  const total = n + 2 * padded;
  const out = new Float64Array(Math.ceil(total / factor));
  // When the padding is shorter than the lead, no reflection reaches past its far end: the
  // clamps below do nothing, and what they would add is a zero (of the sign they would give it).
  const unclamped = padded + factor < n;
  let b = 0;
  if (unclamped) {
    const twice = 2 * first * factor;
    const beyond = 0 * last;
    // Block b spans −i = hi … lo, hi = padded − b·factor, lo = hi − factor + 1: its sum is
    // S(hi + 1) − S(lo), and S(lo) is the next block's S(hi + 1).
    let upper = sums[4 * (padded + 1) + k] as number;
    for (; b < padBlocks; b++) {
      const lower = sums[4 * (padded - (b + 1) * factor + 1) + k] as number;
      out[b] = (twice - (upper - lower) - beyond) / factor;
      upper = lower;
    }
  }
  // Left padding: lead index i = k − padded < 0 reads 2·x0 − x[min(n − 1, −i)].
  for (; b < padBlocks; b++) {
    const hi = padded - b * factor; // −i of the block's first sample
    const lo = hi - factor + 1; // −i of its last sample
    const clampedHi = Math.min(hi, n - 1);
    const inside =
      (sums[4 * (clampedHi + 1) + k] ?? 0) - (sums[4 * Math.min(lo, clampedHi + 1) + k] ?? 0);
    const beyond = Math.max(0, hi - Math.max(clampedHi, lo - 1)) * last;
    out[b] = (2 * first * factor - inside - beyond) / factor;
  }
  // Blocks wholly inside the lead.
  const whole = padBlocks + Math.floor(n / factor);
  let below = b < whole ? (sums[4 * (b * factor - padded) + k] ?? 0) : 0;
  for (; b < whole; b++) {
    const above = sums[4 * ((b + 1) * factor - padded) + k] as number;
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
      sum += twice - ((sums[4 * (hi + 1) + k] as number) - (sums[4 * lo + k] as number)) - beyond;
      out[b] = sum / factor;
      continue;
    }
    let sum = (sums[4 * Math.min(n, to) + k] ?? 0) - (sums[4 * Math.min(n, from) + k] ?? 0);
    if (to > n) {
      // The block reflects to lead indices lo … hi; those below 0 read x[0].
      const lo = 2 * (n - 1) - (to - 1);
      const hi = 2 * (n - 1) - Math.max(from, n);
      const clampedLo = Math.max(lo, 0);
      const inside =
        hi >= clampedLo ? (sums[4 * (hi + 1) + k] ?? 0) - (sums[4 * clampedLo + k] ?? 0) : 0;
      sum += 2 * last * (hi - lo + 1) - inside - Math.max(0, Math.min(hi, -1) - lo + 1) * first;
    }
    out[b] = sum / (to - from);
  }
  return out;
}
