/**
 * The posterior equivalent (V1–V3 depression) and the J-point plausibility guard of
 * `assessStemi`, on constructed measurements (hand-built, see `constructed-measurements.ts`).
 */
import { describe, expect, it } from 'vitest';
import {
  constructedMeasurements,
  type ConstructedLead,
} from '../morphology/constructed-measurements.js';
import type { PatientContext } from '../morphology/types.js';
import { assessStemi } from './assess-stemi.js';

const TWELVE = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'];

/** A constructed 12-lead record, flat ST everywhere except the given leads. */
function constructed(overrides: Record<string, ConstructedLead>, qrsDurationMs = 90) {
  const leads: Record<string, ConstructedLead> = {};
  for (const name of TWELVE) {
    leads[name] = { ...overrides[name] };
  }
  return constructedMeasurements(leads, { qrsDurationMs });
}

const assess = (overrides: Record<string, ConstructedLead>, context: PatientContext = {}) =>
  assessStemi(constructed(overrides), { ...context, findings: [] });

describe('posterior equivalent: V1–V3 depression (constructed)', () => {
  const posterior = {
    V1: { stJ: -80, stJ60: -80, t: 150 },
    V2: { stJ: -100, stJ60: -100, t: 200 },
    V3: { stJ: -60, stJ60: -60, t: 200 },
  };

  it('ST depression ≥ 0.5 mm in contiguous V1–V3 with upright T is called posterior', () => {
    const result = assess(posterior);
    expect(result.stemi).toBe(true);
    expect(result.territories).toEqual(['posterior']);
  });

  it('not with inverted T waves', () => {
    expect(
      assess({ ...posterior, V2: { stJ: -100, t: -150 }, V1: { stJ: -80, t: -100 } }).stemi,
    ).toBe(false);
  });

  it('not when the depression resolves by J+60 ms (upsloping J-point depression)', () => {
    expect(assess({ V1: { stJ: -80, stJ60: 0 }, V2: { stJ: -100, stJ60: -20 } }).stemi).toBe(false);
  });

  it('not with QRS ≥ 120 ms (secondary change)', () => {
    const m = constructed(posterior, 120);
    expect(assessStemi(m, { findings: [] }).stemi).toBe(false);
  });
});

describe('J point on a QRS slope (constructed)', () => {
  it('a lead still moving faster than 12 µV/ms after J is left out as unassessable', () => {
    const steep: ConstructedLead = {
      stJ: 900,
      trace: [
        [0, 0],
        [90, 900],
        [110, 0],
      ],
    };
    const flat: ConstructedLead = {
      stJ: 200,
      trace: [
        [0, 0],
        [40, 800],
        [90, 200],
        [110, 205],
        [250, 400],
      ],
    };
    const m = constructedMeasurements(
      { V1: steep, V2: { ...flat }, II: {}, III: {} },
      { qrsDurationMs: 90 },
    );
    const result = assessStemi(m, { sex: 'female', findings: [] });
    expect(result.unassessableLeads.map((u) => u.lead)).toEqual(['V1']);
    expect(result.unassessableLeads[0]?.reason).toMatch(/QRS slope/);
    expect(result.stemi).toBe(false);
  });
});
