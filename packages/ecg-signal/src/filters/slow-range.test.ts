/** The bounded extremes of lead − slow part against the written-out difference (direct formula). */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../qrs/synthetic-ecg.js';
import { slowParts } from './slow-baseline.js';
import { subtractSlow, type SlowPart } from './slow-interpolation.js';
import { rangeMinusSlowBounded } from './slow-range.js';

describe('extremes of a lead minus its slow part, evaluated only where they can be', () => {
  it('are the smallest and largest value subtractSlow writes (direct formula)', () => {
    const random = seededRandom(21);
    for (const rate of [150, 250, 360, 500, 1000]) {
      for (const wander of [0, 5, 400]) {
        const n = 4 * rate + 3;
        const x = Float32Array.from(
          { length: n },
          (_, i) => 600 * Math.sin(i / 50) + 90 * random() + wander * Math.sin(i / rate),
        );
        const [part] = slowParts([x], rate, 0.5);
        if (!part) {
          throw new Error('no slow part');
        }
        // A slow part that moves a lot (its blocks' spread rivals the lead's): few samples pruned.
        const moved: SlowPart = { ...part, low: part.low.map((v, k) => v + wander * Math.cos(k)) };
        for (const p of [part, moved]) {
          const full = new Float32Array(n);
          subtractSlow(x, p, full);
          const range = new Float64Array(2);
          for (const [start, end] of [
            [0, n],
            [7, n - 11],
            [rate, 2 * rate + 1],
            [n - 1, n],
            [0, 1],
          ] as const) {
            rangeMinusSlowBounded(x, p, start, end, range);
            const window = Array.from(full.subarray(start, end));
            expect([range[0], range[1]], `${rate} Hz [${start}, ${end})`).toEqual([
              Math.min(...window),
              Math.max(...window),
            ]);
          }
        }
      }
    }
  });
});
