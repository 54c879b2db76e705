import { describe, expect, it } from 'vitest';
import { makeStatement } from '../statements/statement.js';
import { triage } from './triage.js';

describe('triage (statements built by hand)', () => {
  it.each([
    'stemi',
    'ventricular_tachycardia',
    'ventricular_fibrillation',
    'av_block_third_degree',
    'bradycardia_extreme',
    'tachycardia_extreme',
  ] as const)('%s is critical', (code) => {
    const result = triage([makeStatement('sinus_rhythm'), makeStatement(code)]);
    expect(result.level).toBe('critical');
    expect(result.reasons.map((r) => r.code)).toEqual([code]);
  });

  it('critical outranks urgent, and all reasons at the decisive level are listed', () => {
    const result = triage([
      makeStatement('atrial_fibrillation'),
      makeStatement('stemi'),
      makeStatement('tachycardia_extreme'),
    ]);
    expect(result.level).toBe('critical');
    expect(result.reasons.map((r) => r.code)).toEqual(['stemi', 'tachycardia_extreme']);
  });

  it('atrial fibrillation alone is urgent; poor quality is urgent, never routine', () => {
    expect(triage([makeStatement('atrial_fibrillation')]).level).toBe('urgent');
    expect(triage([makeStatement('poor_quality')]).level).toBe('urgent');
  });

  it('a normal ECG is routine with no reasons', () => {
    expect(triage([makeStatement('sinus_rhythm')])).toEqual({ level: 'routine', reasons: [] });
  });
});
