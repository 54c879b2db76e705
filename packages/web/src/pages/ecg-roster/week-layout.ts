/**
 * Laying a roster's shifts out on one week (Monday 00:00 … Sunday 24:00, local time), the way the
 * server's coverage check counts them: weekly shifts repeat every week (a Sunday night shift also
 * covers this Monday morning), one-off shifts appear in the week of their date (one starting the
 * Sunday before reaches into Monday morning; one starting this Sunday night runs into next week,
 * which is not drawn).
 */
import { minutesOfDay, type Shift } from '@gesang/domain';
import { daysBetween } from './roster-time.js';

const minutesPerDay = 1440;

/** The part of one shift occurrence that falls on one day of the week. */
export interface ShiftSegment {
  shift: Shift;
  /** Day of the week, 0 Monday … 6 Sunday. */
  day: number;
  /** Start on that day, local minutes 0–1439. */
  startMinute: number;
  /** End on that day, local minutes 1–1440 (always after the start). */
  endMinute: number;
  /** The occurrence began the day before (an overnight shift's morning part). */
  fromPreviousDay: boolean;
  /** The occurrence goes on past this day's midnight. */
  intoNextDay: boolean;
}

/**
 * The day parts of every shift in the week starting on `weekStart` (a Monday), in input order.
 * An end at or before the start means the next day; `24:00` is the end of the day.
 * @param shifts weekly and one-off shifts of one organisation.
 * @param weekStart local date of the week's Monday.
 * @example
 * // Sunday 20:00–08:00 weekly: Sunday 20:00–24:00 and (the week repeats) Monday 00:00–08:00.
 * weekSegments([sundayNight], '2025-03-03').map((s) => [s.day, s.startMinute, s.endMinute])
 * // [[6, 1200, 1440], [0, 0, 480]]
 */
export function weekSegments(shifts: readonly Shift[], weekStart: string): ShiftSegment[] {
  const segments: ShiftSegment[] = [];
  for (const shift of shifts) {
    const start = minutesOfDay(shift.startTime);
    const end = minutesOfDay(shift.endTime);
    const weekly = shift.weekday !== null;
    let day: number;
    if (shift.weekday !== null) {
      day = shift.weekday - 1;
    } else if (shift.date !== null) {
      day = daysBetween(weekStart, shift.date);
    } else {
      continue;
    }
    const overnight = end <= start;
    const tailEnd = overnight ? end : 0;
    const head = { shift, fromPreviousDay: false, intoNextDay: tailEnd > 0 };
    if (day >= 0 && day < 7) {
      segments.push({
        ...head,
        day,
        startMinute: start,
        endMinute: overnight ? minutesPerDay : end,
      });
    }
    const next = weekly ? (day + 1) % 7 : day + 1;
    if (tailEnd > 0 && next >= 0 && next < 7) {
      segments.push({
        shift,
        day: next,
        startMinute: 0,
        endMinute: tailEnd,
        fromPreviousDay: true,
        intoNextDay: false,
      });
    }
  }
  return segments;
}

/** One row of a day in the week grid: one person in one duty, with their parts of that day. */
export interface DayLane {
  key: string;
  userId: string;
  displayName: string;
  segments: ShiftSegment[];
}

/**
 * The lanes of day `day` (0 Monday … 6 Sunday): one per person and duty, ordered by the earliest
 * start, then by name.
 * @example dayLanes(weekSegments(shifts, weekStart), 2).map((l) => l.displayName)
 */
export function dayLanes(segments: readonly ShiftSegment[], day: number): DayLane[] {
  const lanes = new Map<string, DayLane>();
  for (const segment of segments.filter((s) => s.day === day)) {
    const { user, role, onCallCardiologist } = segment.shift;
    const key = `${user.id}:${role}:${onCallCardiologist ? 'on-call' : ''}`;
    const lane = lanes.get(key) ?? {
      key,
      userId: user.id,
      displayName: user.displayName,
      segments: [],
    };
    lane.segments.push(segment);
    lanes.set(key, lane);
  }
  const first = (lane: DayLane): number => Math.min(...lane.segments.map((s) => s.startMinute));
  for (const lane of lanes.values()) {
    lane.segments.sort((a, b) => a.startMinute - b.startMinute);
  }
  return [...lanes.values()].sort(
    (a, b) => first(a) - first(b) || a.displayName.localeCompare(b.displayName),
  );
}

/**
 * The segments of day `day` that cover some minute of local hour `hour` (0–23).
 * @example hourSegments(segments, 0, 7).map((s) => s.shift.user.displayName)
 */
export function hourSegments(
  segments: readonly ShiftSegment[],
  day: number,
  hour: number,
): ShiftSegment[] {
  const from = hour * 60;
  return segments.filter((s) => s.day === day && s.startMinute < from + 60 && s.endMinute > from);
}
