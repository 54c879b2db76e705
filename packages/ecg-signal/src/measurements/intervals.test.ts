import { describe, expect, it } from 'vitest';
import { qtcBazettMs, qtcFridericiaMs, rrStatistics } from './intervals.js';

describe('QT correction (formula edges)', () => {
  it('both equal QT at RR = 1000 ms (60 bpm)', () => {
    expect(qtcBazettMs(400, 1000)).toBe(400);
    expect(qtcFridericiaMs(400, 1000)).toBe(400);
  });

  it('Bazett: QT 400 at RR 640 ms (√0.64 = 0.8) → 500; RR 1440 ms → 333.3', () => {
    expect(qtcBazettMs(400, 640)).toBeCloseTo(500, 9);
    expect(qtcBazettMs(400, 1440)).toBeCloseTo(400 / 1.2, 9);
  });

  it('Fridericia: QT 400 at RR 512 ms (∛0.512 = 0.8) → 500; RR 1728 ms → 333.3', () => {
    expect(qtcFridericiaMs(400, 512)).toBeCloseTo(500, 9);
    expect(qtcFridericiaMs(400, 1728)).toBeCloseTo(400 / 1.2, 9);
  });

  it('Bazett corrects more than Fridericia at fast rates, less at slow rates', () => {
    expect(qtcBazettMs(350, 500)).toBeGreaterThan(qtcFridericiaMs(350, 500));
    expect(qtcBazettMs(450, 1500)).toBeLessThan(qtcFridericiaMs(450, 1500));
  });

  it.each([
    [400, 0],
    [400, -800],
    [0, 800],
    [400, Number.NaN],
    [400, Number.POSITIVE_INFINITY],
  ])('QT %d ms, RR %d ms → RangeError', (qt, rr) => {
    expect(() => qtcBazettMs(qt, rr)).toThrow(RangeError);
    expect(() => qtcFridericiaMs(qt, rr)).toThrow(RangeError);
  });
});

describe('rrStatistics', () => {
  it('mean, median and rate of irregular RR', () => {
    const stats = rrStatistics(Int32Array.from([0, 400, 1000, 1400]), 500); // 800, 1200, 800 ms
    expect(stats.rrMeanMs).toBeCloseTo(2800 / 3, 9);
    expect(stats.rrMedianMs).toBe(800);
    expect(stats.heartRateBpm).toBeCloseTo(60_000 / (2800 / 3), 9);
  });

  it('one beat: no RR, no rate', () => {
    expect(rrStatistics(Int32Array.from([100]), 500)).toEqual({
      rrMeanMs: null,
      rrMedianMs: null,
      heartRateBpm: null,
    });
  });
});
