/**
 * `assessStemi` on constructed measurements (small hand-built objects, see
 * `constructed-measurements.ts`): thresholds at their exact edges, contiguity, territories,
 * and reciprocal depression (the posterior equivalent and the J-point guard are in
 * `posterior.test.ts`). Expected values follow from the Fourth Universal Definition's rules,
 * not from the engine's output.
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

describe('ST elevation thresholds at their edges (constructed)', () => {
  it('limb leads: 99 µV in II and aVF is not STEMI, 100 µV is (inferior)', () => {
    expect(assess({ II: { stJ: 99 }, aVF: { stJ: 99 } }).stemi).toBe(false);
    const at = assess({ II: { stJ: 100 }, aVF: { stJ: 100 } });
    expect(at.stemi).toBe(true);
    expect(at.territories).toEqual(['inferior']);
    expect(at.contiguousPairs).toEqual([['II', 'aVF']]);
  });

  it.each([
    // [context, V2 = V3 level (µV), called]
    [{ sex: 'male', ageYears: 40 }, 190, false],
    [{ sex: 'male', ageYears: 40 }, 200, true],
    [{ sex: 'male', ageYears: 39 }, 200, false],
    [{ sex: 'male', ageYears: 39 }, 249, false],
    [{ sex: 'male', ageYears: 39 }, 250, true],
    [{ sex: 'female', ageYears: 39 }, 149, false],
    [{ sex: 'female', ageYears: 39 }, 150, true],
    [{ sex: 'female', ageYears: 80 }, 150, true],
  ] as const)('V2–V3 in %j at %d µV → STEMI %s', (context, uv, called) => {
    const result = assess({ V2: { stJ: uv }, V3: { stJ: uv } }, context);
    expect(result.stemi).toBe(called);
    expect(result.territories).toEqual(called ? ['anterior'] : []);
  });

  it('sex unknown: 150 µV in V2–V3 is called with the most sensitive threshold, named in thresholdsUsed', () => {
    const result = assess({ V2: { stJ: 150 }, V3: { stJ: 150 } });
    expect(result.stemi).toBe(true);
    expect(result.thresholdsUsed.v2V3Uv).toBe(150);
    expect(result.thresholdsUsed.basis).toMatch(/sex unknown/);
    expect(result.evidence).toContainEqual(
      expect.objectContaining({
        leads: ['V2'],
        value: 150,
        threshold: { comparison: '>=', value: 150 },
        met: true,
      }),
    );
  });
});

describe('contiguity and territories (constructed)', () => {
  it('elevation in II and aVL only is not contiguous: no STEMI, both leads listed', () => {
    const result = assess({ II: { stJ: 300 }, aVL: { stJ: 300 } });
    expect(result.stemi).toBe(false);
    expect(result.criteriaMet).toBe(false);
    expect(result.leadsWithElevation).toEqual(['II', 'aVL']);
    expect(result.contiguousPairs).toEqual([]);
  });

  it.each([
    [['V1', 'V2'], ['septal']],
    [['V3', 'V4'], ['anterior']],
    [
      ['V4', 'V5'],
      ['anterior', 'lateral'],
    ],
    [['V5', 'V6'], ['lateral']],
    [['I', 'aVL'], ['lateral']],
    [['II', 'III', 'aVF'], ['inferior']],
  ])('%j → %j', (leads, territories) => {
    const overrides = Object.fromEntries(leads.map((name) => [name, { stJ: 300 }]));
    expect(assess(overrides, { sex: 'male', ageYears: 60 }).territories).toEqual(territories);
  });

  it('V1 and V3 without V2 are not contiguous', () => {
    expect(assess({ V1: { stJ: 300 }, V3: { stJ: 300 } }, { sex: 'female' }).stemi).toBe(false);
  });

  it('aVR elevation never makes a territory', () => {
    expect(assess({ aVR: { stJ: 400 }, aVL: { stJ: 150 } }).stemi).toBe(false);
  });
});

describe('reciprocal depression (constructed)', () => {
  it('inferior elevation: ST depression of ≥ 50 µV in aVL is reciprocal, 49 µV in I is not', () => {
    const result = assess({
      II: { stJ: 200 },
      III: { stJ: 250 },
      aVF: { stJ: 220 },
      aVL: { stJ: -50 },
      I: { stJ: -49 },
    });
    expect(result.stemi).toBe(true);
    expect(result.reciprocalLeads).toEqual(['aVL']);
  });

  it('anterior elevation: depression in the inferior leads is reciprocal', () => {
    const result = assess(
      { V2: { stJ: 300 }, V3: { stJ: 300 }, III: { stJ: -100 }, aVF: { stJ: -80 } },
      { sex: 'male', ageYears: 55 },
    );
    expect(result.reciprocalLeads).toEqual(['III', 'aVF']);
  });
});

describe('notes', () => {
  it('always says that "new" cannot be judged from one ECG', () => {
    expect(assess({}).notes.join(' ')).toMatch(/new/);
  });
});
