import { describe, expect, it } from 'vitest';
import { seededRandom } from '../qrs/synthetic-ecg.js';
import { morphologicalBaseline, openOrClose, runningExtreme } from './morphology.js';

/** Brute-force centred window extreme, clipped at the ends. */
function bruteForce(x: Float64Array, w: number, kind: 'min' | 'max'): number[] {
  const h = Math.floor(w / 2);
  return Array.from(x, (_, i) => {
    const part = x.subarray(Math.max(0, i - h), Math.min(x.length, i + h + 1));
    return kind === 'max' ? Math.max(...part) : Math.min(...part);
  });
}

describe('running min/max (van Herk / Gil–Werman)', () => {
  it('equals the brute-force extreme for random lengths and windows', () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(random() * 80);
      const w = 1 + Math.floor(random() * 30);
      const x = Float64Array.from({ length: n }, () => Math.round(random() * 100));
      for (const kind of ['min', 'max'] as const) {
        expect(Array.from(runningExtreme(x, w, kind))).toEqual(bruteForce(x, w, kind));
      }
    }
  });
});

describe('morphological baseline (Sun, Chan & Krishnan 2002)', () => {
  it('an opening removes a peak narrower than the element and keeps a wider plateau', () => {
    const x = new Float64Array(200);
    x.fill(5, 50, 55); // 5 samples wide
    x.fill(3, 100, 160); // 60 samples wide
    const opened = openOrClose(x, 21, 'opening');
    expect(Math.max(...opened.subarray(40, 70))).toBe(0);
    expect(opened[130]).toBe(3);
  });

  it('keeps a step in the baseline and leaves a narrow spike out of it', () => {
    const fs = 500;
    const x = Float64Array.from({ length: 4 * fs }, (_, i) => (i < 2 * fs ? 0 : 1000));
    x[fs] = 1500; // a one-sample spike, far narrower than the 200 ms element
    const baseline = morphologicalBaseline(x, fs);
    expect(baseline[fs]).toBe(0);
    expect(baseline[3 * fs]).toBe(1000);
    expect(baseline[2 * fs - 1]).toBe(0);
    expect(baseline[2 * fs]).toBe(1000);
  });

  it('equals the mean of close(open(x)) and open(close(x)) built from single operators', () => {
    const random = seededRandom(3);
    for (const [n, fs] of [
      [700, 166.7],
      [2500, 500],
      [90, 125],
    ] as const) {
      const x = Float64Array.from({ length: n }, (_, i) =>
        Math.round(500 * Math.sin(i / 17) + 300 * random() + (i % 97 < 6 ? 2000 : 0)),
      );
      const first = Math.round(0.2 * fs);
      const second = Math.round(0.3 * fs);
      const openClose = openOrClose(openOrClose(x, first, 'opening'), second, 'closing');
      const closeOpen = openOrClose(openOrClose(x, first, 'closing'), second, 'opening');
      const expected = Array.from(openClose, (v, i) => (v + (closeOpen[i] ?? 0)) / 2);
      expect(Array.from(morphologicalBaseline(x, fs))).toEqual(expected);
    }
  });
});
