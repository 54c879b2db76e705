import type { CoverageGap } from '@gesang/domain';
import { addDays } from './local-time.js';
import { isOvernight, type ShiftTiming } from './shift-rules.js';

/** What a shift contributes to coverage (bit flags of {@link duty}). */
export const duty = { reader: 1, onCall: 2, coordinator: 4 } as const;

const minutesPerDay = 1440;
const daysPerWeek = 7;

/** Whole days from local date `from` to local date `to`. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function mark(mask: Uint8Array, day: number, from: number, to: number, flags: number): void {
  if (day < 0 || day >= daysPerWeek) {
    return;
  }
  for (let m = day * minutesPerDay + from; m < day * minutesPerDay + to; m++) {
    mask[m] = (mask[m] ?? 0) | flags;
  }
}

/**
 * Which duties are covered at each local minute of one week (Monday 00:00 … Sunday 23:59), by
 * weekly shifts (a Sunday night shift covers Monday morning: the pattern repeats) and by the
 * one-off shifts falling in that week (including the end of one that started the Sunday before).
 * @param shifts each with the duty flags it covers.
 * @param weekStart the local date of the week's Monday.
 * @returns 7 × 1440 flag bytes.
 */
export function weekCoverage(
  shifts: readonly (ShiftTiming & { flags: number })[],
  weekStart: string,
): Uint8Array {
  const mask = new Uint8Array(daysPerWeek * minutesPerDay);
  for (const shift of shifts) {
    const overnight = isOvernight(shift);
    let day: number;
    if (shift.weekday !== null) {
      day = shift.weekday - 1;
    } else if (shift.date !== null) {
      day = daysBetween(weekStart, shift.date);
    } else {
      continue;
    }
    if (!overnight) {
      mark(mask, day, shift.startMinute, shift.endMinute, shift.flags);
      continue;
    }
    mark(mask, day, shift.startMinute, minutesPerDay, shift.flags);
    const next = shift.weekday !== null ? (day + 1) % daysPerWeek : day + 1;
    mark(mask, next, 0, shift.endMinute, shift.flags);
  }
  return mask;
}

/**
 * The local hours of the week in which some minute lacks `flag`, with how many minutes.
 * @example coverageGaps(weekCoverage([], '2025-03-03'), duty.reader, '2025-03-03').length // 168
 */
export function coverageGaps(mask: Uint8Array, flag: number, weekStart: string): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  for (let day = 0; day < daysPerWeek; day++) {
    for (let hour = 0; hour < 24; hour++) {
      let uncovered = 0;
      const first = day * minutesPerDay + hour * 60;
      for (let m = first; m < first + 60; m++) {
        if (((mask[m] ?? 0) & flag) === 0) {
          uncovered++;
        }
      }
      if (uncovered > 0) {
        gaps.push({
          weekday: day + 1,
          date: addDays(weekStart, day),
          hour,
          uncoveredMinutes: uncovered,
        });
      }
    }
  }
  return gaps;
}
