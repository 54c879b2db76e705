/**
 * Difference decoding on hand-made streams; each expected sample is worked out by hand from the
 * definitions of EN 1064:2005 §5.7 (x[i] = d[i] + x[i−1]; x[i] = d[i] + 2x[i−1] − x[i−2]).
 */
import { describe, expect, it } from 'vitest';
import { undoDifferences } from './differences.js';

describe('undoDifferences', () => {
  it('leaves undifferenced data alone', () => {
    expect(Array.from(undoDifferences(Float64Array.of(3, -1, 4), 0))).toEqual([3, -1, 4]);
  });

  it('sums first differences', () => {
    // x = 10, 10+2, 12−5, 7+0, 7+1
    expect(Array.from(undoDifferences(Float64Array.of(10, 2, -5, 0, 1), 1))).toEqual([
      10, 12, 7, 7, 8,
    ]);
  });

  it('integrates second differences from the first two samples', () => {
    // x0 = 5, x1 = 1, x2 = 0 + 2·1 − 5 = −3, x3 = −2 + 2·(−3) − 1 = −9, x4 = 4 + 2·(−9) + 3 = −11
    expect(Array.from(undoDifferences(Float64Array.of(5, 1, 0, -2, 4), 2))).toEqual([
      5, 1, -3, -9, -11,
    ]);
  });

  it('recovers a sampled parabola from its constant second difference', () => {
    const x = [0, 1, 4, 9, 16, 25];
    const d = Float64Array.of(x[0] ?? 0, x[1] ?? 0, 2, 2, 2, 2);
    expect(Array.from(undoDifferences(d, 2))).toEqual(x);
  });
});
