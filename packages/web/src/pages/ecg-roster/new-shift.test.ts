import type { CoverageGap } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import type { CoverageTarget } from './gap-map.js';
import { newShiftValues } from './new-shift.js';

const weekStart = '2025-03-03';

/** Gaps of 60 minutes at (weekday, hour). */
const gaps = (...at: [number, number][]): CoverageGap[] =>
  at.map(([weekday, hour]) => ({ weekday, hour, date: '2025-03-03', uncoveredMinutes: 60 }));

const target = (parts: Partial<CoverageTarget>): CoverageTarget => ({
  orgId: '00000000-0000-4000-8000-00000000aaaa',
  orgName: { zh: '日喀则市人民医院', en: "Xigaze People's Hospital", bo: null },
  tier: 'hub',
  sourceOrgIds: [],
  gaps: [],
  onCallGaps: [],
  coordinatorGaps: [],
  uncoveredHours: 0,
  ...parts,
});

describe('newShiftValues', () => {
  it('offers a weekly day shift from the add button', () => {
    expect(newShiftValues(weekStart, null)).toMatchObject({
      kind: 'weekly',
      weekday: 1,
      date: '2025-03-03',
      startTime: '08:00',
      endTime: '20:00',
      role: 'primary',
    });
  });

  it('fills a one-hour reader gap with a primary shift of that hour', () => {
    const clicked = { hour: 3, target: target({ gaps: gaps([3, 3]) }) };
    expect(newShiftValues(weekStart, 2, clicked)).toMatchObject({
      weekday: 3,
      date: '2025-03-05',
      startTime: '03:00',
      endTime: '04:00',
      role: 'primary',
      onCallCardiologist: false,
    });
  });

  it('fills a stretch across midnight from its start, ending the next morning', () => {
    // Tuesday 22:00 – Wednesday 02:00 uncovered; the click is on Wednesday 01:00.
    const clicked = { hour: 1, target: target({ gaps: gaps([2, 22], [2, 23], [3, 0], [3, 1]) }) };
    expect(newShiftValues(weekStart, 2, clicked)).toMatchObject({
      weekday: 2,
      date: '2025-03-04',
      startTime: '22:00',
      endTime: '02:00',
    });
  });

  it('ends a stretch reaching midnight at 24:00 of its day', () => {
    const clicked = { hour: 22, target: target({ gaps: gaps([5, 22], [5, 23]) }) };
    expect(newShiftValues(weekStart, 4, clicked)).toMatchObject({
      weekday: 5,
      startTime: '22:00',
      endTime: '24:00',
    });
  });

  it('asks for the missing duty: the hub on-call cardiologist, the centre coordinator', () => {
    const hub = { hour: 9, target: target({ onCallGaps: gaps([1, 9]) }) };
    expect(newShiftValues(weekStart, 0, hub)).toMatchObject({
      role: 'backup',
      onCallCardiologist: true,
      startTime: '09:00',
      endTime: '10:00',
    });
    const centre = {
      hour: 9,
      target: target({ tier: 'reading_centre', coordinatorGaps: gaps([1, 9]) }),
    };
    expect(newShiftValues(weekStart, 0, centre)).toMatchObject({ role: 'coordinator' });
  });

  it('offers the whole clicked day when a day or more is uncovered', () => {
    const all = Array.from({ length: 48 }, (_, i): [number, number] => [
      Math.floor(i / 24) + 1,
      i % 24,
    ]);
    const clicked = { hour: 5, target: target({ gaps: gaps(...all) }) };
    expect(newShiftValues(weekStart, 1, clicked)).toMatchObject({
      weekday: 2,
      startTime: '00:00',
      endTime: '24:00',
    });
  });
});
