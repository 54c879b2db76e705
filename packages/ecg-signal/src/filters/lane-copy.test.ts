/** Interleaving with odd-reflected padding and back (`lane-copy.ts`), worked by hand. */
import { describe, expect, it } from 'vitest';
import { laneInto, padLanesInto } from './lane-copy.js';

describe('interleaved lanes', () => {
  it('pads each signal by odd reflection about its end samples and interleaves the four', () => {
    const a = Float32Array.of(1, 2, 4);
    const b = Float64Array.of(10, 20, 40);
    const lanes = new Float64Array(4 * 7);
    padLanesInto([a, a, a, b], 2, lanes);
    // a padded by 2: 2·1 − 4, 2·1 − 2, 1, 2, 4, 2·4 − 2, 2·4 − 1 (mixed array types take the
    // general copy).
    const laneOf = (k: number): number[] =>
      Array.from({ length: 7 }, (_, i) => lanes[4 * i + k] ?? NaN);
    expect(laneOf(0)).toEqual([-2, 0, 1, 2, 4, 6, 7]);
    expect(laneOf(2)).toEqual([-2, 0, 1, 2, 4, 6, 7]);
    expect(laneOf(3)).toEqual([-20, 0, 10, 20, 40, 60, 70]);
  });

  it('copies a lane back out, rounded to float32 where the destination is float32', () => {
    const lanes = new Float64Array(4 * 5).map((_, j) => j + 0.1);
    const out32 = new Float32Array(3);
    const out64 = new Float64Array(3);
    laneInto(lanes, 1, 2, 3, out32);
    laneInto(lanes, 1, 2, 3, out64);
    expect(Array.from(out64)).toEqual([9.1, 13.1, 17.1]);
    expect(Array.from(out32)).toEqual([9.1, 13.1, 17.1].map(Math.fround));
  });
});
