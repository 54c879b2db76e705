/** The QRS feature's decimation and moving RMS slope against direct formulas worked out here. */
import { describe, expect, it } from 'vitest';
import { decimateTriangular } from './qrs-feature.js';
import { movingRmsSlope } from './slope-rms.js';
import { seededRandom } from './synthetic-ecg.js';

describe('triangular decimation', () => {
  it('weights 1-2-1 / 4 (factor 2) and 1-2-3-2-1 / 9 (factor 3), renormalised at the ends', () => {
    // Factor 2, output 0: (2·0 + 1·4) / 3 at the start; output 1: (4 + 2·8 + 4) / 4.
    expect(Array.from(decimateTriangular(Float32Array.of(0, 4, 8, 4), 2))).toEqual([4 / 3, 6]);
    const x = Float32Array.of(9, 0, 9, 0, 9, 18, 0, 0);
    // Factor 3, centres 0, 3, 6: (3·9 + 2·0 + 9) / 6, (0 + 2·9 + 3·0 + 2·9 + 18) / 9,
    // (9 + 2·18 + 3·0 + 2·0) / 8.
    const got = Array.from(decimateTriangular(x, 3));
    [36 / 6, 54 / 9, 45 / 8].forEach((v, k) => expect(got[k]).toBeCloseTo(v, 12));
  });
});

describe('moving RMS of the slope', () => {
  it('is the root mean square of the five-point slope over each centred window', () => {
    const random = seededRandom(4);
    const rate = 180;
    const band = Float64Array.from(
      { length: 700 },
      (_, i) => 300 * Math.sin(i / 7) + 40 * random(),
    );
    const rounded = new Float32Array(band.length);
    const got = movingRmsSlope(band, rate, 100, rounded);
    const n = band.length;
    const slope = (j: number): number =>
      j < 2 || j >= n - 2
        ? 0
        : ((8 * ((band[j + 1] ?? 0) - (band[j - 1] ?? 0)) -
            ((band[j + 2] ?? 0) - (band[j - 2] ?? 0))) *
            rate) /
          12;
    const w = 18; // 100 ms at 180 Hz
    for (const i of [0, 5, 9, 10, 300, 690, 699]) {
      const from = Math.max(0, i - w / 2);
      const to = Math.min(n, i - w / 2 + w);
      let sum = 0;
      for (let j = from; j < to; j++) {
        sum += slope(j) ** 2;
      }
      expect(got[i]).toBeCloseTo(Math.sqrt(sum / (to - from)), 2);
    }
    expect(Array.from(rounded)).toEqual(Array.from(band, Math.fround));
  });
});
