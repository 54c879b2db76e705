import { describe, expect, it } from 'vitest';
import { chooseSampleScale } from './sample-scale.js';

/** What the readers compute from the written scale and digits. */
function readBack(scaleText: string, digits: Float64Array): Float32Array {
  return Float32Array.from(digits, (digit) => Number(scaleText) * digit);
}

describe('chooseSampleScale', () => {
  it.each([
    ['2.5 µV steps', [-5, 2.5, 0, 417.5], '2.5'],
    ['4.88 µV steps', [4.88, -9.76, 488], '4.88'],
    ['whole µV with a common factor', [10, -20, 30], '10'],
    ['0.1 µV steps', [0.1, 0.3, -0.7], '0.1'],
    ['all zero', [0, 0], '1'],
  ])('finds the coarsest exact step for %s', (_, values, scaleText) => {
    const samples = Float32Array.from(values);
    const scale = chooseSampleScale(samples);
    expect(scale?.scaleText).toBe(scaleText);
    expect(readBack(scale?.scaleText ?? '', scale?.digits ?? new Float64Array())).toEqual(samples);
  });

  it('keeps arbitrary float32 values exact, with a power of two when decimals cannot', () => {
    const large = Float32Array.from({ length: 200 }, (_, i) => Math.cos(i) * 3e3);
    const largeScale = chooseSampleScale(large);
    expect(readBack(largeScale?.scaleText ?? '', largeScale?.digits ?? new Float64Array())).toEqual(
      large,
    );
    // Sub-nanovolt detail: no step of 10^-6 µV or coarser is exact, 2^-k is.
    const tiny = Float32Array.from({ length: 200 }, (_, i) => Math.cos(i) * 1e-3);
    const tinyScale = chooseSampleScale(tiny);
    expect(Number.isInteger(Math.log2(Number(tinyScale?.scaleText)))).toBe(true);
    expect(readBack(tinyScale?.scaleText ?? '', tinyScale?.digits ?? new Float64Array())).toEqual(
      tiny,
    );
  });

  it('gives NaN digits for non-finite samples and ignores them for the step', () => {
    const scale = chooseSampleScale(new Float32Array([5, NaN, -10, Infinity]));
    expect(scale?.scaleText).toBe('5');
    expect(Array.from(scale?.digits ?? [])).toEqual([1, NaN, -2, NaN]);
  });
});
