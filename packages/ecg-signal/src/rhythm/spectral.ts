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
