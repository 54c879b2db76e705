import { describe, expect, it } from 'vitest';
import { isFibrillation } from './atrial-fibrillation.js';
import { rrIrregularity } from './rr-irregularity.js';

/** Synthetic RR series: AF-like (independent, uniformly random 450–950 ms). */
function randomRr(count: number, seed: number): number[] {
  let s = seed;
  return Array.from({ length: count }, () => {
    s = (s * 16807) % 2147483647;
    return 450 + (500 * s) / 2147483647;
  });
}

/** Synthetic RR series: sinus arrhythmia (smooth respiratory swing ±120 ms over 5 beats). */
function sinusArrhythmiaRr(count: number): number[] {
  return Array.from({ length: count }, (_, i) => 850 + 120 * Math.sin((2 * Math.PI * i) / 5));
}

describe('rrIrregularity (synthetic RR series)', () => {
  it('a regular rhythm has low RMSSD and COSEn', () => {
    const r = rrIrregularity(Array.from({ length: 12 }, (_, i) => 800 + (i % 2 === 0 ? 5 : -5)));
    expect(r.normalizedRmssd).toBeLessThan(0.02);
    expect(r.cosEn).toBeLessThan(-1.4);
  });

  it('AF-like random RR is irregular by COSEn and RMSSD', () => {
    for (const seed of [1, 7, 42]) {
      const r = rrIrregularity(randomRr(14, seed));
      expect(r.cosEn).toBeGreaterThan(-1.4);
      expect(r.normalizedRmssd).toBeGreaterThanOrEqual(0.1);
    }
  });

  it('sinus arrhythmia varies as much but stays predictable: low COSEn', () => {
    const r = rrIrregularity(sinusArrhythmiaRr(14));
    expect(Math.max(...sinusArrhythmiaRr(14)) - Math.min(...sinusArrhythmiaRr(14))).toBeGreaterThan(
      200,
    );
    expect(r.cosEn).toBeLessThan(-1.4);
  });
});

describe('isFibrillation', () => {
  const irregular = {
    count: 12,
    meanRrMs: 700,
    normalizedRmssd: 0.2,
    turningPointRatio: 0.7,
    cosEn: -0.5,
  };

  it('AF needs irregularity and fewer than half the beats with a P wave', () => {
    expect(isFibrillation(irregular, 0.49)).toBe(true);
    expect(isFibrillation(irregular, 0.5)).toBe(false);
  });

  it('edges: COSEn −1.4 and RMSSD/mean 0.1', () => {
    expect(isFibrillation({ ...irregular, cosEn: -1.4 }, 0)).toBe(false);
    expect(isFibrillation({ ...irregular, cosEn: -1.39 }, 0)).toBe(true);
    expect(isFibrillation({ ...irregular, normalizedRmssd: 0.0999 }, 0)).toBe(false);
    expect(isFibrillation({ ...irregular, normalizedRmssd: 0.1 }, 0)).toBe(true);
  });

  it('an undefined COSEn (no matches at all) counts as irregular', () => {
    expect(isFibrillation({ ...irregular, cosEn: Number.NaN }, 0)).toBe(true);
  });
});
