import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  shiftEnd,
  timeOfMinute,
  weekdayOf,
  zonedPosition,
} from './roster-time.js';

describe('local dates', () => {
  it('adds days across month, leap-day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-03-03', -7)).toBe('2025-02-24');
    expect(daysBetween('2025-03-03', '2025-03-02')).toBe(-1);
    expect(daysBetween('2024-12-30', '2025-01-05')).toBe(6);
  });

  it('gives ISO weekdays (1 January 2025 was a Wednesday)', () => {
    expect(weekdayOf('2025-01-01')).toBe(3);
    expect(weekdayOf('2025-03-03')).toBe(1);
    expect(weekdayOf('2025-03-09')).toBe(7);
  });

  it('writes minutes of the day as HH:MM', () => {
    expect(timeOfMinute(0)).toBe('00:00');
    expect(timeOfMinute(1230)).toBe('20:30');
    expect(timeOfMinute(1440)).toBe('24:00');
  });
});

describe('wall clock of the roster zone', () => {
  it('reads instants in Asia/Shanghai (UTC+8) whatever the browser zone', () => {
    expect(zonedPosition('2025-03-02T16:30:00Z', 'Asia/Shanghai')).toEqual({
      date: '2025-03-03',
      minute: 30,
    });
    expect(zonedPosition('2025-03-02T15:59:00Z', 'Asia/Shanghai')).toEqual({
      date: '2025-03-02',
      minute: 1439,
    });
  });

  it('says when a shift ends relative to now', () => {
    // Now 22:00 on 3 March local; a night shift ends at 08:00 on 4 March.
    expect(shiftEnd('2025-03-04T00:00:00Z', '2025-03-03T14:00:00Z', 'Asia/Shanghai')).toEqual({
      time: '08:00',
      dayOffset: 1,
      date: '2025-03-04',
    });
    // Now 12:00; a day shift ends at 20:00 the same day.
    expect(shiftEnd('2025-03-03T12:00:00Z', '2025-03-03T04:00:00Z', 'Asia/Shanghai')).toEqual({
      time: '20:00',
      dayOffset: 0,
      date: '2025-03-03',
    });
    // Ending at the next midnight reads as 24:00 today, as the roster writes it.
    expect(shiftEnd('2025-03-03T16:00:00Z', '2025-03-03T04:00:00Z', 'Asia/Shanghai')).toEqual({
      time: '24:00',
      dayOffset: 0,
      date: '2025-03-03',
    });
  });
});
