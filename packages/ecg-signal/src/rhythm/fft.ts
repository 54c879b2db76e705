/**
 * Complex FFT of power-of-two length on split real and imaginary arrays, for fast convolution
 * (`zoom-spectrum.ts`): the forward transform by decimation in frequency (Gentleman & Sande 1966,
 * "Fast Fourier transforms — for fun and profit", AFIPS Conf Proc 29:563–578) leaves its output
 * in bit-reversed order, and the inverse by decimation in time (Cooley & Tukey 1965, "An
 * algorithm for the machine calculation of complex Fourier series", Math Comp 19:297–301) takes
 * its input in that order, so a convolution never permutes. Two radix-2 stages are done per pass
 * over the data (the "radix-2²" arrangement: the same butterflies, half the memory traffic).
 */

/** Twiddle factors of one FFT length. */
export interface FftTable {
  /** Transform length (a power of two ≥ 2). */
  size: number;
  /** cos(2πk / size) and sin(2πk / size), k < size / 2. */
  cos: Float64Array;
  sin: Float64Array;
}

/**
 * The twiddle factors of an FFT of the given length.
 * @param size - transform length, a power of two ≥ 2
 * @returns the table
 * @throws RangeError when `size` is not a power of two ≥ 2
 * @example
 * fftTable(1024).cos.length; // 512
 */
export function fftTable(size: number): FftTable {
  if (!(size >= 2 && Number.isInteger(Math.log2(size)))) {
    throw new RangeError(`fftTable: size ${size} is not a power of two >= 2`);
  }
  const cos = new Float64Array(size / 2);
  const sin = new Float64Array(size / 2);
  for (let k = 0; k < size / 2; k++) {
    cos[k] = Math.cos((2 * Math.PI * k) / size);
    sin[k] = Math.sin((2 * Math.PI * k) / size);
  }
  return { size, cos, sin };
}

/**
 * Forward transform in place, X_k = Σ_n x_n e^{−2πikn/N}, output in bit-reversed order (X_k at
 * the index whose bits reverse those of k).
 * @param re - real parts, length `table.size`, natural order
 * @param im - imaginary parts, likewise
 * @param table - from {@link fftTable}
 * @example
 * const re = Float64Array.of(1, 0, 0, 0);
 * const im = new Float64Array(4);
 * fftForward(re, im, fftTable(4)); // re = [1, 1, 1, 1]
 */
export function fftForward(re: Float64Array, im: Float64Array, table: FftTable): void {
  const { size, cos, sin } = table;
  let span = size / 2;
  for (; span >= 2; span /= 4) {
    // Stages of span `span` and `span / 2`: a0..a3 are quarter-blocks of 2·span samples.
    const q = span / 2;
    const stride = size / (2 * span);
    for (let k = 0; k < q; k++) {
      const w1r = cos[k * stride] ?? 0;
      const w1i = -(sin[k * stride] ?? 0);
      const w2r = cos[2 * k * stride] ?? 0;
      const w2i = -(sin[2 * k * stride] ?? 0);
      for (let a0 = k; a0 < size; a0 += 2 * span) {
        const a1 = a0 + q;
        const a2 = a0 + span;
        const a3 = a2 + q;
        const x0r = re[a0] ?? 0;
        const x0i = im[a0] ?? 0;
        const x1r = re[a1] ?? 0;
        const x1i = im[a1] ?? 0;
        const x2r = re[a2] ?? 0;
        const x2i = im[a2] ?? 0;
        const x3r = re[a3] ?? 0;
        const x3i = im[a3] ?? 0;
        // First stage: (a0, a2) with w1, (a1, a3) with w1·(−i).
        const dr = x0r - x2r;
        const di = x0i - x2i;
        const er = x1i - x3i;
        const ei = x3r - x1r;
        const b2r = w1r * dr - w1i * di;
        const b2i = w1r * di + w1i * dr;
        const b3r = w1r * er - w1i * ei;
        const b3i = w1r * ei + w1i * er;
        const b0r = x0r + x2r;
        const b0i = x0i + x2i;
        const b1r = x1r + x3r;
        const b1i = x1i + x3i;
        // Second stage: (a0, a1) and (a2, a3), both with w2.
        re[a0] = b0r + b1r;
        im[a0] = b0i + b1i;
        re[a1] = w2r * (b0r - b1r) - w2i * (b0i - b1i);
        im[a1] = w2r * (b0i - b1i) + w2i * (b0r - b1r);
        re[a2] = b2r + b3r;
        im[a2] = b2i + b3i;
        re[a3] = w2r * (b2r - b3r) - w2i * (b2i - b3i);
        im[a3] = w2r * (b2i - b3i) + w2i * (b2r - b3r);
      }
    }
  }
  if (span === 1) {
    radix2Pass(re, im, size);
  }
}

/**
 * Inverse transform in place, x_n = Σ_k X_k e^{+2πikn/N} (not divided by N), input in
 * bit-reversed order as left by {@link fftForward}, output in natural order.
 * @param re - real parts, length `table.size`, bit-reversed order
 * @param im - imaginary parts, likewise
 * @param table - from {@link fftTable}
 * @example
 * fftInverse(re, im, fftTable(4)); // after fftForward: 4 × the original
 */
export function fftInverse(re: Float64Array, im: Float64Array, table: FftTable): void {
  const { size, cos, sin } = table;
  let span = 1;
  if ((Math.log2(size) & 1) === 1) {
    radix2Pass(re, im, size);
    span = 2;
  }
  for (; span < size; span *= 4) {
    // Stages of span `span` and `2·span`.
    const stride = size / (4 * span);
    for (let k = 0; k < span; k++) {
      const w1r = cos[2 * k * stride] ?? 0;
      const w1i = sin[2 * k * stride] ?? 0;
      const w2r = cos[k * stride] ?? 0;
      const w2i = sin[k * stride] ?? 0;
      for (let a0 = k; a0 < size; a0 += 4 * span) {
        const a1 = a0 + span;
        const a2 = a1 + span;
        const a3 = a2 + span;
        const x0r = re[a0] ?? 0;
        const x0i = im[a0] ?? 0;
        const x2r = re[a2] ?? 0;
        const x2i = im[a2] ?? 0;
        const x1r = re[a1] ?? 0;
        const x1i = im[a1] ?? 0;
        const x3r = re[a3] ?? 0;
        const x3i = im[a3] ?? 0;
        // First stage: (a0, a1) and (a2, a3), both with w1.
        const t1r = w1r * x1r - w1i * x1i;
        const t1i = w1r * x1i + w1i * x1r;
        const t3r = w1r * x3r - w1i * x3i;
        const t3i = w1r * x3i + w1i * x3r;
        const b0r = x0r + t1r;
        const b0i = x0i + t1i;
        const b1r = x0r - t1r;
        const b1i = x0i - t1i;
        const b2r = x2r + t3r;
        const b2i = x2i + t3i;
        const b3r = x2r - t3r;
        const b3i = x2i - t3i;
        // Second stage: (a0, a2) with w2, (a1, a3) with w2·i.
        const t2r = w2r * b2r - w2i * b2i;
        const t2i = w2r * b2i + w2i * b2r;
        const u3r = -(w2r * b3i + w2i * b3r);
        const u3i = w2r * b3r - w2i * b3i;
        re[a0] = b0r + t2r;
        im[a0] = b0i + t2i;
        re[a2] = b0r - t2r;
        im[a2] = b0i - t2i;
        re[a1] = b1r + u3r;
        im[a1] = b1i + u3i;
        re[a3] = b1r - u3r;
        im[a3] = b1i - u3i;
      }
    }
  }
}

/** One radix-2 stage of span 1 (twiddle 1), the odd stage of a length 2^(2m+1). */
function radix2Pass(re: Float64Array, im: Float64Array, size: number): void {
  for (let a = 0; a < size; a += 2) {
    const ar = re[a] ?? 0;
    const ai = im[a] ?? 0;
    const br = re[a + 1] ?? 0;
    const bi = im[a + 1] ?? 0;
    re[a] = ar + br;
    im[a] = ai + bi;
    re[a + 1] = ar - br;
    im[a + 1] = ai - bi;
  }
}
