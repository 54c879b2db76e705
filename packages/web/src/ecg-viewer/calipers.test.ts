import { STANDARD_12_LEADS } from '@gesang/ecg-signal';
import { describe, expect, it } from 'vitest';
import {
  caliperPointToPaper,
  caliperReading,
  formatCaliperReading,
  paperToCaliperPoint,
  type CaliperScale,
} from './calipers.js';
import { layoutPaper, type Panel } from './layout.js';

const sheet = layoutPaper({
  layout: '3x4',
  leadNames: [...STANDARD_12_LEADS],
  sampleCount: 5000,
  sampleRateHz: 500,
  speedMmPerS: 25,
  gainMmPerMv: 10,
  zoomLeadIndex: 0,
});
const aVR = sheet.panels.find((p) => p.leadName === 'aVR') as Panel;
const standard: CaliperScale = { speedMmPerS: 25, gainMmPerMv: 10, sampleRateHz: 500 };

/** Reading of a caliper dragged over `dxMm` and `dyMm` (up) on aVR at the given scale. */
function drag(dxMm: number, dyUpMm: number, scale: CaliperScale = standard) {
  const from = paperToCaliperPoint(aVR, aVR.xMm + 10, aVR.baselineMm, scale);
  const to = paperToCaliperPoint(aVR, aVR.xMm + 10 + dxMm, aVR.baselineMm - dyUpMm, scale);
  return caliperReading({ panelKey: aVR.key, from, to }, scale.sampleRateHz);
}

// Expected values come from the paper standard: 25 mm/s → 1 mm = 40 ms, 5 mm = 200 ms;
// 50 mm/s → 1 mm = 20 ms; 10 mm/mV → 1 mm = 0.1 mV; rate = 300 / large squares at 25 mm/s.
describe('calipers', () => {
  it('read 40 ms per small square and 200 ms per large square at 25 mm/s', () => {
    expect(drag(1, 0).intervalMs).toBeCloseTo(40, 9);
    expect(drag(5, 0).intervalMs).toBeCloseTo(200, 9);
    expect(drag(-5, 0).intervalMs).toBeCloseTo(200, 9);
  });

  it('read 20 ms per small square at 50 mm/s', () => {
    expect(drag(1, 0, { ...standard, speedMmPerS: 50 }).intervalMs).toBeCloseTo(20, 9);
  });

  it('read 0.1 mV per small square at 10 mm/mV, 0.2 at 5, 0.05 at 20', () => {
    expect(drag(0, 1).amplitudeMv).toBeCloseTo(0.1, 9);
    expect(drag(0, 10).amplitudeMv).toBeCloseTo(1, 9);
    expect(drag(0, -2).amplitudeMv).toBeCloseTo(-0.2, 9);
    expect(drag(0, 1, { ...standard, gainMmPerMv: 5 }).amplitudeMv).toBeCloseTo(0.2, 9);
    expect(drag(0, 1, { ...standard, gainMmPerMv: 20 }).amplitudeMv).toBeCloseTo(0.05, 9);
  });

  it('give the rate of an RR interval: 4 large squares = 75 /min, 1 = 300 /min', () => {
    expect(drag(20, 0).rateBpm).toBeCloseTo(75, 9);
    expect(drag(5, 0).rateBpm).toBeCloseTo(300, 9);
    expect(drag(0, 3).rateBpm).toBeNull();
    expect(drag(2, 0).rateBpm).toBeNull(); // 80 ms: a QRS, not an RR interval
  });

  it('keep the time of the panel window: aVR starts at 2.5 s', () => {
    const start = paperToCaliperPoint(aVR, aVR.xMm, aVR.baselineMm, standard);
    expect(start).toEqual({ sample: 1250, valueUv: 0 });
    const point = paperToCaliperPoint(aVR, aVR.xMm + 5, aVR.baselineMm - 10, standard);
    expect(point.sample).toBeCloseTo(1350, 9); // 2.5 s + 200 ms at 500 Hz
    expect(point.valueUv).toBeCloseTo(1000, 9);
    const back = caliperPointToPaper(aVR, point, standard);
    expect(back.xMm).toBeCloseTo(aVR.xMm + 5, 9);
    expect(back.yMm).toBeCloseTo(aVR.baselineMm - 10, 9);
  });

  it('prints interval, rate and signed amplitude', () => {
    expect(formatCaliperReading({ intervalMs: 800, amplitudeMv: 1, rateBpm: 75 })).toBe(
      'Δt 800 ms · 75 /min · ΔV +1.00 mV',
    );
    expect(formatCaliperReading({ intervalMs: 0, amplitudeMv: -0.15, rateBpm: null })).toBe(
      'Δt 0 ms · ΔV −0.15 mV',
    );
  });
});
