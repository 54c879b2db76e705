/**
 * Integer-factor upsampling of median beats, so the delineator always sees at least 500 samples
 * per second: its smallest smoothing scale (σ = 4 ms, {@link SCALE_SIGMA_MS}) spans two samples
 * only from 500 Hz on. Records sampled at 500 Hz or more are left as they are. Interpolation is
 * the cubic convolution of Keys 1981 ("Cubic convolution interpolation for digital image
 * processing", IEEE Trans. ASSP 29(6):1153–1160, a = −0.5, i.e. Catmull–Rom), which passes
 * through every original sample, so a native sample index is simply `analysisIndex / factor`.
 */

/** Lowest rate the delineator works at, Hz. */
export const MIN_ANALYSIS_RATE_HZ = 500;

/**
 * The integer factor that brings a sample rate to at least {@link MIN_ANALYSIS_RATE_HZ}.
 * @param sampleRateHz - the record's rate, Hz (> 0)
 * @returns 1 for 500 Hz and above; e.g. 5 for 100 Hz, 2 for 250 Hz and 360 Hz
 * @example
 * upsamplingFactor(100); // 5
 */
export function upsamplingFactor(sampleRateHz: number): number {
  return Math.max(1, Math.ceil(MIN_ANALYSIS_RATE_HZ / sampleRateHz - 1e-9));
}

/**
 * Upsample one signal by an integer factor with cubic convolution; `NaN` samples are
 * propagated to the interpolated points that depend on them.
 * @param samples - the signal at the native rate
 * @param factor - integer ≥ 1
 * @returns `(n − 1) · factor + 1` samples; output `k · factor` equals input `k`
 * @example
 * upsample(new Float32Array([0, 1, 2]), 2); // [0, 0.5, 1, 1.5, 2]
 */
export function upsample(samples: Float32Array, factor: number): Float32Array {
  const n = samples.length;
  if (factor <= 1 || n < 2) {
    return Float32Array.from(samples);
  }
  const out = new Float32Array((n - 1) * factor + 1);
  const at = (i: number): number => samples[Math.min(n - 1, Math.max(0, i))] ?? 0;
  for (let i = 0; i < n - 1; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    for (let j = 0; j < factor; j++) {
      const t = j / factor;
      // Catmull–Rom spline through p1 (t = 0) and p2 (t = 1).
      out[i * factor + j] =
        p1 +
        0.5 * t * (p2 - p0 + t * (2 * p0 - 5 * p1 + 4 * p2 - p3 + t * (3 * (p1 - p2) + p3 - p0)));
    }
  }
  out[(n - 1) * factor] = at(n - 1);
  return out;
}
