/**
 * Fourth Universal Definition thresholds by sex and age, at their edges. Expected values are the
 * definition's (Thygesen et al. 2018), in µV at 10 mm/mV.
 */
import { describe, expect, it } from 'vitest';
import { elevationThresholdUv, udmiThresholds } from './thresholds.js';

describe('udmiThresholds', () => {
  it.each([
    [{ sex: 'female' as const, ageYears: 30 }, 150],
    [{ sex: 'female' as const }, 150],
    [{ sex: 'male' as const, ageYears: 39 }, 250],
    [{ sex: 'male' as const, ageYears: 40 }, 200],
    [{ sex: 'male' as const, ageYears: 75 }, 200],
  ])('%j → V2–V3 %d µV, other leads 100 µV', (context, v2V3Uv) => {
    const t = udmiThresholds(context);
    expect(t.v2V3Uv).toBe(v2V3Uv);
    expect(t.otherLeadsUv).toBe(100);
    expect(t.depressionUv).toBe(50);
  });

  it('sex unknown: the most sensitive row (women 1.5 mm), and says so', () => {
    for (const context of [
      {},
      { ageYears: 30 },
      { sex: 'unknown' as const },
      { sex: 'other' as const },
    ]) {
      const t = udmiThresholds(context);
      expect(t.v2V3Uv).toBe(150);
      expect(t.basis).toMatch(/sex unknown: most sensitive/);
    }
  });

  it('names the row applied', () => {
    expect(udmiThresholds({ sex: 'male', ageYears: 39 }).basis).toMatch(
      /men < 40 years: V2–V3 ≥ 2.5 mm/,
    );
    expect(udmiThresholds({ sex: 'male', ageYears: 40 }).basis).toMatch(
      /men ≥ 40 years: V2–V3 ≥ 2 mm/,
    );
    expect(udmiThresholds({ sex: 'female', ageYears: 39 }).basis).toMatch(/women: V2–V3 ≥ 1.5 mm/);
  });

  it("man of unknown age: the men's ≥ 40 row (2 mm), and says so", () => {
    const t = udmiThresholds({ sex: 'male' });
    expect(t.v2V3Uv).toBe(200);
    expect(t.basis).toMatch(/unknown age/);
  });

  it('posterior leads 0.5 mm (1 mm in men < 40); right chest leads 0.5 mm (1 mm in men < 30)', () => {
    expect(udmiThresholds({ sex: 'male', ageYears: 39 }).posteriorLeadsUv).toBe(100);
    expect(udmiThresholds({ sex: 'male', ageYears: 40 }).posteriorLeadsUv).toBe(50);
    expect(udmiThresholds({ sex: 'male', ageYears: 29 }).rightLeadsUv).toBe(100);
    expect(udmiThresholds({ sex: 'male', ageYears: 30 }).rightLeadsUv).toBe(50);
    expect(udmiThresholds({ sex: 'female', ageYears: 25 }).posteriorLeadsUv).toBe(50);
  });
});

describe('elevationThresholdUv', () => {
  const men = udmiThresholds({ sex: 'male', ageYears: 39 });
  it.each([
    ['V2', 250],
    ['V3', 250],
    ['V1', 100],
    ['V4', 100],
    ['II', 100],
    ['V8', 100],
    ['V4R', 50],
    ['aVR', Infinity],
  ])('%s → %d µV', (lead, expected) => {
    expect(elevationThresholdUv(men, lead)).toBe(expected);
  });
});
