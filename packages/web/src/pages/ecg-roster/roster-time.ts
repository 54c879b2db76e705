/**
 * Calendar arithmetic on local dates (`YYYY-MM-DD`) and wall-clock times of the roster's time
 * zone. Dates are computed as UTC midnights so the browser's own zone never shifts a day.
 */

const dayMs = 86_400_000;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The local date `days` after `date` (negative: before).
 * @example addDays('2025-03-02', 1) // '2025-03-03'
 */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/**
 * Whole days from local date `from` to local date `to` (negative when `to` is earlier).
 * @example daysBetween('2025-03-03', '2025-03-02') // -1
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/**
 * ISO weekday of a local date: 1 Monday … 7 Sunday.
 * @example weekdayOf('2025-03-09') // 7
 */
export function weekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * `HH:MM` of a minute of the day, 0–1440 (1440 → `24:00`).
 * @example timeOfMinute(1230) // '20:30'
 */
export function timeOfMinute(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** A position on the local calendar: date `YYYY-MM-DD` and minute of the day 0–1439. */
export interface LocalPosition {
  date: string;
  minute: number;
}

/**
 * Where instant `iso` falls on the wall clock of `timeZone` (an IANA name).
 * @example zonedPosition('2025-03-02T16:30:00Z', 'Asia/Shanghai') // { date: '2025-03-03', minute: 30 }
 */
export function zonedPosition(iso: string, timeZone: string): LocalPosition {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(iso));
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const date = `${String(field('year')).padStart(4, '0')}-${pad(field('month'))}-${pad(field('day'))}`;
  return { date, minute: field('hour') * 60 + field('minute') };
}

/** When a shift ends, as shown beside an on-duty person. */
export interface ShiftEnd {
  /** Local `HH:MM`. */
  time: string;
  /** Days after the day of `atIso`: 0 today, 1 tomorrow. */
  dayOffset: number;
  /** The local date `time` belongs to (`24:00` belongs to the day before the midnight). */
  date: string;
}

/**
 * The local time at which an occurrence ends, and on which day relative to `atIso`.
 * @example shiftEnd('2025-03-04T00:00:00Z', '2025-03-03T14:00:00Z', 'Asia/Shanghai')
 * // { time: '08:00', dayOffset: 1, date: '2025-03-04' }
 */
export function shiftEnd(endsAtIso: string, atIso: string, timeZone: string): ShiftEnd {
  const end = zonedPosition(endsAtIso, timeZone);
  const at = zonedPosition(atIso, timeZone);
  // An end exactly at midnight reads as 24:00 of the day before, as the roster writes it.
  if (end.minute === 0 && daysBetween(at.date, end.date) > 0) {
    const date = addDays(end.date, -1);
    return { time: '24:00', dayOffset: daysBetween(at.date, date), date };
  }
  return {
    time: timeOfMinute(end.minute),
    dayOffset: daysBetween(at.date, end.date),
    date: end.date,
  };
}
