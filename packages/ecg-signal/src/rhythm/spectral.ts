/**
 * Small spectral helpers for the atrial-activity analysis: the Goertzel recursion for the power
 * at one frequency (Goertzel 1958, "An algorithm for the evaluation of finite trigonometric
 * series", Am Math Monthly 65(1):34–35), cheaper than a full FFT when a few hundred frequencies
 * of one band are needed, and the lag-autocorrelation of a series.
 */

/**
 * |DFT|² of a series at one frequency, by the Goertzel recursion.
 * @param x - the series (any unit)
 * @param hz - frequency, Hz (0 to half the rate)
 * @param rateHz - sample rate of the series, Hz
 * @returns the squared magnitude (unit²)
 * @example
 * goertzelPower(Float64Array.from({ length: 500 }, (_, i) => Math.sin((2 * Math.PI * 5 * i) / 500)), 5, 500); // 62500
 */
export function goertzelPower(x: Float64Array, hz: number, rateHz: number): number {
  const coefficient = 2 * Math.cos((2 * Math.PI * hz) / rateHz);
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < x.length; i++) {
    const s0 = (x[i] ?? 0) + coefficient * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  return s1 * s1 + s2 * s2 - coefficient * s1 * s2;
}

/**
 * {@link goertzelPower} at many frequencies, eight recursions per pass over the series (they are
 * independent, so the CPU overlaps them); each value is computed exactly as by
 * {@link goertzelPower}.
 * @param x - the series (any unit)
 * @param hz - frequencies, Hz (0 to half the rate)
 * @param rateHz - sample rate of the series, Hz
 * @returns the squared magnitudes, one per frequency (unit²)
 * @example
 * goertzelPowers(series, [4, 4.05, 4.1], 40); // three powers
 */
export function goertzelPowers(
  x: Float64Array,
  hz: readonly number[],
  rateHz: number,
): Float64Array {
  const out = new Float64Array(hz.length);
  const n = x.length;
  const coefficient = (k: number): number => 2 * Math.cos((2 * Math.PI * (hz[k] ?? 0)) / rateHz);
  const power = (c: number, s1: number, s2: number): number => s1 * s1 + s2 * s2 - c * s1 * s2;
  for (let f = 0; f < hz.length; f += 8) {
    const ca = coefficient(f);
    const cb = coefficient(f + 1);
    const cc = coefficient(f + 2);
    const cd = coefficient(f + 3);
    const ce = coefficient(f + 4);
    const cf = coefficient(f + 5);
    const cg = coefficient(f + 6);
    const ch = coefficient(f + 7);
    let a1 = 0;
    let a2 = 0;
    let b1 = 0;
    let b2 = 0;
    let c1 = 0;
    let c2 = 0;
    let d1 = 0;
    let d2 = 0;
    let e1 = 0;
    let e2 = 0;
    let f1 = 0;
    let f2 = 0;
    let g1 = 0;
    let g2 = 0;
    let h1 = 0;
    let h2 = 0;
    for (let i = 0; i < n; i++) {
      const v = x[i] ?? 0;
      const a0 = v + ca * a1 - a2;
      a2 = a1;
      a1 = a0;
      const b0 = v + cb * b1 - b2;
      b2 = b1;
      b1 = b0;
      const c0 = v + cc * c1 - c2;
      c2 = c1;
      c1 = c0;
      const d0 = v + cd * d1 - d2;
      d2 = d1;
      d1 = d0;
      const e0 = v + ce * e1 - e2;
      e2 = e1;
      e1 = e0;
      const f0 = v + cf * f1 - f2;
      f2 = f1;
      f1 = f0;
      const g0 = v + cg * g1 - g2;
      g2 = g1;
      g1 = g0;
      const h0 = v + ch * h1 - h2;
      h2 = h1;
      h1 = h0;
    }
    const results = [
      power(ca, a1, a2),
      power(cb, b1, b2),
      power(cc, c1, c2),
      power(cd, d1, d2),
      power(ce, e1, e2),
      power(cf, f1, f2),
      power(cg, g1, g2),
      power(ch, h1, h2),
    ];
    for (let k = 0; k < 8 && f + k < hz.length; k++) {
      out[f + k] = results[k] ?? 0;
    }
  }
  return out;
}

/**
 * Pearson correlation of a series with itself `lag` samples later.
 * @param x - the series
 * @param lag - shift, samples (> 0)
 * @returns −1 to 1 (0 when undefined)
 * @example
 * lagCorrelation(Float64Array.from({ length: 100 }, (_, i) => Math.sin(i / 5)), 31); // about 1
 */
export function lagCorrelation(x: Float64Array, lag: number): number {
  const n = x.length - lag;
  if (lag <= 0 || n < 2) {
    return 0;
  }
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += x[i] ?? 0;
    mb += x[i + lag] ?? 0;
  }
  ma /= n;
  mb /= n;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < n; i++) {
    const a = (x[i] ?? 0) - ma;
    const b = (x[i + lag] ?? 0) - mb;
    ab += a * b;
    aa += a * a;
    bb += b * b;
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}
