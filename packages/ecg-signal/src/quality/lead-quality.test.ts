/**
 * Quality rules on synthetic leads built here (a Gaussian-wave ECG, a constant line, low-level
 * noise, a clipped ECG, an ECG under broadband noise); expected verdicts follow from the rules'
 * definitions, not from the code's output.
 */
import { describe, expect, it } from 'vitest';
import { regularBeats, seededRandom, syntheticLead } from '../qrs/synthetic-ecg.js';
import { LEAD_QUALITY_THRESHOLDS, assessLeadQuality } from './lead-quality.js';
import { assessSignalQuality } from './signal-quality.js';

const FS = 500;
const DURATION_S = 20;
const beats = regularBeats(DURATION_S, 70);
const beatSamples = beats.map((b) => Math.round(b.timeS * FS));
const cleanEcg = (): Float32Array => syntheticLead(beats, DURATION_S, FS);

describe('assessLeadQuality on synthetic leads', () => {
  it('a clean synthetic ECG is good, with or without beats', () => {
    expect(assessLeadQuality(cleanEcg(), FS)).toMatchObject({ status: 'good', reasons: [] });
    expect(assessLeadQuality(cleanEcg(), FS, { beats: beatSamples }).status).toBe('good');
  });

  it('a constant line is lead-off and unusable', () => {
    const q = assessLeadQuality(new Float32Array(DURATION_S * FS).fill(-320), FS);
    expect(q.status).toBe('unusable');
    expect(q.reasons.map((r) => r.issue)).toEqual(['lead-off']);
    expect(q.reasons[0]?.fraction).toBe(1);
  });

  it('invalid (NaN) samples are lead-off', () => {
    const x = cleanEcg();
    x.fill(NaN, 0, 12 * FS);
    const q = assessLeadQuality(x, FS);
    expect(q.status).toBe('unusable');
    expect(q.reasons[0]?.issue).toBe('lead-off');
  });

  it('a flat line (20 µV of noise, no QRS) is flat and unusable', () => {
    const random = seededRandom(1);
    const x = Float32Array.from({ length: DURATION_S * FS }, () => 20 * (random() - 0.5));
    const q = assessLeadQuality(x, FS);
    expect(q.status).toBe('unusable');
    expect(q.reasons[0]).toMatchObject({ issue: 'flat', unit: 'µV' });
    expect(q.reasons[0]?.measured).toBeLessThan(LEAD_QUALITY_THRESHOLDS.flatPeakToPeakUv);
  });

  it('an ECG clipped at ±600 µV is saturated', () => {
    // The synthetic R wave (1200 µV, σ 10 ms) stays above 600 µV for about 24 ms.
    const x = cleanEcg().map((v) => Math.max(-600, Math.min(600, v)));
    const q = assessLeadQuality(x, FS);
    expect(q.status).toBe('unusable');
    expect(q.reasons[0]).toMatchObject({ issue: 'saturated', fraction: 1 });
    expect(q.reasons[0]?.measured).toBeGreaterThanOrEqual(LEAD_QUALITY_THRESHOLDS.railPlateauMs);
  });

  it('a clipped ECG whose plateau lasts under 20 ms is not saturated', () => {
    // The synthetic R wave exceeds 1150 µV for about 6 ms only.
    const x = cleanEcg().map((v) => Math.min(1150, v));
    expect(assessLeadQuality(x, FS).status).toBe('good');
  });

  it('an ECG under strong broadband noise is noisy (poor), by both noise checks', () => {
    const random = seededRandom(2);
    const x = cleanEcg().map((v) => v + 1200 * (random() - 0.5));
    const withoutBeats = assessLeadQuality(x, FS);
    expect(withoutBeats.status).toBe('poor');
    expect(withoutBeats.reasons[0]).toMatchObject({ issue: 'noisy', unit: 'ratio' });
    const withBeats = assessLeadQuality(x, FS, { beats: beatSamples });
    expect(withBeats.reasons[0]?.issue).toBe('noisy');
  });

  it('reports a noisy stretch as a fraction of the record', () => {
    const random = seededRandom(3);
    const x = cleanEcg().map((v, i) =>
      i >= 10 * FS && i < 15 * FS ? v + 1500 * (random() - 0.5) : v,
    );
    const q = assessLeadQuality(x, FS, { windowMs: 5000 });
    expect(q.status).toBe('poor');
    expect(q.reasons[0]).toMatchObject({ issue: 'noisy', fraction: 0.25 });
    expect(q.windows.map((w) => w.issues.length)).toEqual([0, 0, 1, 0]);
  });
});

describe('assessSignalQuality', () => {
  it('names the unusable lead and calls the record poor', () => {
    const q = assessSignalQuality({
      sampleRateHz: FS,
      leads: [
        { name: 'II', samplesUv: cleanEcg() },
        { name: 'V1', samplesUv: new Float32Array(DURATION_S * FS) },
      ],
    });
    expect(q.overall).toBe('poor');
    expect(q.usableLeads).toEqual([0]);
    expect(q.leads.map((l) => [l.name, l.status])).toEqual([
      ['II', 'good'],
      ['V1', 'unusable'],
    ]);
  });
});
