import { describe, expect, it } from 'vitest';
import type { CentreCase } from './centre-case.js';
import { caseAt } from './test-cases.js';
import { validateCase } from './validate-case.js';

const nowMs = Date.parse('2026-01-01T00:00:00Z');

describe('validateCase', () => {
  it('a case in order has no flag', () => {
    const c = caseAt('chest_pain', {
      symptom_onset: -120,
      call_for_help: -100,
      first_medical_contact: -80,
      first_ecg: -75,
      ecg_diagnosis: -70,
      door: 0,
      cathlab_activation: 5,
      cathlab_ready: 30,
      wire_crossing: 60,
      discharge: 7 * 24 * 60,
    });
    expect(validateCase(c, { nowMs })).toEqual([]);
  });

  it('a walk-in whose first ECG follows the door is in order (door is not ordered against the ECG)', () => {
    const c = caseAt('chest_pain', {
      first_medical_contact: 0,
      door: 0,
      first_ecg: 8,
      ecg_diagnosis: 12,
      wire_crossing: 70,
    });
    expect(validateCase(c, { nowMs })).toEqual([]);
  });

  it('wire 10 min before the door: one order violation of 10 min (reported once for two chains)', () => {
    const c = caseAt('chest_pain', { door: 60, wire_crossing: 50 });
    const flags = validateCase(c, { nowMs });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      code: 'order_violation',
      events: ['door', 'wire_crossing'],
      minutes: 10,
    });
  });

  it('skips a missing event: onset 30 min after the first ECG, no FMC recorded', () => {
    const flags = validateCase(caseAt('chest_pain', { symptom_onset: 30, first_ecg: 0 }), {
      nowMs,
    });
    expect(flags).toEqual([
      expect.objectContaining({
        code: 'order_violation',
        events: ['symptom_onset', 'first_ecg'],
        minutes: 30,
      }),
    ]);
  });

  it('FMC → first ECG of 61 min is flagged for review, exactly 60 is not', () => {
    const over = validateCase(caseAt('chest_pain', { first_medical_contact: 0, first_ecg: 61 }), {
      nowMs,
    });
    expect(over).toEqual([expect.objectContaining({ code: 'fmc_to_ecg_over_60', minutes: 61 })]);
    expect(
      validateCase(caseAt('chest_pain', { first_medical_contact: 0, first_ecg: 60 }), { nowMs }),
    ).toEqual([]);
  });

  it('an event one hour after "now" is in the future by 60 min', () => {
    const c = caseAt('stroke', { door: 0, ct_start: 20 }, undefined, {
      baseIsoTime: '2025-12-31T23:00:00Z',
    });
    const flags = validateCase(c, { nowMs: Date.parse('2025-12-31T23:00:00Z') - 40 * 60_000 });
    expect(flags.map((f) => [f.code, f.events[0], f.minutes])).toEqual([
      ['event_in_future', 'door', 40],
      ['event_in_future', 'ct_start', 60],
    ]);
  });

  it('door → CT of 31 days is implausibly long; door → discharge of 40 days is not', () => {
    const day = 24 * 60;
    const flags = validateCase(
      caseAt('stroke', { door: 0, ct_start: 31 * day, discharge: 40 * day }),
      { nowMs },
    );
    expect(flags).toEqual([
      expect.objectContaining({
        code: 'interval_too_long',
        events: ['door', 'ct_start'],
        minutes: 31 * day,
      }),
    ]);
  });

  it('flags an unknown event and an unreadable time without touching the case', () => {
    const c = {
      centre: 'trauma',
      id: 'T1',
      events: { door: 'yesterday', wire_crossing: '2025-01-01T00:00:00Z' },
    } as unknown as CentreCase;
    const before = JSON.parse(JSON.stringify(c)) as unknown;
    const codes = validateCase(c, { nowMs }).map((f) => `${f.code}:${f.events.join()}`);
    expect(codes).toEqual(['invalid_time:door', 'unknown_event:wire_crossing']);
    expect(c).toEqual(before);
  });
});
