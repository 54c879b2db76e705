import { describe, expect, it } from 'vitest';
import { bestLag, lagScratch } from './best-lag.js';

/** A smooth bump (a QRS-like Gaussian of σ = 8 samples) centred at c, µV. */
function bump(length: number, c: number): Float32Array {
  return Float32Array.from({ length }, (_, i) => 1000 * Math.exp(-((i - c) ** 2) / 128));
}

/** The template: the bump's 91 samples from `start`, centred (mean removed). */
function centredWindow(lead: Float32Array, start: number): Float64Array {
  const w = Float64Array.from(lead.subarray(start, start + 91));
  const mean = w.reduce((s, v) => s + v, 0) / w.length;
  return w.map((v) => v - mean);
}

describe('coarse-to-fine lag search', () => {
  it('finds the shift of a beat at every lag in ±10 samples, odd lags too', () => {
    const template = centredWindow(bump(400, 200), 155);
    for (let shift = -10; shift <= 10; shift++) {
      const lead = bump(400, 200 + shift);
      const found = bestLag([lead], [template], 155, 10, lagScratch(91, 10, 1));
      expect(found.lag).toBe(shift);
      expect(found.r).toBeCloseTo(1, 6);
    }
  });

  it('pools the leads and counts samples past the record as 0', () => {
    const templates = [centredWindow(bump(400, 200), 155), centredWindow(bump(400, 200), 155)];
    const leads = [bump(120, 47), bump(120, 47)]; // the window starts before the record
    const found = bestLag(leads, templates, 0, 10, lagScratch(91, 10, 2));
    expect(found.lag).toBe(2);
  });
});
