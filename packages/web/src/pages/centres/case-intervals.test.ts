import type { CaseEvent } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import { caseMetricValues, timelineRows } from './case-intervals.js';

const event = (name: string, at: string): CaseEvent => ({
  event: name,
  at,
  source: 'manual',
  recordedBy: null,
  recordedAt: at,
});

describe('timelineRows', () => {
  it('orders by time and gives the minutes since the previous event', () => {
    const rows = timelineRows('chest_pain', [
      event('wire_crossing', '2026-03-01T09:12:00Z'),
      event('door', '2026-03-01T08:00:00Z'),
      event('cathlab_activation', '2026-03-01T16:20:00+08:00'),
    ]);
    expect(rows.map((r) => r.event.event)).toEqual(['door', 'cathlab_activation', 'wire_crossing']);
    expect(rows.map((r) => r.sincePreviousMin)).toEqual([null, 20, 52]);
  });

  it('puts equal times in catalogue order (first contact before the door)', () => {
    const rows = timelineRows('chest_pain', [
      event('door', '2026-03-01T08:00:00Z'),
      event('first_medical_contact', '2026-03-01T08:00:00Z'),
    ]);
    expect(rows.map((r) => r.event.event)).toEqual(['first_medical_contact', 'door']);
    expect(rows[1]?.sincePreviousMin).toBe(0);
  });
});

describe('caseMetricValues', () => {
  it('door → wire 72 min meets the 90-minute target; applies only to STEMI with primary PCI', () => {
    const events = { door: '2026-03-01T08:00:00Z', wire_crossing: '2026-03-01T09:12:00Z' };
    const [d2w] = caseMetricValues('chest_pain', events, {}).filter(
      (v) => v.metric.id === 'cp.d2w',
    );
    expect(d2w).toMatchObject({ valueMin: 72, targetMin: 90, met: true, applies: false });
    const stemiPci = caseMetricValues('chest_pain', events, {
      diagnosis: 'stemi',
      reperfusion: 'primary_pci',
    }).find((v) => v.metric.id === 'cp.d2w');
    expect(stemiPci?.applies).toBe(true);
  });

  it('door → wire of 91 min misses the target', () => {
    const events = { door: '2026-03-01T08:00:00Z', wire_crossing: '2026-03-01T09:31:00Z' };
    const d2w = caseMetricValues('chest_pain', events, {}).find((v) => v.metric.id === 'cp.d2w');
    expect(d2w).toMatchObject({ valueMin: 91, met: false });
  });

  it('lists only metrics whose two events are recorded', () => {
    const events = {
      first_medical_contact: '2026-03-01T07:50:00Z',
      first_ecg: '2026-03-01T07:58:00Z',
    };
    const values = caseMetricValues('chest_pain', events, {});
    expect(values.map((v) => [v.metric.id, v.valueMin, v.met])).toEqual([
      ['cp.fmc_to_ecg', 8, true],
    ]);
  });
});
