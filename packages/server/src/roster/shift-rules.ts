import { addDays, weekdayOf, zonedInstant, type LocalParts } from './local-time.js';

/** When a shift happens: weekly (`weekday`) or one-off (`date`), local minutes of the day. */
export interface ShiftTiming {
  /** ISO weekday 1–7 of a weekly shift, or null. */
  weekday: number | null;
  /** Local date of a one-off shift, or null. */
  date: string | null;
  /** Start, 0–1439 local minutes since midnight. */
  startMinute: number;
  /** End, 1–1440; at or before the start means the next day. */
  endMinute: number;
}

/**
 * True when the shift runs past midnight into the next day.
 * @example isOvernight({ weekday: 1, date: null, startMinute: 1200, endMinute: 480 }) // true
 */
export function isOvernight(shift: ShiftTiming): boolean {
  return shift.endMinute <= shift.startMinute;
}

/** True when an occurrence of the shift starts on local `date`. */
function startsOn(shift: ShiftTiming, date: string): boolean {
  return shift.weekday !== null ? shift.weekday === weekdayOf(date) : shift.date === date;
}

/**
 * The local start date of the occurrence of `shift` that covers the local time `at` (start
 * included, end excluded), or null when the shift does not cover it.
 * @example
 * // A Monday 20:00–08:00 shift covers Tuesday 07:59 (occurrence started on Monday).
 * occurrenceAt(nightShift, { date: '2025-03-04', weekday: 2, minute: 479 }) // '2025-03-03'
 */
export function occurrenceAt(shift: ShiftTiming, at: LocalParts): string | null {
  const overnight = isOvernight(shift);
  if (
    startsOn(shift, at.date) &&
    at.minute >= shift.startMinute &&
    (overnight || at.minute < shift.endMinute)
  ) {
    return at.date;
  }
  const yesterday = addDays(at.date, -1);
  if (overnight && at.minute < shift.endMinute && startsOn(shift, yesterday)) {
    return yesterday;
  }
  return null;
}

/**
 * The instant an occurrence of `shift` that started on local `startDate` ends.
 * @param timeZone the roster's IANA time zone.
 */
export function occurrenceEnd(shift: ShiftTiming, startDate: string, timeZone: string): Date {
  const endDate = isOvernight(shift) ? addDays(startDate, 1) : startDate;
  return zonedInstant(endDate, shift.endMinute, timeZone);
}
