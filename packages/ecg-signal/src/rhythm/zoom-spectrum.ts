/**
 * Periodogram of two real series at once on a uniform frequency grid, by the chirp z-transform
 * (Rabiner, Schafer & Rader 1969, "The chirp z-transform algorithm", IEEE Trans Audio
 * Electroacoust 17(2):86–92): with kn = (k² + n² − (k − n)²) / 2 the DFT at the grid becomes a
 * convolution with a chirp (Bluestein 1970, "A linear filtering approach to the computation of
 * discrete Fourier transform", IEEE Trans Audio Electroacoust 18(4):451–455), done by FFT
 * (`fft.ts`) in O(L log L) instead of the O(N·K) of one Goertzel recursion per frequency. The
 * two series travel as one complex series z = a + i·b, which the grid's mirror image at negative
 * frequencies separates again (A(ω) = (Z(ω) + conj Z(−ω)) / 2, the usual "two real FFTs for one
 * complex" trick). The values are those of `goertzelPowers` up to rounding (about 1e-12 of the
 * series' energy for the 10-s to 60-s series of `flutter-concentration.ts`).
 */
import { fftForward, fftInverse, fftTable, type FftTable } from './fft.js';

/** Everything that depends only on the series length, the grid and the rate. */
export interface ZoomPlan {
  /** Series length, samples; grid (firstIndex + k)·stepHz, k < count; rate, Hz. */
  key: string;
  length: number;
  count: number;
  /** Lattice index of the grid's first positive frequency and of its mirror image. */
  positive: number;
  negative: number;
  /** Product of the output chirps of the k-th frequency and its mirror: e^{−iΔ(M² + (f + k)²)}. */
  turnRe: Float64Array;
  turnIm: Float64Array;
  table: FftTable;
  /** Chirp applied to the series: e^{iΔ(M·n − n²/2)}, n < length. */
  preRe: Float64Array;
  preIm: Float64Array;
  /** FFT of the chirp filter e^{iΔm²/2}, divided by the FFT length, in bit-reversed order. */
  filterRe: Float64Array;
  filterIm: Float64Array;
  /** Work arrays of the FFT length. */
  re: Float64Array;
  im: Float64Array;
}

let lastPlan: ZoomPlan | null = null;

/**
 * The plan of {@link pairPowers} (the last one is kept: records of one length share it).
 * @param length - samples per series (≥ 1)
 * @param firstIndex - the grid starts at firstIndex · stepHz (integer ≥ 1)
 * @param count - grid frequencies (≥ 1)
 * @param stepHz - grid step, Hz
 * @param rateHz - sample rate of the series, Hz (the grid must stay below half of it)
 * @returns the plan
 * @example
 * const plan = zoomPlan(416, 20, 221, 0.05, 41.7); // 1–12 Hz at 0.05 Hz
 */
export function zoomPlan(
  length: number,
  firstIndex: number,
  count: number,
  stepHz: number,
  rateHz: number,
): ZoomPlan {
  const key = `${length} ${firstIndex} ${count} ${stepHz} ${rateHz}`;
  if (lastPlan?.key === key) {
    return lastPlan;
  }
  // Lattice ω_j = (j − M)·Δ, j ≤ 2M, covering the grid and its mirror image.
  const m = firstIndex + count - 1;
  const lattice = 2 * m + 1;
  let size = 2;
  while (size < length + lattice - 1) {
    size *= 2;
  }
  const delta = (2 * Math.PI * stepHz) / rateHz;
  const preRe = new Float64Array(length);
  const preIm = new Float64Array(length);
  for (let n = 0; n < length; n++) {
    const angle = delta * (m * n - (n * n) / 2);
    preRe[n] = Math.cos(angle);
    preIm[n] = Math.sin(angle);
  }
  const table = fftTable(size);
  const filterRe = new Float64Array(size);
  const filterIm = new Float64Array(size);
  for (let j = 0; j < Math.max(lattice, length); j++) {
    const angle = (delta * j * j) / 2;
    const c = Math.cos(angle) / size;
    const s = Math.sin(angle) / size;
    if (j < lattice) {
      filterRe[j] = c;
      filterIm[j] = s;
    }
    if (j > 0 && j < length) {
      filterRe[size - j] = c;
      filterIm[size - j] = s;
    }
  }
  fftForward(filterRe, filterIm, table);
  const turnRe = new Float64Array(count);
  const turnIm = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const angle = -delta * (m * m + (firstIndex + k) ** 2);
    turnRe[k] = Math.cos(angle);
    turnIm[k] = Math.sin(angle);
  }
  const [re, im] = [new Float64Array(size), new Float64Array(size)];
  const [positive, negative] = [m + firstIndex, m - firstIndex];
  lastPlan = {
    ...{ key, length, count, positive, negative, turnRe, turnIm, table },
    ...{ preRe, preIm, filterRe, filterIm, re, im },
  };
  return lastPlan;
}

/**
 * |DFT|² of two real series at every grid frequency of the plan.
 * @param plan - from {@link zoomPlan}
 * @param a - first series (plan length, any unit)
 * @param b - second series (plan length), or null
 * @param outA - powers of `a`, one per grid frequency (unit²)
 * @param outB - powers of `b` (left as they are when `b` is null)
 * @example
 * pairPowers(zoomPlan(416, 20, 221, 0.05, 41.7), lead1, lead2, powers1, powers2);
 */
export function pairPowers(
  plan: ZoomPlan,
  a: Float64Array,
  b: Float64Array | null,
  outA: Float64Array,
  outB: Float64Array,
): void {
  const { re, im, preRe, preIm, filterRe, filterIm, table } = plan;
  for (let n = 0; n < plan.length; n++) {
    const x = a[n] ?? 0;
    const y = b === null ? 0 : (b[n] ?? 0);
    const c = preRe[n] ?? 0;
    const s = preIm[n] ?? 0;
    re[n] = x * c - y * s;
    im[n] = x * s + y * c;
  }
  re.fill(0, plan.length);
  im.fill(0, plan.length);
  fftForward(re, im, table);
  for (let i = 0; i < table.size; i++) {
    const r = re[i] ?? 0;
    const s = im[i] ?? 0;
    const hr = filterRe[i] ?? 0;
    const hi = filterIm[i] ?? 0;
    re[i] = r * hr - s * hi;
    im[i] = r * hi + s * hr;
  }
  fftInverse(re, im, table);
  // Z_j = e^{−iΔj²/2}·c_j. |A|² = |Z_p + conj Z_n|² / 4 = |c_p + conj(turn·c_n)|² / 4, and
  // |B|² = |c_p − conj(turn·c_n)|² / 4: one phase factor per frequency pair. Alone, |A|² = |c_p|².
  const { positive, negative, turnRe, turnIm } = plan;
  for (let k = 0; k < plan.count; k++) {
    const pr = re[positive + k] ?? 0;
    const pi = im[positive + k] ?? 0;
    if (b === null) {
      outA[k] = pr * pr + pi * pi;
      continue;
    }
    const nr = re[negative - k] ?? 0;
    const ni = im[negative - k] ?? 0;
    const tr = turnRe[k] ?? 0;
    const ti = turnIm[k] ?? 0;
    const wr = tr * nr - ti * ni;
    const wi = tr * ni + ti * nr;
    outA[k] = ((pr + wr) * (pr + wr) + (pi - wi) * (pi - wi)) / 4;
    outB[k] = ((pr - wr) * (pr - wr) + (pi + wi) * (pi + wi)) / 4;
  }
}
