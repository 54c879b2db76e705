import { describe, expect, it } from 'vitest';
import { addDays, localParts, weekdayOf, zonedInstant } from './local-time.js';
import { occurrenceAt, occurrenceEnd, type ShiftTiming } from './shift-rules.js';

// Expected values follow from the IANA time-zone database: Asia/Shanghai is UTC+8 all year (no
// daylight saving since 1991); Europe/Berlin is UTC+1, UTC+2 from 2025-03-30 02:00 local to
// 2025-10-26 03:00 local. 2025-03-03 is a Monday (ISO weekday 1).
const tz = 'Asia/Shanghai';
const local = (date: string, time: string) => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return { date, weekday: weekdayOf(date), minute: h * 60 + m };
};

describe('local time in the roster’s zone', () => {
  it('maps instants to the local calendar', () => {
    expect(localParts(new Date('2025-03-02T16:30:00Z'), tz)).toEqual({
      date: '2025-03-03',
      weekday: 1,
      minute: 30,
    });
    expect(localParts(new Date('2025-03-09T15:59:00Z'), tz)).toEqual({
      date: '2025-03-09',
      weekday: 7,
      minute: 23 * 60 + 59,
    });
  });

  it('maps local times back to instants, also across daylight saving', () => {
    expect(zonedInstant('2025-03-03', 8 * 60, tz).toISOString()).toBe('2025-03-03T00:00:00.000Z');
    expect(zonedInstant('2025-03-03', 1440, tz).toISOString()).toBe('2025-03-03T16:00:00.000Z');
    expect(zonedInstant('2025-03-30', 12 * 60, 'Europe/Berlin').toISOString()).toBe(
      '2025-03-30T10:00:00.000Z',
    );
    expect(zonedInstant('2025-10-26', 12 * 60, 'Europe/Berlin').toISOString()).toBe(
      '2025-10-26T11:00:00.000Z',
    );
    expect(zonedInstant('2025-01-15', 12 * 60, 'Europe/Berlin').toISOString()).toBe(
      '2025-01-15T11:00:00.000Z',
    );
  });

  it('does calendar arithmetic across months and years', () => {
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(weekdayOf('2025-03-09')).toBe(7);
  });
});

describe('which occurrence of a shift covers a local time', () => {
  const night: ShiftTiming = { weekday: 1, date: null, startMinute: 20 * 60, endMinute: 8 * 60 };
  const day: ShiftTiming = { weekday: 1, date: null, startMinute: 8 * 60, endMinute: 20 * 60 };
  const wholeDay: ShiftTiming = { weekday: 3, date: null, startMinute: 0, endMinute: 1440 };

  it('includes the start and excludes the end', () => {
    expect(occurrenceAt(day, local('2025-03-03', '07:59'))).toBeNull();
    expect(occurrenceAt(day, local('2025-03-03', '08:00'))).toBe('2025-03-03');
    expect(occurrenceAt(day, local('2025-03-03', '19:59'))).toBe('2025-03-03');
    expect(occurrenceAt(day, local('2025-03-03', '20:00'))).toBeNull();
    expect(occurrenceAt(day, local('2025-03-10', '12:00'))).toBe('2025-03-10');
    expect(occurrenceAt(day, local('2025-03-04', '12:00'))).toBeNull();
  });

  it('runs an overnight shift into the next morning', () => {
    expect(occurrenceAt(night, local('2025-03-03', '19:59'))).toBeNull();
    expect(occurrenceAt(night, local('2025-03-03', '20:00'))).toBe('2025-03-03');
    expect(occurrenceAt(night, local('2025-03-04', '07:59'))).toBe('2025-03-03');
    expect(occurrenceAt(night, local('2025-03-04', '08:00'))).toBeNull();
    expect(occurrenceAt(night, local('2025-03-03', '03:00'))).toBeNull();
    const sundayNight: ShiftTiming = { ...night, weekday: 7 };
    expect(occurrenceAt(sundayNight, local('2025-03-03', '03:00'))).toBe('2025-03-02');
  });

  it('covers a whole day with 00:00–24:00 and ends at the next midnight', () => {
    expect(occurrenceAt(wholeDay, local('2025-03-05', '00:00'))).toBe('2025-03-05');
    expect(occurrenceAt(wholeDay, local('2025-03-05', '23:59'))).toBe('2025-03-05');
    expect(occurrenceAt(wholeDay, local('2025-03-06', '00:00'))).toBeNull();
    expect(occurrenceEnd(wholeDay, '2025-03-05', tz).toISOString()).toBe(
      '2025-03-05T16:00:00.000Z',
    );
  });

  it('handles one-off shifts, overnight too', () => {
    const oneOff: ShiftTiming = {
      weekday: null,
      date: '2025-03-05',
      startMinute: 22 * 60,
      endMinute: 6 * 60,
    };
    expect(occurrenceAt(oneOff, local('2025-03-05', '22:30'))).toBe('2025-03-05');
    expect(occurrenceAt(oneOff, local('2025-03-06', '05:59'))).toBe('2025-03-05');
    expect(occurrenceAt(oneOff, local('2025-03-12', '23:00'))).toBeNull();
    expect(occurrenceEnd(oneOff, '2025-03-05', tz).toISOString()).toBe('2025-03-05T22:00:00.000Z');
  });

  it('ends an overnight occurrence on the next day', () => {
    expect(occurrenceEnd(night, '2025-03-03', tz).toISOString()).toBe('2025-03-04T00:00:00.000Z');
  });
});
