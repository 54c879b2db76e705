/**
 * The biquad cascade of `biquad-lanes.ts` over two arrays instead of four, for the last group of
 * a record whose lead count leaves one or two over (a two-lead Holter record, a single lead):
 * four lanes there filtered two arrays nobody reads, doubling the time. Two chains of a fused
 * section pair still keep the CPU's multipliers busy. Same arithmetic in the same order per array
 * as a single run, so the results are bit-identical.
 */
import { bySectionPairs, type Biquad } from './biquad.js';
import { steadyState } from './biquad-lanes.js';

/** Two distinct arrays filtered in place. */
export type TwoLanes = readonly [Float64Array, Float64Array];

/**
 * One section in place over two arrays, from `from` (a valid index) to `to` (exclusive).
 * @param lanes - two distinct arrays
 * @param s - the section
 * @param from - first index
 * @param to - end index (exclusive)
 * @param step - +1 (forward) or −1 (backward)
 * @example runSectionTwoLanes([a, b], section, 0, a.length, 1)
 */
export function runSectionTwoLanes(
  lanes: TwoLanes,
  s: Biquad,
  from: number,
  to: number,
  step: 1 | -1,
): void {
  const [a, b] = lanes;
  const { b0, b1, b2, a1, a2 } = s;
  let [za1, za2] = steadyState(s, a[from] as number);
  let [zb1, zb2] = steadyState(s, b[from] as number);
  for (let i = from; i !== to; i += step) {
    let x = a[i] as number;
    let y = b0 * x + za1;
    za1 = b1 * x - a1 * y + za2;
    za2 = b2 * x - a2 * y;
    a[i] = y;
    x = b[i] as number;
    y = b0 * x + zb1;
    zb1 = b1 * x - a1 * y + zb2;
    zb2 = b2 * x - a2 * y;
    b[i] = y;
  }
}

/**
 * Section `s` then section `t` in one pass over two arrays (as `runPairLanes`).
 * @param lanes - two distinct arrays
 * @param s - the first section
 * @param t - the second section
 * @param from - first index (a valid one)
 * @param to - end index (exclusive)
 * @param step - +1 (forward) or −1 (backward)
 * @example runPairTwoLanes([a, b], highPass, lowPass, 0, n, 1)
 */
export function runPairTwoLanes(
  lanes: TwoLanes,
  s: Biquad,
  t: Biquad,
  from: number,
  to: number,
  step: 1 | -1,
): void {
  const [a, b] = lanes;
  const { b0, b1, b2, a1, a2 } = s;
  const { b0: e0, b1: e1, b2: e2, a1: f1, a2: f2 } = t;
  let [za1, za2] = steadyState(s, a[from] as number);
  let [zb1, zb2] = steadyState(s, b[from] as number);
  let [wa1, wa2] = steadyState(t, b0 * (a[from] as number) + za1);
  let [wb1, wb2] = steadyState(t, b0 * (b[from] as number) + zb1);
  for (let i = from; i !== to; i += step) {
    let x = a[i] as number;
    let y = b0 * x + za1;
    za1 = b1 * x - a1 * y + za2;
    za2 = b2 * x - a2 * y;
    let v = e0 * y + wa1;
    wa1 = e1 * y - f1 * v + wa2;
    wa2 = e2 * y - f2 * v;
    a[i] = v;
    x = b[i] as number;
    y = b0 * x + zb1;
    zb1 = b1 * x - a1 * y + zb2;
    zb2 = b2 * x - a2 * y;
    v = e0 * y + wb1;
    wb1 = e1 * y - f1 * v + wb2;
    wb2 = e2 * y - f2 * v;
    b[i] = v;
  }
}

/**
 * A cascade in place over two arrays, sections two at a time.
 * @param lanes - two distinct arrays
 * @param sections - the cascade, in order
 * @param from - first index
 * @param to - end index (exclusive)
 * @param step - +1 or −1
 * @example runCascadeTwoLanes([a, b], sections, 0, n, 1)
 */
export function runCascadeTwoLanes(
  lanes: TwoLanes,
  sections: readonly Biquad[],
  from: number,
  to: number,
  step: 1 | -1,
): void {
  bySectionPairs(
    sections,
    (s, t) => runPairTwoLanes(lanes, s, t, from, to, step),
    (s) => runSectionTwoLanes(lanes, s, from, to, step),
  );
}
