import { describe, expect, it } from 'vitest';
import { fftForward, fftInverse, fftTable } from './fft.js';

/** Index whose `bits` low bits reverse those of k. */
function reversed(k: number, bits: number): number {
  let r = 0;
  for (let b = 0; b < bits; b++) {
    r |= ((k >> b) & 1) << (bits - 1 - b);
  }
  return r;
}

/** The DFT by its definition, X_k = Σ x_n e^{−2πikn/N}. */
function dft(re: Float64Array, im: Float64Array): [Float64Array, Float64Array] {
  const n = re.length;
  const outRe = new Float64Array(n);
  const outIm = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    for (let t = 0; t < n; t++) {
      const a = (-2 * Math.PI * k * t) / n;
      outRe[k] = (outRe[k] ?? 0) + (re[t] ?? 0) * Math.cos(a) - (im[t] ?? 0) * Math.sin(a);
      outIm[k] = (outIm[k] ?? 0) + (re[t] ?? 0) * Math.sin(a) + (im[t] ?? 0) * Math.cos(a);
    }
  }
  return [outRe, outIm];
}

describe('fftForward and fftInverse', () => {
  it('a unit impulse has a flat spectrum', () => {
    const re = Float64Array.of(1, 0, 0, 0, 0, 0, 0, 0);
    const im = new Float64Array(8);
    fftForward(re, im, fftTable(8));
    expect(Array.from(re)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(Array.from(im)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('e^{2πi·3n/16} puts 16 into bin 3, found at its bit-reversed index', () => {
    const re = Float64Array.from({ length: 16 }, (_, n) => Math.cos((2 * Math.PI * 3 * n) / 16));
    const im = Float64Array.from({ length: 16 }, (_, n) => Math.sin((2 * Math.PI * 3 * n) / 16));
    fftForward(re, im, fftTable(16));
    for (let k = 0; k < 16; k++) {
      expect(re[reversed(k, 4)]).toBeCloseTo(k === 3 ? 16 : 0, 10);
      expect(im[reversed(k, 4)]).toBeCloseTo(0, 10);
    }
  });

  it.each([2, 4, 8, 32, 64])(
    'length %i: the DFT of its definition; inverse gives N × input',
    (n) => {
      const re = Float64Array.from({ length: n }, (_, i) => Math.sin(i * 1.7) + 0.3 * i);
      const im = Float64Array.from({ length: n }, (_, i) => Math.cos(i * 0.9) - 1);
      const [expectRe, expectIm] = dft(re, im);
      const table = fftTable(n);
      const outRe = re.slice();
      const outIm = im.slice();
      fftForward(outRe, outIm, table);
      const bits = Math.log2(n);
      for (let k = 0; k < n; k++) {
        expect(outRe[reversed(k, bits)]).toBeCloseTo(expectRe[k] ?? 0, 9);
        expect(outIm[reversed(k, bits)]).toBeCloseTo(expectIm[k] ?? 0, 9);
      }
      fftInverse(outRe, outIm, table);
      for (let t = 0; t < n; t++) {
        expect((outRe[t] ?? 0) / n).toBeCloseTo(re[t] ?? 0, 12);
        expect((outIm[t] ?? 0) / n).toBeCloseTo(im[t] ?? 0, 12);
      }
    },
  );

  it('rejects a length that is not a power of two', () => {
    expect(() => fftTable(12)).toThrow(RangeError);
  });
});
