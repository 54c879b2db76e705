import { describe, expect, it } from 'vitest';
import { coverageGaps, duty, weekCoverage } from './coverage.js';
import type { ShiftTiming } from './shift-rules.js';

// The week of Monday 2025-03-03 … Sunday 2025-03-09.
const monday = '2025-03-03';
const weekly = (weekday: number, start: number, end: number, flags: number = duty.reader) => ({
  weekday,
  date: null,
  startMinute: start * 60,
  endMinute: end * 60,
  flags,
});
const dayAndNight = (skip: (weekday: number) => boolean = () => false) =>
  [1, 2, 3, 4, 5, 6, 7].flatMap((d) => (skip(d) ? [] : [weekly(d, 8, 20), weekly(d, 20, 8)]));

describe('hours of the week nobody covers', () => {
  it('flags all 168 hours when there is no shift', () => {
    const gaps = coverageGaps(weekCoverage([], monday), duty.reader, monday);
    expect(gaps).toHaveLength(168);
    expect(gaps[0]).toEqual({ weekday: 1, date: monday, hour: 0, uncoveredMinutes: 60 });
    expect(gaps[167]).toEqual({ weekday: 7, date: '2025-03-09', hour: 23, uncoveredMinutes: 60 });
  });

  it('finds none with day and night shifts every day (Sunday night covers Monday morning)', () => {
    expect(coverageGaps(weekCoverage(dayAndNight(), monday), duty.reader, monday)).toEqual([]);
  });

  it('flags the twelve hours of a missing Wednesday night', () => {
    const shifts = dayAndNight().filter((s) => !(s.weekday === 3 && s.startMinute === 1200));
    const gaps = coverageGaps(weekCoverage(shifts, monday), duty.reader, monday);
    expect(gaps.map((g) => `${g.weekday}@${g.hour}`)).toEqual([
      '3@20',
      '3@21',
      '3@22',
      '3@23',
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((h) => `4@${h}`),
    ]);
    expect(gaps.every((g) => g.uncoveredMinutes === 60)).toBe(true);
    expect(gaps[4]?.date).toBe('2025-03-06');
  });

  it('counts the uncovered minutes of a partly covered hour', () => {
    const shifts: (ShiftTiming & { flags: number })[] = [
      ...dayAndNight().filter((s) => !(s.weekday === 2 && s.startMinute === 480)),
      { weekday: 2, date: null, startMinute: 8 * 60 + 30, endMinute: 20 * 60, flags: duty.reader },
    ];
    expect(coverageGaps(weekCoverage(shifts, monday), duty.reader, monday)).toEqual([
      { weekday: 2, date: '2025-03-04', hour: 8, uncoveredMinutes: 30 },
    ]);
  });

  it('fills a gap with a one-off shift of that week only', () => {
    const shifts = dayAndNight().filter((s) => !(s.weekday === 6 && s.startMinute === 480));
    const cover = { weekday: null, date: '2025-03-08', startMinute: 480, endMinute: 1200 };
    expect(
      coverageGaps(weekCoverage([...shifts, { ...cover, flags: 1 }], monday), 1, monday),
    ).toEqual([]);
    const nextWeek = { ...cover, date: '2025-03-15', flags: 1 };
    expect(coverageGaps(weekCoverage([...shifts, nextWeek], monday), 1, monday)).toHaveLength(12);
  });

  it('counts the morning of a one-off night that started the Sunday before', () => {
    const lateSunday = { weekday: null, date: '2025-03-02', startMinute: 1320, endMinute: 360 };
    const gaps = coverageGaps(weekCoverage([{ ...lateSunday, flags: 1 }], monday), 1, monday);
    expect(gaps).toHaveLength(168 - 6);
    expect(gaps[0]).toMatchObject({ weekday: 1, hour: 6 });
  });

  it('keeps duties apart: a coordinator is no reader, an on-call reader is both', () => {
    const mask = weekCoverage(
      [weekly(1, 0, 24, duty.coordinator), weekly(2, 0, 24, duty.reader | duty.onCall)],
      monday,
    );
    expect(coverageGaps(mask, duty.reader, monday)).toHaveLength(144);
    expect(coverageGaps(mask, duty.onCall, monday)).toHaveLength(144);
    expect(coverageGaps(mask, duty.coordinator, monday)).toHaveLength(144);
    expect(coverageGaps(mask, duty.coordinator, monday)[0]?.weekday).toBe(2);
  });
});
