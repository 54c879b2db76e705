/** The extremes of lead − slow part (`slow-interpolation.ts`) against the written-out difference. */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../qrs/synthetic-ecg.js';
import { slowParts } from './slow-baseline.js';
import { rangeMinusSlow, subtractSlow } from './slow-interpolation.js';

describe('extremes of a lead minus its slow part', () => {
  it('are the smallest and largest value subtractSlow writes, for any window and rate', () => {
    const random = seededRandom(8);
    for (const rate of [150, 250, 360, 500, 1000]) {
      const n = 4 * rate + 3;
      const x = Float32Array.from({ length: n }, (_, i) => 600 * Math.sin(i / 50) + 90 * random());
      const [part] = slowParts([x], rate, 0.5);
      if (!part) {
        throw new Error('no slow part');
      }
      const full = new Float32Array(n);
      subtractSlow(x, part, full);
      const range = new Float64Array(2);
      for (const [start, end] of [
        [0, n],
        [7, n - 11],
        [n - 1, n],
        [0, 1],
      ] as const) {
        rangeMinusSlow(x, part, start, end, range);
        const window = Array.from(full.subarray(start, end));
        expect([range[0], range[1]], `${rate} Hz [${start}, ${end})`).toEqual([
          Math.min(...window),
          Math.max(...window),
        ]);
      }
    }
  });
});
