import type { CoverageGap } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import {
  dayHourOf,
  gapRuns,
  gapsByHour,
  hourIndex,
  hourTone,
  secondDuty,
  type CoverageTarget,
} from './gap-map.js';

const gap = (weekday: number, hour: number, uncoveredMinutes = 60): CoverageGap => ({
  weekday,
  date: `2025-03-0${String(2 + weekday)}`,
  hour,
  uncoveredMinutes,
});

const target = (parts: Partial<CoverageTarget>): CoverageTarget => ({
  orgId: '00000000-0000-4000-8000-00000000aaaa',
  orgName: { zh: '上海心电判读中心', en: 'Shanghai ECG reading centre', bo: null },
  tier: 'reading_centre',
  sourceOrgIds: [],
  gaps: [],
  onCallGaps: [],
  coordinatorGaps: [],
  uncoveredHours: 0,
  ...parts,
});

describe('gapsByHour', () => {
  it('places each gap at its hour of the week, by duty', () => {
    // Wednesday (3) 03:00 is hour (3 − 1) × 24 + 3 = 51 of the week.
    const hours = gapsByHour(
      target({ gaps: [gap(3, 3)], coordinatorGaps: [gap(3, 3), gap(7, 23, 15)] }),
    );
    expect(hours).toHaveLength(168);
    expect(hourIndex(3, 3)).toBe(51);
    expect(hours[51]).toEqual({ reader: 60, onCall: 0, coordinator: 60 });
    expect(hours[167]).toEqual({ reader: 0, onCall: 0, coordinator: 15 });
    expect(hours.filter((h) => h.reader + h.onCall + h.coordinator > 0)).toHaveLength(2);
  });
});

describe('hourTone', () => {
  it('marks a missing reader first, then a missing second duty', () => {
    expect(hourTone({ reader: 1, onCall: 60, coordinator: 0 })).toBe('reader-gap');
    expect(hourTone({ reader: 0, onCall: 15, coordinator: 0 })).toBe('duty-gap');
    expect(hourTone({ reader: 0, onCall: 0, coordinator: 30 })).toBe('duty-gap');
    expect(hourTone({ reader: 0, onCall: 0, coordinator: 0 })).toBe('covered');
  });

  it('asks a hub for an on-call cardiologist and a reading centre for a coordinator', () => {
    expect(secondDuty('hub')).toBe('onCall');
    expect(secondDuty('reading_centre')).toBe('coordinator');
  });
});

describe('gapRuns', () => {
  it('merges consecutive hours, across midnight, in any input order', () => {
    // Tuesday 23:00 (47) and Wednesday 00:00–01:59 (48, 49) form one run; Friday 12:00 another.
    const runs = gapRuns([gap(3, 1), gap(5, 12), gap(2, 23), gap(3, 0), gap(3, 0)]);
    expect(runs).toEqual([
      { startIndex: 47, endIndex: 50 },
      { startIndex: 108, endIndex: 109 },
    ]);
    expect(dayHourOf(47)).toEqual({ day: 1, hour: 23 });
    expect(dayHourOf(50)).toEqual({ day: 2, hour: 2 });
  });

  it('gives one run for a week nobody covers, and none when all is covered', () => {
    const all = Array.from({ length: 168 }, (_, i) => gap(Math.floor(i / 24) + 1, i % 24));
    expect(gapRuns(all)).toEqual([{ startIndex: 0, endIndex: 168 }]);
    expect(gapRuns([])).toEqual([]);
  });
});
