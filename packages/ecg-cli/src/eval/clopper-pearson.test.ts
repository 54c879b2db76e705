/**
 * Exact Clopper–Pearson intervals against published values: the 0/10 and 5/10 intervals quoted in
 * the brief (0/10 → [0, 0.3085]; 5/10 → [0.1871, 0.8129]), the "rule of three" limit for 0/n
 * (upper = 1 − 0.025^(1/n), closed form when x = 0), and the closed forms of the beta function.
 */
import { describe, expect, it } from 'vitest';
import {
  clopperPearson,
  incompleteBeta,
  inverseIncompleteBeta,
  logGamma,
} from './clopper-pearson.js';

describe('clopperPearson', () => {
  it('0/10 → [0, 0.3085] and 5/10 → [0.1871, 0.8129] (published, 4 decimals)', () => {
    const [lo0, hi0] = clopperPearson(0, 10) ?? [NaN, NaN];
    expect(lo0).toBe(0);
    expect(hi0).toBeCloseTo(0.3085, 4);
    const [lo5, hi5] = clopperPearson(5, 10) ?? [NaN, NaN];
    expect(lo5).toBeCloseTo(0.1871, 4);
    expect(hi5).toBeCloseTo(0.8129, 4);
  });

  it('x = 0 and x = n match their closed forms 1 − (α/2)^(1/n) and (α/2)^(1/n)', () => {
    for (const n of [1, 3, 7, 35, 105]) {
      expect(clopperPearson(0, n)?.[1]).toBeCloseTo(1 - 0.025 ** (1 / n), 10);
      expect(clopperPearson(n, n)?.[0]).toBeCloseTo(0.025 ** (1 / n), 10);
      expect(clopperPearson(n, n)?.[1]).toBe(1);
    }
  });

  it('is symmetric (x/n mirrors (n − x)/n) and contains the estimate', () => {
    for (const [x, n] of [
      [1, 3],
      [2, 61],
      [47, 53],
    ] as const) {
      const [lo, hi] = clopperPearson(x, n) ?? [NaN, NaN];
      const [mlo, mhi] = clopperPearson(n - x, n) ?? [NaN, NaN];
      expect(lo).toBeCloseTo(1 - mhi, 10);
      expect(hi).toBeCloseTo(1 - mlo, 10);
      expect(lo).toBeLessThan(x / n);
      expect(hi).toBeGreaterThan(x / n);
    }
  });

  it('has no interval for n = 0; a 99 % interval is wider than the 95 % one', () => {
    expect(clopperPearson(0, 0)).toBeNull();
    const [lo95, hi95] = clopperPearson(3, 20) ?? [NaN, NaN];
    const [lo99, hi99] = clopperPearson(3, 20, 0.99) ?? [NaN, NaN];
    expect(lo99).toBeLessThan(lo95);
    expect(hi99).toBeGreaterThan(hi95);
  });
});

describe('incomplete beta and its inverse', () => {
  it('matches closed forms: I_x(1, b) = 1 − (1 − x)^b, I_x(a, 1) = x^a, I_0.5(a, a) = 0.5', () => {
    expect(incompleteBeta(0.3, 1, 4)).toBeCloseTo(1 - 0.7 ** 4, 12);
    expect(incompleteBeta(0.3, 2.5, 1)).toBeCloseTo(0.3 ** 2.5, 12);
    expect(incompleteBeta(0.5, 40, 40)).toBeCloseTo(0.5, 12);
    expect(Math.exp(logGamma(6))).toBeCloseTo(120, 9);
    expect(Math.exp(logGamma(0.5))).toBeCloseTo(Math.sqrt(Math.PI), 12);
  });

  it('inverts: I at the quantile gives back the probability', () => {
    for (const [p, a, b] of [
      [0.025, 2, 9],
      [0.975, 31, 4],
      [0.5, 0.5, 0.5],
    ] as const) {
      expect(incompleteBeta(inverseIncompleteBeta(p, a, b), a, b)).toBeCloseTo(p, 10);
    }
  });
});
