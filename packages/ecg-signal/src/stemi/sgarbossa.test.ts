/**
 * LBBB and ventricular pacing on constructed measurements (hand-built, see
 * `constructed-measurements.ts`): the Sgarbossa and Smith-modified rules at their edges.
 */
import { describe, expect, it } from 'vitest';
import {
  constructedMeasurements,
  type ConstructedLead,
} from '../morphology/constructed-measurements.js';
import type { PacingSpikeDetection } from '../morphology/pacing-spikes.js';
import type { Finding } from '../morphology/types.js';
import { assessStemi } from './assess-stemi.js';

const TWELVE = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'];
const lbbb: Finding = {
  code: 'completeLbbb',
  text: 'LBBB (constructed)',
  leads: [],
  criteria: '',
  evidence: [],
};

function constructed(overrides: Record<string, ConstructedLead>, globals = {}) {
  const leads: Record<string, ConstructedLead> = {};
  for (const name of TWELVE) {
    leads[name] = { ...overrides[name] };
  }
  return constructedMeasurements(leads, globals);
}

/** Constructed LBBB: V1–V3 deep S with discordant elevation, lateral leads positive. */
const lbbbLeads = (
  over: Record<string, ConstructedLead> = {},
): Record<string, ConstructedLead> => ({
  V1: { r: 100, s: -1000, stJ: 150 },
  V2: { r: 100, s: -1000, stJ: 240 },
  V3: { r: 150, s: -900, stJ: 200 },
  I: { r: 900, s: 0, stJ: -80 },
  V6: { r: 900, s: 0, stJ: -80 },
  ...over,
});

describe('LBBB: Sgarbossa and Smith-modified rules at their edges (constructed)', () => {
  const assess = (over: Record<string, ConstructedLead> = {}) =>
    assessStemi(constructed(lbbbLeads(over), { qrsDurationMs: 150 }), { findings: [lbbb] });

  it('typical discordant changes (ST/S 0.24) are flagged as LBBB, not called', () => {
    const result = assess();
    expect(result.stemi).toBe(false);
    expect(result.method).toBe('smithModifiedSgarbossa');
    expect(result.mimics).toEqual([
      expect.objectContaining({ kind: 'leftBundleBranchBlock', explainsElevation: true }),
    ]);
  });

  it('concordant ST elevation: 99 µV in V6 is not, 100 µV is (5 points)', () => {
    expect(assess({ V6: { r: 900, s: 0, stJ: 99 } }).stemi).toBe(false);
    const result = assess({ V6: { r: 900, s: 0, stJ: 100 } });
    expect(result.stemi).toBe(true);
    expect(result.leadsWithElevation).toEqual(['V6']);
    expect(result.mimics[0]?.evidence).toContainEqual(
      expect.objectContaining({ quantity: 'Sgarbossa score (original, 1996)', value: 5 }),
    );
  });

  it('concordant ST depression ≥ 1 mm in V1–V3 (3 points)', () => {
    expect(assess({ V2: { r: 100, s: -1000, stJ: -99 } }).stemi).toBe(false);
    expect(assess({ V2: { r: 100, s: -1000, stJ: -100 } }).stemi).toBe(true);
  });

  it('Smith ratio: discordant ST/S 0.25 is positive, 0.24 is not; the original 5 mm rule alone scores 2', () => {
    expect(assess({ V2: { r: 100, s: -1000, stJ: 250 } }).stemi).toBe(true);
    const deep = assess({ V2: { r: 100, s: -2500, stJ: 550 } });
    expect(deep.stemi).toBe(false);
    expect(deep.mimics[0]?.evidence).toContainEqual(
      expect.objectContaining({
        quantity: 'Sgarbossa score (original, 1996)',
        value: 2,
        met: false,
      }),
    );
  });
});

describe('ventricular pacing (constructed)', () => {
  const pacing: PacingSpikeDetection = {
    supported: true,
    note: 'constructed',
    spikes: [{ sampleIndex: 100, leads: ['II', 'V5'], amplitudeUv: 600 }],
    beatCount: 10,
    beatsWithVentricularSpike: 10,
    beatsWithAtrialSpike: 0,
  };

  it('paced rhythm: the same rules, flagged as paced', () => {
    const m = constructed(lbbbLeads(), { qrsDurationMs: 160 });
    const result = assessStemi(m, { pacing });
    expect(result.stemi).toBe(false);
    expect(result.mimics.map((x) => x.kind)).toEqual(['pacedRhythm']);
  });

  it('spikes before too few beats (2 of 10) leave the voltage criteria in place', () => {
    const m = constructed(lbbbLeads(), { qrsDurationMs: 160 });
    const result = assessStemi(m, {
      pacing: { ...pacing, beatsWithVentricularSpike: 2 },
      findings: [],
    });
    expect(result.method).toBe('udmi2018');
  });
});
