import type { Shift } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import { dayLanes, hourSegments, weekSegments, type ShiftSegment } from './week-layout.js';

/** The week of Monday 3 March 2025 (1 March 2025 was a Saturday). */
const weekStart = '2025-03-03';

let next = 0;
/** A shift with the given timing; ids and names are made up for the test. */
function shift(timing: Partial<Shift>, user = 'Kelsang', role: Shift['role'] = 'primary'): Shift {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    orgId: '00000000-0000-4000-8000-00000000aaaa',
    user: { id: `user-${user}`, displayName: user },
    role,
    onCallCardiologist: false,
    weekday: null,
    date: null,
    startTime: '08:00',
    endTime: '20:00',
    note: null,
    createdAt: '2025-03-01T00:00:00.000Z',
    ...timing,
  };
}

const brief = (segments: ShiftSegment[]): [number, number, number, boolean, boolean][] =>
  segments.map((s) => [s.day, s.startMinute, s.endMinute, s.fromPreviousDay, s.intoNextDay]);

describe('weekSegments', () => {
  it('splits a weekly night shift at midnight into the next day', () => {
    // Wednesday 20:00 → Thursday 08:00: 20:00 = 1200 min, 08:00 = 480 min.
    const night = shift({ weekday: 3, startTime: '20:00', endTime: '08:00' });
    expect(brief(weekSegments([night], weekStart))).toEqual([
      [2, 1200, 1440, false, true],
      [3, 0, 480, true, false],
    ]);
  });

  it('wraps a weekly Sunday night shift onto this Monday morning (the pattern repeats)', () => {
    const sunday = shift({ weekday: 7, startTime: '20:00', endTime: '08:00' });
    expect(brief(weekSegments([sunday], weekStart))).toEqual([
      [6, 1200, 1440, false, true],
      [0, 0, 480, true, false],
    ]);
  });

  it('brings the tail of a one-off shift from the Sunday before into Monday', () => {
    const before = shift({ date: '2025-03-02', startTime: '22:00', endTime: '06:00' });
    expect(brief(weekSegments([before], weekStart))).toEqual([[0, 0, 360, true, false]]);
  });

  it('draws a one-off Sunday night shift only up to the end of the week', () => {
    const last = shift({ date: '2025-03-09', startTime: '22:00', endTime: '06:00' });
    expect(brief(weekSegments([last], weekStart))).toEqual([[6, 1320, 1440, false, true]]);
  });

  it('leaves out one-off shifts of other weeks', () => {
    const later = shift({ date: '2025-03-10', startTime: '08:00', endTime: '20:00' });
    const earlier = shift({ date: '2025-03-01', startTime: '20:00', endTime: '08:00' });
    expect(weekSegments([later, earlier], weekStart)).toEqual([]);
  });

  it('reads an end at 00:00 as midnight and 24:00 as the end of the day', () => {
    const evening = shift({ weekday: 5, startTime: '22:00', endTime: '00:00' });
    const whole = shift({ weekday: 1, startTime: '00:00', endTime: '24:00' });
    expect(brief(weekSegments([evening, whole], weekStart))).toEqual([
      [4, 1320, 1440, false, false],
      [0, 0, 1440, false, false],
    ]);
  });

  it('keeps minutes that are not on the hour', () => {
    const odd = shift({ date: '2025-03-05', startTime: '07:45', endTime: '12:10' });
    expect(brief(weekSegments([odd], weekStart))).toEqual([[2, 465, 730, false, false]]);
  });
});

describe('dayLanes', () => {
  it('puts one person in one duty on one lane, ordered by the earliest start', () => {
    // Every night 20:00–08:00: Tuesday holds Monday night's tail and Tuesday night's head.
    const nights = [1, 2].map((weekday) =>
      shift({ weekday, startTime: '20:00', endTime: '08:00' }, 'Pasang'),
    );
    const day = shift({ weekday: 2, startTime: '08:00', endTime: '20:00' }, 'Kelsang');
    const backup = shift({ weekday: 2, startTime: '00:00', endTime: '24:00' }, 'Pasang', 'backup');
    const lanes = dayLanes(weekSegments([day, ...nights, backup], weekStart), 1);
    expect(lanes.map((l) => [l.displayName, l.segments.map((s) => s.startMinute)])).toEqual([
      ['Pasang', [0, 1200]],
      ['Pasang', [0]],
      ['Kelsang', [480]],
    ]);
    expect(lanes[0]?.segments.map((s) => s.shift.role)).toEqual(['primary', 'primary']);
    expect(lanes[1]?.segments[0]?.shift.role).toBe('backup');
  });
});

describe('hourSegments', () => {
  it('finds who covers part of an hour, end excluded', () => {
    const sunday = shift({ weekday: 7, startTime: '20:00', endTime: '07:30' }, 'Pasang');
    const segments = weekSegments([sunday], weekStart);
    expect(hourSegments(segments, 0, 7).map((s) => s.shift.user.displayName)).toEqual(['Pasang']);
    expect(hourSegments(segments, 0, 8)).toEqual([]);
    expect(hourSegments(segments, 6, 19)).toEqual([]);
    expect(hourSegments(segments, 6, 20)).toHaveLength(1);
  });
});
