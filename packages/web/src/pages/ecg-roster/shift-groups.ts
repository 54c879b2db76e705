/**
 * The shift list, folded: weekly shifts of one person in the same duty and hours on several
 * weekdays become one row ("Dr Wang · Mon–Sun 08:00–20:00 · primary") whose single shifts open
 * underneath for editing. One-off shifts stay rows of their own.
 */
import { minutesOfDay, type Shift } from '@gesang/domain';
import { addDays, daysBetween } from './roster-time.js';

/** One row of the folded list: a single shift, or weekly shifts alike but for the weekday. */
export interface ShiftGroup {
  /** The first shift's id (a stable row key). */
  key: string;
  /** A shift of the group, for person, duty and hours. */
  first: Shift;
  shifts: Shift[];
  /** ISO weekdays of a weekly group, sorted (empty for a one-off shift). */
  weekdays: number[];
}

/** What weekly shifts must share to fold into one row. */
function foldKey(shift: Shift): string | null {
  if (shift.weekday === null) {
    return null;
  }
  const { user, role, onCallCardiologist, startTime, endTime, note } = shift;
  return [user.id, role, onCallCardiologist, startTime, endTime, note ?? ''].join('|');
}

/**
 * Fold a list of shifts, keeping the order of each group's first shift.
 * @example groupShifts(everyDayShifts).map((g) => g.weekdays) // [[1, 2, 3, 4, 5, 6, 7]]
 */
export function groupShifts(shifts: readonly Shift[]): ShiftGroup[] {
  const groups: ShiftGroup[] = [];
  const byKey = new Map<string, ShiftGroup>();
  for (const shift of shifts) {
    const key = foldKey(shift);
    const existing = key === null ? undefined : byKey.get(key);
    if (existing !== undefined) {
      existing.shifts.push(shift);
      existing.weekdays.push(shift.weekday ?? 0);
      existing.weekdays.sort((a, b) => a - b);
      continue;
    }
    const group = {
      key: shift.id,
      first: shift,
      shifts: [shift],
      weekdays: shift.weekday === null ? [] : [shift.weekday],
    };
    groups.push(group);
    if (key !== null) {
      byKey.set(key, group);
    }
  }
  return groups;
}

/**
 * Sorted ISO weekdays as runs `[from, to]`: three or more days in a row make one run.
 * @example weekdayRuns([1, 2, 3, 4, 5, 7]) // [[1, 5], [7, 7]]
 */
export function weekdayRuns(weekdays: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const day of [...new Set(weekdays)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] === day - 1) {
      last[1] = day;
    } else {
      runs.push([day, day]);
    }
  }
  // Two days in a row read better as "Mon, Tue" than "Mon–Tue".
  return runs.flatMap((run): [number, number][] =>
    run[1] - run[0] === 1
      ? [
          [run[0], run[0]],
          [run[1], run[1]],
        ]
      : [run],
  );
}

/**
 * True when a shift ends the next day.
 * @example endsNextDay(nightShift) // true for 20:00–08:00
 */
export function endsNextDay(shift: Pick<Shift, 'startTime' | 'endTime'>): boolean {
  return minutesOfDay(shift.endTime) <= minutesOfDay(shift.startTime);
}

/**
 * The shifts that make the week starting `weekStart`: every weekly one, and the one-off ones of
 * that week or of the Sunday before (whose night reaches into Monday); weekly ones by weekday,
 * then one-off ones by date, each by start time.
 * @example shownShifts(shifts, '2025-03-03')
 */
export function shownShifts(shifts: readonly Shift[], weekStart: string): Shift[] {
  const dayOf = (s: Shift): number => s.weekday ?? 8 + daysBetween(weekStart, s.date ?? weekStart);
  const sortKey = (s: Shift): number => dayOf(s) * 1440 + minutesOfDay(s.startTime);
  const last = addDays(weekStart, 6);
  return shifts
    .filter((s) => s.date === null || (s.date >= addDays(weekStart, -1) && s.date <= last))
    .sort(
      (a, b) => sortKey(a) - sortKey(b) || a.user.displayName.localeCompare(b.user.displayName),
    );
}
