/** The mean of a running minimum and a running maximum against the direct formula. */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../qrs/synthetic-ecg.js';
import { extremePairMeanInto } from './extreme-pair-mean.js';

describe('mean of the running minimum of one signal and the running maximum of another', () => {
  it('is (min + max) / 2 over each centred window, clipped at the ends, written or subtracted', () => {
    const random = seededRandom(5);
    for (const n of [1, 2, 5, 17, 100, 257]) {
      for (const window of [1, 2, 3, 8, 33, 51, 300]) {
        const low = Float32Array.from({ length: n }, () => Math.round(100 * random()));
        const high = Float32Array.from({ length: n }, () => Math.round(100 * random()));
        const start = Float64Array.from({ length: n }, () => 1000 * random());
        const scratch = { lowSuffix: new Float32Array(n), highSuffix: new Float32Array(n) };
        const written = new Float64Array(n);
        extremePairMeanInto(low, high, window, written, false, scratch);
        const subtracted = Float64Array.from(start);
        extremePairMeanInto(low, high, window, subtracted, true, scratch);
        const h = Math.floor(window / 2);
        for (let i = 0; i < n; i++) {
          const from = Math.max(0, i - h);
          const to = Math.min(n - 1, i + h);
          const mean =
            (Math.min(...low.subarray(from, to + 1)) + Math.max(...high.subarray(from, to + 1))) /
            2;
          expect(written[i]).toBe(mean);
          expect(subtracted[i]).toBe((start[i] as number) - mean);
        }
      }
    }
  });
});
