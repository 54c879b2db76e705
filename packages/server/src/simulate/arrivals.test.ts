import { describe, expect, it } from 'vitest';
import { generateStudies, rateFactor, type StreamSpec } from './arrivals.js';
import { countLevels, levelPicker } from './level-mix.js';
import { defaultReadingModel } from './reading-model.js';
import { seededRng } from './rng.js';
import { nearestRank } from './stats.js';

const spec = (over: Partial<StreamSpec>): StreamSpec => ({
  ratePerHour: 60,
  hours: 24,
  profile: 'flat',
  pickLevel: () => 'routine',
  model: defaultReadingModel,
  ...over,
});

describe('the arrival stream', () => {
  it('is Poisson: the count over 1,000 h at 60/h is 60,000 ± 4 standard deviations (√60000 ≈ 245)', () => {
    const studies = generateStudies(spec({ hours: 1000 }), seededRng(1));
    expect(Math.abs(studies.length - 60_000)).toBeLessThan(4 * 245);
    // Gaps are exponential: their coefficient of variation is 1.
    const gaps = studies.slice(1).map((s, i) => s.arrivalMin - (studies[i]?.arrivalMin ?? 0));
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    const sd = Math.sqrt(gaps.reduce((a, g) => a + (g - mean) ** 2, 0) / gaps.length);
    expect(mean).toBeCloseTo(1, 1);
    expect(sd / mean).toBeCloseTo(1, 1);
  });

  it('is the same for the same seed and empty at rate 0', () => {
    expect(generateStudies(spec({}), seededRng(9))).toEqual(
      generateStudies(spec({}), seededRng(9)),
    );
    expect(generateStudies(spec({ ratePerHour: 0 }), seededRng(9))).toEqual([]);
  });

  it('day-night: 14:00 ± 1 h gets 2.989/1.011 times the ECGs of 02:00 ± 1 h, the day the same as flat', () => {
    // ∫ over ±1 h of 1 ± 0.5·cos(2πx/24) dx = 2 ± 0.5·(24/π)·sin(π/12) = 2 ± 0.98858.
    expect(rateFactor('day-night', 14 * 60)).toBeCloseTo(1.5, 12);
    expect(rateFactor('day-night', 2 * 60)).toBeCloseTo(0.5, 12);
    const studies = generateStudies(spec({ hours: 2400, profile: 'day-night' }), seededRng(2));
    const inHours = (from: number, to: number): number =>
      studies.filter((s) => {
        const hour = (s.arrivalMin / 60) % 24;
        return hour >= from && hour < to;
      }).length;
    // Expected over 100 days: 60·2.98858·100 = 17,931 and 60·1.01142·100 = 6,069 (± 4 √n).
    expect(Math.abs(inHours(13, 15) - 17_931)).toBeLessThan(4 * Math.sqrt(17_931));
    expect(Math.abs(inHours(1, 3) - 6_069)).toBeLessThan(4 * Math.sqrt(6_069));
    expect(Math.abs(studies.length - 144_000)).toBeLessThan(4 * Math.sqrt(144_000));
  });

  it('draws reading times from the model: lognormal median 3 min for routine', () => {
    const studies = generateStudies(spec({ hours: 200 }), seededRng(4));
    const reading = studies.map((s) => s.readingMin).sort((a, b) => a - b);
    expect(nearestRank(reading, 0.5)).toBeCloseTo(3, 1);
    // p90 of lognormal(ln 3, 0.5) = 3·e^(1.2816·0.5) = 5.70
    expect(Math.abs(nearestRank(reading, 0.9) - 5.7)).toBeLessThan(0.15);
  });
});

describe('the level mix', () => {
  const files = ['routine', 'routine', 'urgent', 'critical'] as const;

  it('replays the files’ own mix, or the critical share asked for', () => {
    const draw = (share: number | null): ReturnType<typeof countLevels> => {
      const pick = levelPicker(files, share);
      const rng = seededRng(8);
      return countLevels(Array.from({ length: 40_000 }, () => pick(rng)));
    };
    const own = draw(null); // expected 20,000 / 10,000 / 10,000 (sd ≤ 100)
    expect(Math.abs(own.routine - 20_000)).toBeLessThan(400);
    expect(Math.abs(own.critical - 10_000)).toBeLessThan(400);
    const fivePercent = draw(0.05); // critical 2,000; the rest 2:1 routine:urgent (sd ≤ 95)
    expect(Math.abs(fivePercent.critical - 2_000)).toBeLessThan(200);
    expect(Math.abs(fivePercent.routine - 25_333)).toBeLessThan(400);
  });

  it('refuses a critical share the files cannot give, naming the option', () => {
    expect(() => levelPicker(['routine'], 0.1)).toThrow(/--critical-share|critical/);
    expect(() => levelPicker(['critical'], 0.5)).toThrow(/critical/);
    expect(() => levelPicker([], null)).toThrow(/No analysable ECG/);
    expect(levelPicker(['routine'], 0)(seededRng(1))).toBe('routine');
  });

  it('nearest-rank quantiles (Hyndman & Fan definition 1)', () => {
    expect(nearestRank([1, 2, 3, 4], 0.5)).toBe(2);
    expect(nearestRank([1, 2, 3, 4], 0.9)).toBe(4);
    expect(nearestRank([5], 0.99)).toBe(5);
    expect(
      nearestRank(
        Array.from({ length: 100 }, (_, i) => i + 1),
        0.99,
      ),
    ).toBe(99);
  });
});
