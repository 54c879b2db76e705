import { describe, expect, it } from 'vitest';
import { boardClocks, caseFlags } from './case-review.js';

describe('boardClocks', () => {
  it('gives the chest-pain board its four clocks with the dictionary’s targets', () => {
    const clocks = boardClocks('chest_pain', {
      first_medical_contact: '2026-03-01T00:00:00.000Z',
      first_ecg: '2026-03-01T00:06:00.000Z',
      door: '2026-03-01T01:00:00.000Z',
    });
    // Targets from shared/metrics/five-centres.md: FMC→ECG 10, D2W 90, DIDO 30, D2N 30 min.
    expect(clocks).toEqual([
      {
        metricId: 'cp.fmc_to_ecg',
        startEvent: 'first_medical_contact',
        endEvent: 'first_ecg',
        startAt: '2026-03-01T00:00:00.000Z',
        endAt: '2026-03-01T00:06:00.000Z',
        targetMin: 10,
      },
      {
        metricId: 'cp.d2w',
        startEvent: 'door',
        endEvent: 'wire_crossing',
        startAt: '2026-03-01T01:00:00.000Z',
        endAt: null,
        targetMin: 90,
      },
      {
        metricId: 'cp.dido',
        startEvent: 'door',
        endEvent: 'departure_for_pci',
        startAt: '2026-03-01T01:00:00.000Z',
        endAt: null,
        targetMin: 30,
      },
      {
        metricId: 'cp.d2n',
        startEvent: 'door',
        endEvent: 'lysis_start',
        startAt: '2026-03-01T01:00:00.000Z',
        endAt: null,
        targetMin: 30,
      },
    ]);
  });

  it('has no clocks for a centre without board metrics', () => {
    expect(boardClocks('maternal', {})).toEqual([]);
  });
});

describe('caseFlags', () => {
  it('flags a first ECG before first medical contact and keeps both events', () => {
    const events = {
      first_medical_contact: '2026-03-01T00:10:00.000Z',
      first_ecg: '2026-03-01T00:00:00.000Z',
    };
    const flags = caseFlags('chest_pain', events, {});
    expect(flags.map((f) => [f.code, f.events])).toContainEqual([
      'order_violation',
      ['first_medical_contact', 'first_ecg'],
    ]);
    expect(Object.keys(events)).toHaveLength(2);
  });
});
