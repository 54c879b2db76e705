/**
 * Long QT (Rautaharju et al. 2009 thresholds) and low QRS voltage on constructed measurements
 * (hand-built values), at the edges.
 */
import { describe, expect, it } from 'vitest';
import { constructedMeasurements, type ConstructedLead } from './constructed-measurements.js';
import { assessLongQt, assessLowVoltage } from './qt-voltage.js';

const withQtc = (qtcBazettMs: number | null) =>
  constructedMeasurements({ II: {} }, { qtcBazettMs });

describe('long QT (constructed)', () => {
  it.each([
    [{ sex: 'male' as const }, 450, null],
    [{ sex: 'male' as const }, 451, 'longQt'],
    [{ sex: 'female' as const }, 460, null],
    [{ sex: 'female' as const }, 461, 'longQt'],
    [{}, 451, 'longQt'],
    [{ sex: 'female' as const }, 499, 'longQt'],
    [{ sex: 'female' as const }, 500, 'markedlyLongQt'],
  ])('%j QTc %d ms → %s', (context, qtc, code) => {
    expect(assessLongQt(withQtc(qtc), context)?.code ?? null).toBe(code);
  });

  it("sex unknown applies the men's 450 ms and says so", () => {
    expect(assessLongQt(withQtc(455))?.evidence[0]?.quantity).toMatch(
      /sex unknown: men's threshold/,
    );
  });

  it('attaches QRS duration and heart rate: a wide QRS or a fast rate qualifies the QTc', () => {
    const m = constructedMeasurements(
      { II: {} },
      { qtcBazettMs: 480, qrsDurationMs: 140, heartRateBpm: 110 },
    );
    const evidence = assessLongQt(m, { sex: 'male' })?.evidence ?? [];
    expect(evidence).toContainEqual(
      expect.objectContaining({ quantity: 'QRS duration', value: 140 }),
    );
    expect(evidence).toContainEqual(
      expect.objectContaining({ quantity: 'heart rate', value: 110, unit: 'bpm' }),
    );
  });

  it('no QTc, no finding', () => {
    expect(assessLongQt(withQtc(null))).toBeNull();
  });
});

describe('low QRS voltage (constructed)', () => {
  const limb = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF'];
  const chest = ['V1', 'V2', 'V3', 'V4', 'V5', 'V6'];
  const record = (limbUv: number, chestUv: number, except?: [string, number]) => {
    const leads: Record<string, ConstructedLead> = {};
    for (const name of [...limb, ...chest]) {
      const total = except?.[0] === name ? except[1] : limb.includes(name) ? limbUv : chestUv;
      leads[name] = { r: total / 2, s: -total / 2, q: 0 };
    }
    return constructedMeasurements(leads);
  };

  it('every limb lead < 500 µV peak-to-peak', () => {
    expect(assessLowVoltage(record(499, 1500))?.text).toBe('Low QRS voltage in the limb leads');
    expect(assessLowVoltage(record(499, 1500, ['aVL', 500]))).toBeNull();
  });

  it('every chest lead < 1000 µV, or both groups', () => {
    expect(assessLowVoltage(record(800, 999))?.text).toBe('Low QRS voltage in the chest leads');
    expect(assessLowVoltage(record(400, 900))?.text).toBe(
      'Low QRS voltage in the limb and chest leads',
    );
    expect(assessLowVoltage(record(800, 1000))).toBeNull();
  });

  it('a group with a missing lead is not assessed', () => {
    const m = constructedMeasurements({ I: { r: 100, s: 0 }, II: { r: 100, s: 0 } });
    expect(assessLowVoltage(m)).toBeNull();
  });
});
