import { describe, expect, it } from 'vitest';
import { defaultSupport, earliestRobust, latestRobust } from './multilead.js';

describe('multi-lead boundary rule', () => {
  it('earliest onset that two other leads corroborate; a lone early lead is ignored', () => {
    expect(earliestRobust([100, 102, 80, 101, null], 5, 2)).toBe(100);
    expect(earliestRobust([100, 102, 80, 84, 83], 5, 2)).toBe(80);
  });

  it('latest end that two other leads corroborate', () => {
    expect(latestRobust([100, 102, 140, 101], 5, 2)).toBe(102);
  });

  it('fewer leads than the support: one lead stands alone; callers lower the support (defaultSupport)', () => {
    expect(earliestRobust([120], 5, 2)).toBe(120);
    expect(earliestRobust([120, 90], 5, 2)).toBe(120); // uncorroborated: the median
    expect(earliestRobust([120, 90], 5, defaultSupport(2))).toBe(90);
    expect(earliestRobust([null, null], 5, 2)).toBeNull();
  });

  it('no corroborated value: the median', () => {
    expect(earliestRobust([10, 50, 90, 130], 5, 2)).toBe(90);
  });

  it('support by lead count', () => {
    expect([1, 2, 3, 5, 6, 12].map(defaultSupport)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
