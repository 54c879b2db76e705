/**
 * The filter-free window measures (`plain-measures.ts`): a lead worked by hand, and synthetic
 * leads against `measureWindows`, which finds the lead's extremes first and walks every sample.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../qrs/synthetic-ecg.js';
import { plainWindowMeasures } from './plain-measures.js';
import { measureWindows } from './window-measures.js';

describe('invalid share, constancy and rail plateaus per window', () => {
  it('a lead worked by hand: runs at the lead’s extremes, invalid samples, a constant window', () => {
    const x = Float32Array.of(1, 5, 5, 5, 2, NaN, 1, 1, 3, 3, 3, 3);
    const [w0, w1, w2] = plainWindowMeasures(x, Int32Array.of(0, 4, 8, 12), 1000);
    // Extremes 1 and 5: window 0 holds 5 three times in a row (3 ms), window 1 holds 1 twice
    // (2 ms) and one invalid sample of four, window 2 is constant at 3, no rail.
    expect([w0?.railPlateauMs, w0?.invalidFraction, w0?.constant]).toEqual([3, 0, false]);
    expect([w1?.railPlateauMs, w1?.invalidFraction, w1?.constant]).toEqual([2, 0.25, false]);
    expect([w2?.railPlateauMs, w2?.invalidFraction, w2?.constant]).toEqual([0, 0, true]);
  });

  it('agrees with measureWindows on clipped, gapped, flat and signed-zero leads', () => {
    const random = seededRandom(5);
    const wave = (i: number): number => Math.round(800 * Math.sin(i / 30) + 50 * random());
    const clipped = Float32Array.from({ length: 5000 }, (_, i) =>
      Math.max(-600, Math.min(600, wave(i))),
    );
    const gapped = Float32Array.from({ length: 5000 }, (_, i) => wave(i));
    gapped.fill(NaN, 100, 400);
    gapped.fill(Infinity, 4990);
    const zeros = Float32Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? -0 : 0));
    const dead = new Float32Array(5000).fill(NaN);
    for (const x of [clipped, gapped, zeros, dead]) {
      const exact = measureWindows(x, 500, 2000).windows;
      const bounds = Int32Array.from([...exact.map((w) => w.startSample), x.length]);
      const plain = plainWindowMeasures(x, bounds, 500);
      expect(plain.map((w) => [w.invalidFraction, w.constant, w.railPlateauMs])).toEqual(
        exact.map((w) => [w.invalidFraction, w.constant, w.railPlateauMs]),
      );
    }
  });
});
