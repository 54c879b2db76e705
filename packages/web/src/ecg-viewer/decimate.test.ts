import { describe, expect, it } from 'vitest';
import { decimateMinMax } from './decimate.js';

const points = (p: ReturnType<typeof decimateMinMax>): [number, number][] =>
  Array.from({ length: p.length }, (_, i) => [p.samples[i] ?? -1, p.valuesUv[i] ?? -1]);

describe('decimateMinMax', () => {
  it('keeps every sample when there are at most two per column', () => {
    const lead = Float32Array.of(1, 2, 3, 4, 5);
    expect(points(decimateMinMax(lead, 1, 4, 2))).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
  });

  it('keeps a one-sample spike that subsampling would drop', () => {
    // 10 s at 500 Hz drawn on 100 columns: 50 samples per column; a 1-sample pacing spike.
    const lead = new Float32Array(5000);
    lead[2137] = 5000;
    lead[3001] = -2000;
    const p = decimateMinMax(lead, 0, 5000, 50);
    expect(p.length).toBeLessThanOrEqual(200);
    expect(points(p)).toContainEqual([2137, 5000]);
    expect(points(p)).toContainEqual([3001, -2000]);
  });

  it('emits min and max of each column in time order', () => {
    const lead = Float32Array.of(0, 9, 1, 2, /* col 2 */ 5, -7, 3, 8);
    expect(points(decimateMinMax(lead, 0, 8, 4))).toEqual([
      [0, 0],
      [1, 9],
      [5, -7],
      [7, 8],
    ]);
  });

  it('never emits more than ~2 points per column for 12 leads × 10 s × 500 Hz', () => {
    const lead = Float32Array.from({ length: 5000 }, (_, i) => Math.sin(i / 7) * 1000);
    const columns = 945; // 250 mm at 3.78 px/mm
    const p = decimateMinMax(lead, 0, 5000, 5000 / columns);
    expect(p.length).toBeLessThanOrEqual(2 * (columns + 1));
    for (let i = 1; i < p.length; i++) {
      expect(p.samples[i]).toBeGreaterThan(p.samples[i - 1] ?? Infinity);
    }
  });

  it('uses columns counted from sample 0, so a scrolled window draws the same points', () => {
    const lead = Float32Array.from({ length: 1000 }, (_, i) => ((i * 37) % 101) - 50);
    const whole = points(decimateMinMax(lead, 0, 1000, 10));
    const part = points(decimateMinMax(lead, 300, 600, 10));
    expect(whole.filter(([s]) => s >= 300 && s < 600)).toEqual(part);
  });

  it('marks invalid (NaN) samples as a gap', () => {
    const lead = Float32Array.of(1, 2, NaN, NaN, NaN, NaN, 3, 4);
    const p = decimateMinMax(lead, 0, 8, 4);
    expect(points(p).map(([s, v]) => [s, Number.isNaN(v)])).toEqual([
      [0, false],
      [1, false],
      [2, true],
      [4, true],
      [6, false],
      [7, false],
    ]);
    const raw = decimateMinMax(lead, 0, 8, 1);
    expect(Number.isNaN(raw.valuesUv[2])).toBe(true);
  });

  it('returns nothing for an empty or out-of-range window', () => {
    expect(decimateMinMax(new Float32Array(10), 12, 20, 3).length).toBe(0);
    expect(decimateMinMax(new Float32Array(10), 5, 5, 3).length).toBe(0);
  });
});
