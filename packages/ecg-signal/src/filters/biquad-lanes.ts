/**
 * One biquad section run over four equally long arrays at once. A section's recursion is a chain
 * of dependent multiply–adds, so one array at a time leaves the CPU waiting on each sample;
 * four independent chains in one loop overlap and run about twice as fast. The arithmetic and
 * its order per array are exactly those of a single run (direct form II transposed, state
 * started at the steady state of the first sample), so the results are bit-identical.
 */
import { bySectionPairs, type Biquad } from './biquad.js';

/**
 * State (z1, z2) of a section at rest with constant input x0, whose output is DC gain · x0.
 * @param s - the section
 * @param x0 - the constant input
 * @returns z1 and z2
 * @example steadyState(section, samples[0] ?? 0)
 */
export function steadyState(s: Biquad, x0: number): [number, number] {
  const dcDen = 1 + s.a1 + s.a2;
  const y0 = dcDen !== 0 ? ((s.b0 + s.b1 + s.b2) / dcDen) * x0 : 0;
  const z2 = s.b2 * x0 - s.a2 * y0;
  return [s.b1 * x0 - s.a1 * y0 + z2, z2];
}

/**
 * Runs one section in place over four arrays, from `from` (inclusive, a valid index) to `to`
 * (exclusive) stepping `step`. The arrays must be distinct and at least as long as the range.
 * @param lanes - four distinct arrays, filtered in place
 * @param s - the section
 * @param from - first index
 * @param to - end index (exclusive)
 * @param step - +1 (forward) or −1 (backward)
 * @example runSectionLanes([a, b, c, d], section, 0, a.length, 1)
 */
export function runSectionLanes(
  lanes: readonly [Float64Array, Float64Array, Float64Array, Float64Array],
  s: Biquad,
  from: number,
  to: number,
  step: 1 | -1,
): void {
  const [a, b, c, d] = lanes;
  const { b0, b1, b2, a1, a2 } = s;
  let [za1, za2] = steadyState(s, a[from] as number);
  let [zb1, zb2] = steadyState(s, b[from] as number);
  let [zc1, zc2] = steadyState(s, c[from] as number);
  let [zd1, zd2] = steadyState(s, d[from] as number);
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
    x = c[i] as number;
    y = b0 * x + zc1;
    zc1 = b1 * x - a1 * y + zc2;
    zc2 = b2 * x - a2 * y;
    c[i] = y;
    x = d[i] as number;
    y = b0 * x + zd1;
    zd1 = b1 * x - a1 * y + zd2;
    zd2 = b2 * x - a2 * y;
    d[i] = y;
  }
}

/**
 * {@link runSectionLanes} of `s` then of `t`, fused into one pass (the second section takes each
 * output of the first as it comes, so each array is read and written once for both): the same
 * arithmetic per array, so the same results.
 * @param lanes - four distinct arrays, filtered in place
 * @param s - the first section
 * @param t - the second section
 * @param from - first index (a valid one)
 * @param to - end index (exclusive)
 * @param step - +1 (forward) or −1 (backward)
 * @example runPairLanes(lanes, highPass, lowPass, 0, n, 1)
 */
export function runPairLanes(
  lanes: readonly [Float64Array, Float64Array, Float64Array, Float64Array],
  s: Biquad,
  t: Biquad,
  from: number,
  to: number,
  step: 1 | -1,
): void {
  const [a, b, c, d] = lanes;
  const { b0, b1, b2, a1, a2 } = s;
  const { b0: e0, b1: e1, b2: e2, a1: f1, a2: f2 } = t;
  // The second section starts at rest at the first section's first output, as run one by one.
  let [za1, za2] = steadyState(s, a[from] as number);
  let [zb1, zb2] = steadyState(s, b[from] as number);
  let [zc1, zc2] = steadyState(s, c[from] as number);
  let [zd1, zd2] = steadyState(s, d[from] as number);
  let [wa1, wa2] = steadyState(t, b0 * (a[from] as number) + za1);
  let [wb1, wb2] = steadyState(t, b0 * (b[from] as number) + zb1);
  let [wc1, wc2] = steadyState(t, b0 * (c[from] as number) + zc1);
  let [wd1, wd2] = steadyState(t, b0 * (d[from] as number) + zd1);
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
    x = c[i] as number;
    y = b0 * x + zc1;
    zc1 = b1 * x - a1 * y + zc2;
    zc2 = b2 * x - a2 * y;
    v = e0 * y + wc1;
    wc1 = e1 * y - f1 * v + wc2;
    wc2 = e2 * y - f2 * v;
    c[i] = v;
    x = d[i] as number;
    y = b0 * x + zd1;
    zd1 = b1 * x - a1 * y + zd2;
    zd2 = b2 * x - a2 * y;
    v = e0 * y + wd1;
    wd1 = e1 * y - f1 * v + wd2;
    wd2 = e2 * y - f2 * v;
    d[i] = v;
  }
}

/**
 * A cascade run in place over four arrays, sections two at a time ({@link runPairLanes}).
 * @param lanes - four distinct arrays
 * @param sections - the cascade, in order
 * @param from - first index
 * @param to - end index (exclusive)
 * @param step - +1 or −1
 * @example runCascadeLanes(lanes, sections, 0, n, 1)
 */
export function runCascadeLanes(
  lanes: readonly [Float64Array, Float64Array, Float64Array, Float64Array],
  sections: readonly Biquad[],
  from: number,
  to: number,
  step: 1 | -1,
): void {
  bySectionPairs(
    sections,
    (s, t) => runPairLanes(lanes, s, t, from, to, step),
    (s) => runSectionLanes(lanes, s, from, to, step),
  );
}
