/**
 * ST elevation in V1–V3 with LVH voltage on constructed measurements (hand-built, see
 * `constructed-measurements.ts`): the Armstrong et al. 2012 ST/S ratio at its 0.25 edge.
 */
import { describe, expect, it } from 'vitest';
import {
  constructedMeasurements,
  type ConstructedLead,
} from '../morphology/constructed-measurements.js';
import type { Finding } from '../morphology/types.js';
import { assessStemi } from './assess-stemi.js';

const TWELVE = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'];
function constructed(overrides: Record<string, ConstructedLead>, globals = {}) {
  const leads: Record<string, ConstructedLead> = {};
  for (const name of TWELVE) {
    leads[name] = { ...overrides[name] };
  }
  return constructedMeasurements(leads, globals);
}

describe('LVH: discordant V1–V3 elevation (constructed)', () => {
  const lvh: Finding = {
    code: 'lvhSokolowLyon',
    text: 'LVH (constructed)',
    leads: ['V1', 'V5'],
    criteria: '',
    evidence: [
      {
        quantity: 'SV1 + max(RV5, RV6)',
        leads: ['V1', 'V5'],
        value: 4200,
        unit: 'uV',
        threshold: { comparison: '>=', value: 3500 },
        met: true,
      },
    ],
  };
  const leads = (ratio: number) => ({
    V1: { r: 100, s: -2000, stJ: 2000 * ratio },
    V2: { r: 200, s: -2400, stJ: 2400 * ratio },
  });

  it('ST/S below 0.25 is attributed to LVH', () => {
    const result = assessStemi(constructed(leads(0.1)), {
      sex: 'male',
      ageYears: 60,
      findings: [lvh],
    });
    expect(result.stemi).toBe(false);
    expect(result.mimics).toEqual([
      expect.objectContaining({ kind: 'leftVentricularHypertrophy', explainsElevation: true }),
    ]);
  });

  it('ST/S of 0.25 or more is not (Armstrong et al. 2012)', () => {
    const result = assessStemi(constructed(leads(0.25)), {
      sex: 'male',
      ageYears: 60,
      findings: [lvh],
    });
    expect(result.stemi).toBe(true);
    expect(result.territories).toEqual(['septal']);
  });
  it('without LVH voltage the same elevation is called', () => {
    const result = assessStemi(constructed(leads(0.1)), {
      sex: 'male',
      ageYears: 60,
      findings: [],
    });
    expect(result.stemi).toBe(true);
    expect(result.mimics).toEqual([]);
  });
});
