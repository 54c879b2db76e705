/** Selection and sliding quantiles (`robust-stats.ts`) against sorting. */
import { describe, expect, it } from 'vitest';
import { selectFloat64, selectInPlace, slidingQuantiles } from './robust-stats.js';
import { seededRandom } from './synthetic-ecg.js';

describe('order statistics', () => {
  it('select the k-th smallest of float32 and float64 arrays, with ties, as a sort does', () => {
    const random = seededRandom(2);
    for (const n of [1, 2, 3, 10, 167, 1000]) {
      const values = Array.from({ length: n }, () => Math.round(20 * random()));
      const sorted = [...values].sort((a, b) => a - b);
      for (const k of [0, n >> 1, n - 1]) {
        expect(selectInPlace(Float32Array.from(values), k)).toBe(sorted[k]);
        expect(selectInPlace(Float64Array.from(values), k)).toBe(sorted[k]);
        // Only the first n of a longer work array.
        const work = Float64Array.from([...values, -1, -1]);
        expect(selectFloat64(work, n, k)).toBe(sorted[k]);
      }
    }
  });

  it('sliding quantiles: lower nearest rank over ±radius blocks, NaN ignored', () => {
    const values = Float64Array.of(5, NaN, 1, 9, 3);
    const [median, high] = slidingQuantiles(values, 1, [0.5, 0.9]);
    // Windows: [5, NaN], [5, NaN, 1], [NaN, 1, 9], [1, 9, 3], [9, 3] without the NaN.
    expect(Array.from(median ?? [])).toEqual([5, 5, 9, 3, 9]);
    expect(Array.from(high ?? [])).toEqual([5, 5, 9, 9, 9]);
    expect(Array.from(slidingQuantiles(Float64Array.of(NaN), 2, [0.5])[0] ?? [])).toEqual([NaN]);
  });
});
