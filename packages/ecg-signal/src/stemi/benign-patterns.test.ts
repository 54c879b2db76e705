/**
 * Benign ST elevation patterns on constructed measurements (hand-built, see
 * `constructed-measurements.ts`): early repolarisation and pericarditis, flagged when nothing
 * points to injury, not attributed when something does. Waveforms are drawn as piecewise-linear
 * median beats `[ms from QRS onset, µV]`.
 */
import { describe, expect, it } from 'vitest';
import {
  constructedMeasurements,
  type ConstructedLead,
} from '../morphology/constructed-measurements.js';
import { assessStemi } from './assess-stemi.js';

const TWELVE = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'];
function constructed(overrides: Record<string, ConstructedLead>, globals = {}) {
  const leads: Record<string, ConstructedLead> = {};
  for (const name of TWELVE) {
    leads[name] = { ...overrides[name] };
  }
  return constructedMeasurements(leads, globals);
}

/** Constructed early repolarisation lead: R, notched downstroke, elevated J, concave ST, tall T. */
const erTrace = (j: number): ConstructedLead => ({
  r: 1200,
  s: 0,
  stJ: j,
  stJ60: j + 80,
  t: 700,
  trace: [
    [0, 0],
    [25, 1200],
    [55, 350],
    [62, 300],
    [68, 380],
    [80, j],
    [120, j + 40],
    [170, j + 200],
    [240, 700],
    [330, 0],
  ],
});

describe('early repolarisation (constructed)', () => {
  const leads = { V4: erTrace(200), V5: erTrace(180), V6: erTrace(120) };
  const globals = { qrsDurationMs: 80, tPeakMs: 240, qtcBazettMs: 390 };

  it('J notch, concave ST, upright T, no reciprocal change: flagged, not called', () => {
    const result = assessStemi(constructed(leads, globals), {
      sex: 'male',
      ageYears: 24,
      findings: [],
    });
    expect(result.criteriaMet).toBe(true);
    expect(result.stemi).toBe(false);
    const er = result.mimics.find((x) => x.kind === 'earlyRepolarisation');
    expect(er?.explainsElevation).toBe(true);
    expect(er?.evidence).toContainEqual(
      expect.objectContaining({ quantity: 'leads with terminal QRS notch or slur', value: 3 }),
    );
  });

  it('the same with ST depression in III: signs of injury, called', () => {
    const result = assessStemi(constructed({ ...leads, III: { stJ: -60 } }, globals), {
      sex: 'male',
      ageYears: 24,
      findings: [],
    });
    expect(result.stemi).toBe(true);
    expect(result.mimics.find((x) => x.kind === 'earlyRepolarisation')?.explainsElevation).toBe(
      false,
    );
  });
});

/** Constructed pericarditis lead: TP at +60 µV above a depressed PR segment, concave ST. */
const periTrace = (j: number, t = 500): ConstructedLead => ({
  r: 900,
  s: -100,
  stJ: j,
  t,
  trace: [
    [-220, 60],
    [-160, 60],
    [-120, 150],
    [-80, 0],
    [0, 0],
    [30, 900],
    [60, -100],
    [80, j],
    [140, j + 30],
    [200, t],
    [300, 60],
  ],
});

describe('pericarditis (constructed)', () => {
  const avr: ConstructedLead = {
    r: 100,
    s: -900,
    stJ: -120,
    t: -300,
    trace: [
      [-220, -60],
      [-160, -60],
      [-120, -150],
      [-80, 0],
      [0, 0],
      [30, -900],
      [80, -120],
      [300, -60],
    ],
  };
  const leads = {
    I: periTrace(120),
    II: periTrace(180),
    aVF: periTrace(130),
    V4: periTrace(200),
    V5: periTrace(180),
    V6: periTrace(140),
    aVR: avr,
  };
  const globals = { qrsDurationMs: 80, pOnsetMs: -160, tPeakMs: 200 };

  it('diffuse concave elevation, PR depression, aVR depression: flagged, not called', () => {
    const result = assessStemi(constructed(leads, globals), { sex: 'female', findings: [] });
    expect(result.criteriaMet).toBe(true);
    expect(result.stemi).toBe(false);
    const peri = result.mimics.find((x) => x.kind === 'pericarditis');
    expect(peri?.explainsElevation).toBe(true);
  });

  it('with Q waves in the elevated inferior leads it is not attributed to pericarditis', () => {
    const withQ = {
      ...leads,
      II: { ...periTrace(180), q: -400, r: 300 },
      aVF: { ...periTrace(130), q: -500, r: 200 },
    };
    const result = assessStemi(constructed(withQ, globals), { sex: 'female', findings: [] });
    expect(result.stemi).toBe(true);
    expect(result.mimics.find((x) => x.kind === 'pericarditis')?.explainsElevation).toBe(false);
  });
});
