/**
 * Multi-scale smoothed derivative of a median beat: the signal convolved with the derivative of
 * a Gaussian of width σ. This is the continuous counterpart of the dyadic wavelet transform used
 * by Martínez et al. 2004 ("A wavelet-based ECG delineator: evaluation on standard databases",
 * IEEE Trans. Biomed. Eng. 51(4):570–581), whose quadratic-spline wavelet at scale 2^k is the
 * derivative of a smoothing function close to a Gaussian (Mallat & Zhong 1992, IEEE Trans. PAMI
 * 14(7):710–732). Departure: instead of the à trous filter bank at 250 Hz, the kernel is built
 * from σ in milliseconds, so every scale means the same at every sample rate and is centred (no
 * filter-bank delay to compensate). Martínez's scales at 250 Hz correspond roughly to σ of
 * 4 ms (2^2, QRS), 9 ms (2^3), 18 ms (2^4, P and T) and 37 ms (2^5, flat T waves).
 */

/** σ of the scales the delineator uses, ms (see the module comment for Martínez's scale). */
export const SCALE_SIGMA_MS = {
  /** ≈ Martínez 2^2: QRS onset and end. */
  qrs: 4,
  /** ≈ between 2^3 and 2^4: P wave. */
  p: 12,
  /** ≈ Martínez 2^4: T wave. */
  t: 18,
  /** ≈ Martínez 2^5: low-amplitude or slow T waves. */
  tSlow: 37,
} as const;

/**
 * Derivative of the Gaussian-smoothed signal, in input units per sample.
 * Samples beyond either end are taken equal to the end sample, so a flat edge has no slope.
 * @param samples - the signal (e.g. a median beat, µV); `NaN` is not allowed
 * @param sigmaSamples - Gaussian σ in samples, ≥ 0.5 (e.g. σ ms × rate Hz / 1000)
 * @param range - compute only indices from…to (inclusive; default all); others are 0
 * @returns the smoothed derivative, same length; a unit ramp gives 1 everywhere
 * @example
 * const slope = smoothedDerivative(beatUv, (4 * 500) / 1000); // QRS scale at 500 Hz, µV/sample
 */
export function smoothedDerivative(
  samples: Float32Array,
  sigmaSamples: number,
  range: { from: number; to: number } = { from: 0, to: samples.length - 1 },
): Float32Array {
  const sigma = Math.max(0.5, sigmaSamples);
  const half = Math.ceil(4 * sigma);
  // The kernel is odd, k(−i) = −k(i): keep i > 0 only. Normalised so that a ramp x(n) = n gives
  // Σ k(i)·(n − i) = 1, i.e. the output is a slope.
  const kernel = new Float64Array(half + 1);
  let norm = 0;
  for (let i = 1; i <= half; i++) {
    const g = Math.exp(-(i * i) / (2 * sigma * sigma));
    kernel[i] = i * g;
    norm += 2 * i * i * g;
  }
  const n = samples.length;
  const out = new Float32Array(n);
  const last = n - 1;
  const first = Math.max(0, Math.ceil(range.from));
  const end = Math.min(last, Math.floor(range.to));
  if (end < first) {
    return out;
  }
  // The samples the range reaches, the ends repeated beyond the beat (as clamping the index
  // would), so the inner loop needs no bounds test.
  const base = first - half;
  const padded = new Float64Array(end - first + 2 * half + 1);
  for (let k = 0; k < padded.length; k++) {
    const i = base + k;
    padded[k] = samples[i > last ? last : i < 0 ? 0 : i] ?? 0;
  }
  // Four outputs at a time: each keeps its own sum, added in the same order as alone (so the
  // values are the same), but the four chains of additions overlap instead of waiting on one
  // another, and each kernel value is loaded once for the four.
  let t = first;
  for (; t + 3 <= end; t += 4) {
    const c = t - base;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    for (let i = 1; i <= half; i++) {
      const k = kernel[i] as number;
      a0 += k * ((padded[c + i] as number) - (padded[c - i] as number));
      a1 += k * ((padded[c + 1 + i] as number) - (padded[c + 1 - i] as number));
      a2 += k * ((padded[c + 2 + i] as number) - (padded[c + 2 - i] as number));
      a3 += k * ((padded[c + 3 + i] as number) - (padded[c + 3 - i] as number));
    }
    out[t] = a0 / norm;
    out[t + 1] = a1 / norm;
    out[t + 2] = a2 / norm;
    out[t + 3] = a3 / norm;
  }
  for (; t <= end; t++) {
    const c = t - base;
    let acc = 0;
    for (let i = 1; i <= half; i++) {
      acc += (kernel[i] as number) * ((padded[c + i] as number) - (padded[c - i] as number));
    }
    out[t] = acc / norm;
  }
  return out;
}
