import { describe, expect, it } from 'vitest';
import { evidenceLine, measurementRows } from './machine-findings.js';

const t = ((key: string) => key) as unknown as Parameters<typeof measurementRows>[1];

describe('measurementRows', () => {
  it('rounds as a reader reads and marks missing values', () => {
    const rows = measurementRows(
      {
        heartRateBpm: 71.6,
        rrMeanMs: 838.2,
        prIntervalMs: 161.5,
        pDurationMs: null,
        qrsDurationMs: 92.4,
        qtIntervalMs: 380,
        qtcBazettMs: 415.7,
        qtcFridericiaMs: 403.2,
        pAxisDeg: 55.4,
        qrsAxisDeg: -12.6,
        tAxisDeg: null,
        leads: {},
      },
      t,
    );
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r.value]));
    expect(byKey).toMatchObject({
      heartRate: '72 /min',
      pr: '162 ms',
      pDuration: '—',
      qtcBazett: '416 ms',
      axes: '55° / -13° / —',
    });
  });

  it('has no rows without beats', () => {
    expect(measurementRows(null, t)).toEqual([]);
  });
});

describe('evidenceLine', () => {
  it('lists leads, values and thresholds', () => {
    expect(
      evidenceLine({
        leads: ['V2', 'V3'],
        values: { stJUv: 250, ratio: 1.234 },
        thresholds: { stJUv: 200 },
      }),
    ).toBe('V2, V3 · stJUv 250 · ratio 1.23 · ≥ stJUv 200');
    expect(evidenceLine({})).toBe('');
  });
});
