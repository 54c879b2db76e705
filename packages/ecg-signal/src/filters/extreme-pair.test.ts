import { describe, expect, it } from 'vitest';
import { seededRandom } from '../qrs/synthetic-ecg.js';
import { extremePairInto } from './extreme-pair.js';

describe('running minimum and maximum in one pass', () => {
  it('equal the minimum and maximum over each centred window, clipped at the ends', () => {
    const random = seededRandom(3);
    for (const n of [1, 2, 5, 17, 100, 257]) {
      for (const window of [1, 2, 3, 8, 33, 51, 300]) {
        const low = Float32Array.from({ length: n }, () => Math.round(100 * random()));
        const high = Float32Array.from({ length: n }, () => Math.round(100 * random()));
        const outLow = new Float32Array(n);
        const outHigh = new Float32Array(n);
        const scratch = {
          lowPrefix: new Float32Array(n),
          lowSuffix: new Float32Array(n),
          highPrefix: new Float32Array(n),
          highSuffix: new Float32Array(n),
        };
        extremePairInto(low, high, window, outLow, outHigh, scratch);
        const h = Math.floor(window / 2);
        for (let i = 0; i < n; i++) {
          const from = Math.max(0, i - h);
          const to = Math.min(n - 1, i + h);
          expect(outLow[i]).toBe(Math.min(...low.subarray(from, to + 1)));
          expect(outHigh[i]).toBe(Math.max(...high.subarray(from, to + 1)));
        }
      }
    }
  });
});
