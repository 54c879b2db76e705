/**
 * `interpretEcg` on small synthetic 12-lead records built for these tests (`syntheticEcg`, known
 * R peaks, rates and ST levels; named synthetic wherever used), plus the rules of this folder at
 * their thresholds' edges. The real-record tests (MIT-BIH, LUDB, PTB-XL) are in packages/ecg-cli.
 */
import { describe, expect, it } from 'vitest';
import { syntheticEcg } from '../measurements/synthetic-12-lead.js';
import type { Measurements } from '../measurements/types.js';
import { StatementSet, fromMeasuredEvidence } from './evidence.js';
import { interpretEcg } from './interpret-ecg.js';
import { axisStatement, extremeRateStatement } from './rate-axis.js';

const ST_CODES = ['stemi', 'st_elevation', 'st_depression', 'early_repolarization'];

describe('interpretEcg on synthetic records', () => {
  it('synthetic 75/min: beats at the built R peaks, at the record rate, all sections filled', () => {
    const { signal, fiducials } = syntheticEcg({ rrMs: 800, beats: 12, noiseUv: 10 });
    const result = interpretEcg(signal);
    expect(result.record).toEqual({
      sampleRateHz: 500,
      leads: [...signal.leads.map((l) => l.name)],
      durationS: 10.4,
    });
    for (const r of fiducials) {
      expect(result.beats.some((b) => Math.abs(b.sample - r) <= 10)).toBe(true); // 20 ms
    }
    expect(result.measurements?.heartRateBpm).toBeGreaterThan(60);
    expect(result.rhythm).not.toBeNull();
    expect(result.quality.overall).toBe('good');
    expect(result.statements.map((s) => s.code)).not.toContain('poor_quality');
    expect(result.triage.level).not.toBe('critical');
  });

  it('synthetic 30/min → bradycardia_extreme, 171/min → tachycardia_extreme, both critical', () => {
    const slow = interpretEcg(syntheticEcg({ rrMs: 2000, beats: 6, noiseUv: 10 }).signal);
    const fast = interpretEcg(syntheticEcg({ rrMs: 350, tEndMs: 280, beats: 34 }).signal);
    expect(slow.statements.map((s) => s.code)).toContain('bradycardia_extreme');
    expect(fast.statements.map((s) => s.code)).toContain('tachycardia_extreme');
    expect([slow.triage.level, fast.triage.level]).toEqual(['critical', 'critical']);
  });

  it('synthetic inferior ST elevation 250 µV, man of 50: STEMI with II, III, aVF, critical', () => {
    const { signal } = syntheticEcg({
      rrMs: 800,
      beats: 12,
      stUv: { II: 250, III: 250, aVF: 250 },
    });
    const result = interpretEcg(signal, { sex: 'male', ageYears: 50 });
    const stemi = result.statements.find((s) => s.code === 'stemi');
    expect(stemi?.evidence.leads).toEqual(['II', 'III', 'aVF']);
    expect(stemi?.evidence.thresholds?.['ST at J other leads (uV)']).toBe('>= 100');
    expect(stemi?.evidence.note).toContain('men ≥ 40');
    expect(result.triage).toMatchObject({ level: 'critical', reasons: [{ code: 'stemi' }] });
  });

  it('synthetic record with every lead flat: poor_quality only, no beats, no measurements', () => {
    const { signal } = syntheticEcg({ rrMs: 800, beats: 12 });
    signal.leads.forEach((lead) => lead.samplesUv.fill(0));
    const result = interpretEcg(signal);
    expect(result.statements.map((s) => s.code)).toEqual(['poor_quality']);
    expect(result).toMatchObject({ beats: [], measurements: null, rhythm: null });
    expect(result.quality.overall).toBe('unusable');
    expect(result.triage.level).toBe('urgent');
  });

  it('synthetic STEMI whose lead III is flat: poor_quality, and no ST statement rests on III', () => {
    const { signal } = syntheticEcg({
      rrMs: 800,
      beats: 12,
      stUv: { II: 250, III: 250, aVF: 250 },
    });
    signal.leads.find((l) => l.name === 'III')?.samplesUv.fill(0);
    const result = interpretEcg(signal, { sex: 'male', ageYears: 50 });
    const poor = result.statements.find((s) => s.code === 'poor_quality');
    expect(poor?.evidence.leads).toContain('III');
    expect(result.measurements?.leads.III).toBeUndefined();
    for (const s of result.statements.filter((x) => ST_CODES.includes(x.code))) {
      expect(s.evidence.leads ?? []).not.toContain('III');
      expect(Object.keys(s.evidence.values ?? {}).join(' ')).not.toMatch(/\bIII\b/);
    }
  });
});

describe('rules at their edges (constructed values)', () => {
  it('extreme rates: < 40 and > 150 per minute, strictly', () => {
    expect(extremeRateStatement(39.9, 7, 10)?.code).toBe('bradycardia_extreme');
    expect(extremeRateStatement(40, 7, 10)).toBeNull();
    expect(extremeRateStatement(150, 25, 10)).toBeNull();
    expect(extremeRateStatement(150.1, 25, 10)?.code).toBe('tachycardia_extreme');
    // Fewer than two beats on usable leads in 10 s: at most 6/min.
    expect(extremeRateStatement(null, 1, 10)?.evidence.values).toMatchObject({
      'ventricular rate at most (bpm)': 6,
    });
    expect(extremeRateStatement(null, 1, 1)).toBeNull(); // 1 s: up to 60/min, nothing to say
  });

  it('axis deviation: left below −30° down to −90°, right above +90°', () => {
    const withAxis = (qrsAxisDeg: number | null): Measurements =>
      ({ qrsAxisDeg, leads: {} }) as unknown as Measurements;
    expect(axisStatement(withAxis(-30))).toBeNull();
    expect(axisStatement(withAxis(-30.1))?.code).toBe('left_axis_deviation');
    expect(axisStatement(withAxis(-90))?.code).toBe('left_axis_deviation');
    expect(axisStatement(withAxis(-91))).toBeNull(); // extreme axis: no catalogue statement
    expect(axisStatement(withAxis(90))).toBeNull();
    expect(axisStatement(withAxis(90.1))?.code).toBe('right_axis_deviation');
    expect(axisStatement(withAxis(null))).toBeNull();
  });

  it('one statement per code: evidence of repeated findings is merged, not repeated', () => {
    const set = new StatementSet();
    set.add('pause', { values: { rrMs: 2400 }, samples: [100, 1300] });
    set.add('pause', { values: { rrMs: 2600 }, samples: [3000, 4300] });
    set.add(
      'left_ventricular_hypertrophy',
      fromMeasuredEvidence([
        {
          quantity: 'SV1 + RV5',
          leads: ['V1', 'V5'],
          value: 3612.4567,
          unit: 'uV',
          threshold: { comparison: '>=', value: 3500 },
          met: true,
        },
      ]),
    );
    const [pause, lvh] = set.list(); // catalogue order
    expect(pause?.evidence).toEqual({
      values: { rrMs: 2400, 'rrMs #2': 2600 },
      samples: [100, 1300, 3000, 4300],
    });
    expect(lvh?.evidence).toEqual({
      leads: ['V1', 'V5'],
      values: { 'SV1 + RV5 V1+V5 (uV)': 3612.457 },
      thresholds: { 'SV1 + RV5 V1+V5 (uV)': '>= 3500' },
    });
  });
});
