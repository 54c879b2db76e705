import { describe, expect, it } from 'vitest';
import {
  CSS_PX_PER_MM,
  crispLinePx,
  cssPxPerMm,
  mmToSample,
  mmToSeconds,
  mmToUv,
  msPerMm,
  mvPerMm,
  sampleToMm,
  secondsToMm,
  uvToMm,
} from './paper.js';

// Expected values are the paper standard itself (IEC 60601-2-25; Kligfield et al. 2007):
// 25 mm/s → 1 mm = 40 ms, 5 mm = 200 ms; 50 mm/s → 1 mm = 20 ms; 10 mm/mV → 1 mm = 0.1 mV.
describe('ECG paper', () => {
  it('spans 40 ms per small square at 25 mm/s and 20 ms at 50 mm/s', () => {
    expect(msPerMm(25)).toBe(40);
    expect(msPerMm(50)).toBe(20);
    expect(mmToSeconds(5, 25)).toBeCloseTo(0.2, 12); // one large square
    expect(mmToSeconds(25, 25)).toBe(1); // five large squares = 1 s
  });

  it('spans 0.1 mV per small square at 10 mm/mV, 0.2 at 5 and 0.05 at 20', () => {
    expect(mvPerMm(10)).toBeCloseTo(0.1, 12);
    expect(mvPerMm(5)).toBeCloseTo(0.2, 12);
    expect(mvPerMm(20)).toBeCloseTo(0.05, 12);
    expect(mmToUv(1, 10)).toBeCloseTo(100, 9);
    expect(mmToUv(10, 10)).toBeCloseTo(1000, 9); // two large squares = 1 mV
  });

  it('draws the 1 mV calibration pulse 10 mm high at 10 mm/mV, 5 at 5, 20 at 20', () => {
    expect(uvToMm(1000, 10)).toBe(10);
    expect(uvToMm(1000, 5)).toBe(5);
    expect(uvToMm(1000, 20)).toBe(20);
    expect(uvToMm(-500, 10)).toBe(-5);
  });

  it('puts 10 s on 250 mm at 25 mm/s (the width of a 12-lead page) and 2.5 s on 62.5 mm', () => {
    expect(secondsToMm(10, 25)).toBe(250);
    expect(secondsToMm(2.5, 25)).toBe(62.5);
    expect(secondsToMm(10, 50)).toBe(500);
  });

  it('maps samples to paper and back at the record rate', () => {
    expect(sampleToMm(500, 500, 25)).toBe(25); // 1 s at 500 Hz
    expect(sampleToMm(1000, 1000, 50)).toBe(50);
    expect(sampleToMm(20, 500, 25)).toBeCloseTo(1, 12); // 40 ms = 1 mm
    expect(mmToSample(1, 500, 25)).toBeCloseTo(20, 12);
    expect(mmToSample(sampleToMm(1234, 360, 25), 360, 25)).toBeCloseTo(1234, 9);
  });

  it('uses the CSS inch (96 px = 25.4 mm) times the calibration', () => {
    expect(CSS_PX_PER_MM * 25.4).toBeCloseTo(96, 12);
    expect(cssPxPerMm()).toBeCloseTo(3.7795, 4);
    expect(cssPxPerMm(1.1)).toBeCloseTo(4.1575, 4);
  });

  it('centres hairlines on device pixels', () => {
    expect(crispLinePx(10.2, 1)).toBe(10.5);
    expect(crispLinePx(10, 1)).toBe(10.5);
    expect(crispLinePx(10.2, 2)).toBe(10.25);
    expect(crispLinePx(10.6, 2)).toBe(10.75);
  });
});
