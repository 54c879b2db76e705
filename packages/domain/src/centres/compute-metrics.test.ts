import { describe, expect, it } from 'vitest';
import type { CentreCase } from './centre-case.js';
import { computeMetrics, noOrgKey } from './compute-metrics.js';
import type { IntervalStats, RatioStats } from './metric-stats.js';
import { caseAt, stemiPci } from './test-cases.js';

const nowMs = Date.parse('2026-06-01T00:00:00Z');

function interval(cases: CentreCase[], id: string, targets = {}): IntervalStats {
  const result = computeMetrics(cases, { targets, validation: { nowMs } }).metrics[id];
  expect(result?.overall.kind).toBe('interval');
  return result?.overall as IntervalStats;
}

function ratio(cases: CentreCase[], id: string): RatioStats {
  const result = computeMetrics(cases, { validation: { nowMs } }).metrics[id];
  expect(result?.overall.kind).toBe('ratio');
  return result?.overall as RatioStats;
}

const d2wFive = [60, 80, 95, 100, 120].map((min) =>
  caseAt('chest_pain', { door: 0, wire_crossing: min }, stemiPci),
);

describe('computeMetrics: interval metrics', () => {
  it('door → wire of 60, 80, 95, 100, 120 min', () => {
    // Hand-worked: mean 455 / 5 = 91; median 95; p90 at position 0.9 × 4 = 3.6 → 100 + 0.6 × 20 = 112;
    // within 90 min: 60 and 80 → 2 / 5 = 0.4; mean 91 > 90 → mean target missed; 0.4 < 0.75 → goal missed.
    expect(interval(d2wFive, 'cp.d2w')).toEqual({
      kind: 'interval',
      count: 5,
      meanMin: 91,
      medianMin: 95,
      p90Min: 112,
      compliance: 0.4,
      meanMet: false,
      complianceMet: false,
      flaggedCount: 0,
    });
  });

  it('leaves out cases missing an event or outside "applies to" (STEMI + primary PCI)', () => {
    const extra = [
      caseAt('chest_pain', { door: 0 }, stemiPci),
      caseAt(
        'chest_pain',
        { door: 0, wire_crossing: 10 },
        { diagnosis: 'nstemi', reperfusion: 'primary_pci' },
      ),
      caseAt('chest_pain', { door: 0, wire_crossing: 10 }, { diagnosis: 'stemi' }),
      caseAt('chest_pain', { door: 0, wire_crossing: 10 }),
      caseAt('stroke', { door: 0, puncture: 10 }, { thrombectomy: true }),
    ];
    expect(interval([...d2wFive, ...extra], 'cp.d2w')).toMatchObject({ count: 5, meanMin: 91 });
  });

  it('exactly at the target counts as within; the mean target is < or ≤ as the standard says', () => {
    // d2w 90 and 91 → compliance 1 / 2; mean 90.5 > 90 → not met.
    const d2w = [90, 91].map((min) =>
      caseAt('chest_pain', { door: 0, wire_crossing: min }, stemiPci),
    );
    expect(interval(d2w, 'cp.d2w')).toMatchObject({
      compliance: 0.5,
      meanMin: 90.5,
      meanMet: false,
    });
    // d2w mean exactly 90 (80, 100) meets "≤ 90"; FMC → ECG mean exactly 10 (10, 10) misses "< 10"
    // although every case is within 10 min (compliance 1 ≥ 0.75).
    const d2wAt = [80, 100].map((min) =>
      caseAt('chest_pain', { door: 0, wire_crossing: min }, stemiPci),
    );
    expect(interval(d2wAt, 'cp.d2w')).toMatchObject({
      meanMin: 90,
      meanMet: true,
      compliance: 0.5,
    });
    const ecg = [10, 10].map((min) =>
      caseAt('chest_pain', { first_medical_contact: 0, first_ecg: min }),
    );
    expect(interval(ecg, 'cp.fmc_to_ecg')).toMatchObject({
      meanMin: 10,
      meanMet: false,
      compliance: 1,
      complianceMet: true,
    });
  });

  it('includes an out-of-order case as its negative interval and counts it as flagged', () => {
    // 60, 80 and -10 (wire 10 min before the door) → mean 130 / 3; flagged 1.
    const cases = [
      ...d2wFive.slice(0, 2),
      caseAt('chest_pain', { door: 10, wire_crossing: 0 }, stemiPci),
    ];
    const report = computeMetrics(cases, { validation: { nowMs } });
    expect(report.metrics['cp.d2w']?.overall).toMatchObject({
      count: 3,
      meanMin: 130 / 3,
      flaggedCount: 1,
    });
    expect(report.flaggedCaseCount).toBe(1);
  });

  it('DIDO leaves out two-way transfers; door → trauma team counts a pre-arrival activation as 0', () => {
    const dido = [
      caseAt('chest_pain', { door: 0, departure_for_pci: 25 }, { reperfusion: 'transfer_for_pci' }),
      caseAt(
        'chest_pain',
        { door: 0, departure_for_pci: 200 },
        { reperfusion: 'transfer_for_pci', twoWayTransfer: true },
      ),
    ];
    expect(interval(dido, 'cp.dido')).toMatchObject({ count: 1, meanMin: 25, meanMet: true });
    // Activations 5 min before and 10 min after arrival → 0 and 10 → mean 5; no national target.
    const team = [-5, 10].map((min) => caseAt('trauma', { door: 0, trauma_team_activation: min }));
    expect(interval(team, 'tr.door_to_team')).toMatchObject({
      count: 2,
      meanMin: 5,
      compliance: null,
      meanMet: null,
    });
  });

  it('applies a targets override (threshold moved, or removed)', () => {
    // Within 100 min: 60, 80, 95, 100 → 4 / 5.
    expect(interval(d2wFive, 'cp.d2w', { 'cp.d2w': { targetMin: 100 } })).toMatchObject({
      compliance: 0.8,
    });
    expect(interval(d2wFive, 'cp.d2w', { 'cp.d2w': { targetMin: null } })).toMatchObject({
      compliance: null,
      meanMet: null,
      complianceMet: null,
    });
    const dct = [20, 40].map((min) => caseAt('trauma', { door: 0, ct_start: min }));
    expect(
      interval(dct, 'tr.door_to_ct', { 'tr.door_to_ct': { targetMin: 30, complianceGoal: 0.5 } }),
    ).toMatchObject({
      compliance: 0.5,
      complianceMet: true,
    });
  });
});

describe('computeMetrics: ratio metrics', () => {
  it('remote ECG share among STEMI patients arriving by ambulance', () => {
    const ambulanceStemi = { diagnosis: 'stemi', arrivalMode: 'ambulance_120' } as const;
    const cases = [
      caseAt('chest_pain', { door: 0 }, { ...ambulanceStemi, remoteEcgTransmitted: true }),
      caseAt('chest_pain', { door: 0 }, { ...ambulanceStemi, remoteEcgTransmitted: true }),
      caseAt('chest_pain', { first_ecg: -30, ecg_transmission: -28, door: 0 }, ambulanceStemi),
      caseAt('chest_pain', { door: 0 }, { ...ambulanceStemi, remoteEcgTransmitted: false }),
      caseAt(
        'chest_pain',
        { door: 0 },
        { diagnosis: 'stemi', arrivalMode: 'self', remoteEcgTransmitted: true },
      ),
      caseAt(
        'chest_pain',
        { door: 0 },
        { diagnosis: 'nstemi', arrivalMode: 'ambulance_120', remoteEcgTransmitted: true },
      ),
    ];
    // Denominator: the first four; numerator: three (two by attribute, one by the event) → 0.75 ≥ 0.30.
    expect(ratio(cases, 'cp.remote_ecg_share')).toEqual({
      kind: 'ratio',
      count: 4,
      numerator: 3,
      share: 0.75,
      targetMet: true,
      flaggedCount: 0,
    });
  });

  it('ECG sent to the PCI hospital within 10 min of the first ECG (10 is within, 11 is not)', () => {
    const transfer = { reperfusion: 'transfer_for_pci' } as const;
    const cases = [10, 11].map((min) =>
      caseAt('chest_pain', { first_ecg: 0, ecg_transmission: min }, transfer),
    );
    cases.push(caseAt('chest_pain', { first_ecg: 0 }, transfer));
    cases.push(caseAt('chest_pain', { first_ecg: 0, ecg_transmission: 1 }, transfer));
    // 2 of 4 → 0.5 ≥ 0.5.
    expect(ratio(cases, 'cp.transfer_ecg_share')).toMatchObject({
      count: 4,
      numerator: 2,
      share: 0.5,
      targetMet: true,
    });
  });

  it('ISS ≥ 16 mortality counts known outcomes only', () => {
    const cases = [
      caseAt('trauma', { door: 0 }, { iss: 25, outcome: 'died' }),
      caseAt('trauma', { door: 0 }, { iss: 16, outcome: 'survived' }),
      caseAt('trauma', { door: 0, death: 300 }, { iss: 30 }),
      caseAt('trauma', { door: 0 }, { iss: 16, outcome: 'transferred' }),
      caseAt('trauma', { door: 0 }, { iss: 9, outcome: 'died' }),
      caseAt('trauma', { door: 0 }, { outcome: 'died' }),
    ];
    // Denominator: ISS 25, 16 (survived) and 30 → 3; died: ISS 25 and 30 → 2 / 3; no target.
    expect(ratio(cases, 'tr.iss16_mortality')).toMatchObject({
      count: 3,
      numerator: 2,
      share: 2 / 3,
      targetMet: null,
    });
    // ISS recorded in 5 cases, ≥ 16 in 4 → 0.8.
    expect(ratio(cases, 'tr.iss16_share')).toMatchObject({ count: 5, numerator: 4, share: 0.8 });
  });

  it('maternal rescue success among critical cases', () => {
    const cases = [
      ...[1, 2, 3].map(() =>
        caseAt('maternal', { arrival: 0 }, { critical: true, outcome: 'survived' }),
      ),
      caseAt('maternal', { arrival: 0, death: 600 }, { critical: true }),
      caseAt('maternal', { arrival: 0 }, { critical: false, outcome: 'survived' }),
    ];
    // 3 of 4 critical cases survived.
    expect(ratio(cases, 'mat.rescue_success')).toMatchObject({
      count: 4,
      numerator: 3,
      share: 0.75,
    });
  });
});

describe('computeMetrics: grouping and trend', () => {
  it('months are calendar months at UTC+8', () => {
    const cases = [
      // 2025-01-31 23:59 in Lhasa → January (d2w 100).
      caseAt('chest_pain', { door: 0, wire_crossing: 100 }, stemiPci, {
        baseIsoTime: '2025-01-31T15:59:00Z',
      }),
      // 2025-02-01 00:30 in Lhasa (still 31 January in UTC) → February (d2w 60).
      caseAt('chest_pain', { door: 0, wire_crossing: 60 }, stemiPci, {
        baseIsoTime: '2025-01-31T16:30:00Z',
      }),
    ];
    const result = computeMetrics(cases, { validation: { nowMs } }).metrics['cp.d2w'];
    expect(Object.keys(result?.byMonth ?? {})).toEqual(['2025-01', '2025-02']);
    expect(result?.byMonth['2025-01']).toMatchObject({ count: 1, meanMin: 100 });
    expect(result?.byMonth['2025-02']).toMatchObject({ count: 1, meanMin: 60 });
    // Two months: slope = change = 60 − 100 = −40 min per month.
    expect(result?.trend).toEqual({
      months: ['2025-01', '2025-02'],
      values: [100, 60],
      slopePerMonth: -40,
      changeVsPreviousMonth: -40,
    });
  });

  it('trend: least-squares slope over months with data, gaps kept as null', () => {
    const at = (iso: string, min: number): CentreCase =>
      caseAt('chest_pain', { door: 0, wire_crossing: min }, stemiPci, { baseIsoTime: iso });
    const threeMonths = [
      at('2025-01-10T00:00:00Z', 100),
      at('2025-02-10T00:00:00Z', 90),
      at('2025-03-10T00:00:00Z', 50),
    ];
    // x = 0, 1, 2; y = 100, 90, 50; means 1 and 80; Sxy = −20 + 0 − 30 = −50; Sxx = 2 → −25.
    expect(computeMetrics(threeMonths, { validation: { nowMs } }).metrics['cp.d2w']?.trend).toEqual(
      {
        months: ['2025-01', '2025-02', '2025-03'],
        values: [100, 90, 50],
        slopePerMonth: -25,
        changeVsPreviousMonth: -40,
      },
    );
    // January 100 and March 70, none in February: slope (70 − 100) / 2 = −15; no previous month.
    const gap = [at('2025-01-10T00:00:00Z', 100), at('2025-03-10T00:00:00Z', 70)];
    expect(computeMetrics(gap, { validation: { nowMs } }).metrics['cp.d2w']?.trend).toEqual({
      months: ['2025-01', '2025-02', '2025-03'],
      values: [100, null, 70],
      slopePerMonth: -15,
      changeVsPreviousMonth: null,
    });
  });

  it('groups by organisation, cases without one under "(none)"', () => {
    const cases = [
      caseAt('stroke', { door: 0, ct_start: 20 }, undefined, { orgId: 'hub' }),
      caseAt('stroke', { door: 0, ct_start: 30 }, undefined, { orgId: 'hub' }),
      caseAt('stroke', { door: 0, ct_start: 40 }, undefined, { orgId: 'lhatse' }),
      caseAt('stroke', { door: 0, ct_start: 10 }),
    ];
    const byOrg =
      computeMetrics(cases, { validation: { nowMs } }).metrics['st.door_to_ct']?.byOrg ?? {};
    // Target 25: hub 20 ✓ 30 ✗ → 0.5, mean 25; Lhatse 40 → 0; no org 10 → 1.
    expect(byOrg.hub).toMatchObject({ count: 2, meanMin: 25, compliance: 0.5 });
    expect(byOrg.lhatse).toMatchObject({ count: 1, meanMin: 40, compliance: 0 });
    expect(byOrg[noOrgKey]).toMatchObject({ count: 1, meanMin: 10, compliance: 1 });
  });

  it('returns every metric with zero counts for no cases, or only the metrics asked for', () => {
    const empty = computeMetrics([]);
    expect(empty.metrics['cp.d2w']?.overall).toMatchObject({
      count: 0,
      meanMin: null,
      compliance: null,
    });
    expect(empty.metrics['neo.mortality']?.overall).toMatchObject({ count: 0, share: null });
    expect(Object.keys(computeMetrics([], { metricIds: ['st.dnt'] }).metrics)).toEqual(['st.dnt']);
  });
});
