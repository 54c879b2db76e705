/**
 * The editor's starting values for a new shift: from the "add shift" button a weekly day shift;
 * from an uncovered hour of the grid a weekly shift that fills the whole uncovered stretch around
 * it, in the duty that is missing there (a reader, the hub's on-call cardiologist, the centre's
 * coordinator).
 */
import { dayHourOf, gapRuns, gapsByHour, hourIndex, secondDuty } from './gap-map.js';
import type { CoverageTarget } from './gap-map.js';
import { addDays, timeOfMinute } from './roster-time.js';
import type { ShiftFormValues } from './shift-form.js';

/** A clicked hour and the coverage it belongs to. */
export interface ClickedGap {
  /** Local hour 0–23 on the given day. */
  hour: number;
  target: CoverageTarget;
}

const base = (weekStart: string, day: number): ShiftFormValues => ({
  userId: '',
  kind: 'weekly',
  weekday: day + 1,
  date: addDays(weekStart, day),
  role: 'primary',
  onCallCardiologist: false,
  startTime: '08:00',
  endTime: '20:00',
  note: '',
});

/**
 * Starting values for a new shift of the week starting `weekStart`.
 * @param day 0 Monday … 6 Sunday (null: Monday).
 * @param gap the clicked uncovered hour, if the editor was opened from the grid.
 * @example
 * // Wednesday 03:00–04:00 has no reader: a weekly Wednesday primary shift 03:00–04:00.
 * newShiftValues('2025-03-03', 2, { hour: 3, target }) // { weekday: 3, startTime: '03:00', endTime: '04:00', … }
 */
export function newShiftValues(
  weekStart: string,
  day: number | null,
  gap?: ClickedGap,
): ShiftFormValues {
  const values = base(weekStart, day ?? 0);
  if (gap === undefined || day === null) {
    return values;
  }
  const index = hourIndex(day + 1, gap.hour);
  const hourGaps = gapsByHour(gap.target)[index];
  const duty = (hourGaps?.reader ?? 0) > 0 ? 'reader' : secondDuty(gap.target.tier);
  const list =
    duty === 'reader'
      ? gap.target.gaps
      : duty === 'onCall'
        ? gap.target.onCallGaps
        : gap.target.coordinatorGaps;
  const role = duty === 'reader' ? 'primary' : duty === 'onCall' ? 'backup' : 'coordinator';
  const run = gapRuns(list).find((r) => r.startIndex <= index && index < r.endIndex) ?? {
    startIndex: index,
    endIndex: index + 1,
  };
  const filled = { ...values, role, onCallCardiologist: duty === 'onCall' } as const;
  if (run.endIndex - run.startIndex >= 24) {
    // A whole day or more is open: offer the clicked day, all of it.
    return { ...filled, startTime: '00:00', endTime: '24:00' };
  }
  const start = dayHourOf(run.startIndex);
  const end = dayHourOf(run.endIndex);
  const sameDay = end.day === start.day || (end.hour === 0 && end.day === start.day + 1);
  return {
    ...filled,
    weekday: start.day + 1,
    date: addDays(weekStart, start.day),
    startTime: timeOfMinute(start.hour * 60),
    endTime: sameDay && end.hour === 0 ? '24:00' : timeOfMinute(end.hour * 60),
  };
}
