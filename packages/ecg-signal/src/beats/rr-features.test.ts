import { describe, expect, it } from 'vitest';
import { interquartileMean, rrFeatures } from './rr-features.js';

describe('interquartileMean', () => {
  it('averages the middle half and ignores outliers', () => {
    expect(interquartileMean([1, 2, 3, 100])).toBe(2.5);
    expect(interquartileMean([800, 810, 790, 2400, 400])).toBe(800);
    expect(interquartileMean([])).toBeNaN();
  });
});

describe('rrFeatures (synthetic beat train)', () => {
  it('gives pre-RR, post-RR and a local RR that a premature beat barely moves', () => {
    // 360 Hz: beats every 288 samples (800 ms), the 6th early by 40 % with a compensatory pause.
    const times = [0, 288, 576, 864, 1152, 1325, 1728, 2016, 2304, 2592];
    const rr = rrFeatures(Int32Array.from(times), 360);
    expect(rr.preRrMs[0]).toBeNaN();
    expect(rr.postRrMs[9]).toBeNaN();
    expect(rr.preRrMs[5]).toBeCloseTo(480.6, 1);
    expect(rr.postRrMs[5]).toBeCloseTo(1119.4, 1);
    expect(rr.localRrMs[5]).toBeCloseTo(800, 0);
    expect((rr.preRrMs[5] ?? 0) / (rr.localRrMs[5] ?? 1)).toBeLessThan(0.65);
  });
});
