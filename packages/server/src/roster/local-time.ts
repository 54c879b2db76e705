/**
 * Wall-clock time in the roster's IANA time zone (Asia/Shanghai in the consortium: UTC+8, no
 * daylight saving), from the platform's time-zone database through `Intl.DateTimeFormat`.
 */

/** A local calendar position: date `YYYY-MM-DD`, ISO weekday (1 Monday … 7 Sunday), minute 0–1439. */
export interface LocalParts {
  date: string;
  weekday: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

function fields(at: Date, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') {
      out[part.type] = Number(part.value);
    }
  }
  return out;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * ISO weekday of a calendar date (1 Monday … 7 Sunday).
 * @example weekdayOf('2025-03-03') // 1
 */
export function weekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * The calendar date `days` after `date` (negative for before).
 * @example addDays('2025-02-28', 1) // '2025-03-01'
 */
export function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Where `at` falls on the local calendar of `timeZone`.
 * @example localParts(new Date('2025-03-02T16:30:00Z'), 'Asia/Shanghai')
 * // { date: '2025-03-03', weekday: 1, minute: 30 }
 */
export function localParts(at: Date, timeZone: string): LocalParts {
  const f = fields(at, timeZone);
  const date = `${pad(f.year ?? 0, 4)}-${pad(f.month ?? 1)}-${pad(f.day ?? 1)}`;
  return { date, weekday: weekdayOf(date), minute: (f.hour ?? 0) * 60 + (f.minute ?? 0) };
}

/** Offset of local time from UTC at instant `t`, ms (UTC+8 → 28 800 000). */
function offsetMs(t: number, timeZone: string): number {
  const f = fields(new Date(t), timeZone);
  const asUtc = Date.UTC(
    f.year ?? 1970,
    (f.month ?? 1) - 1,
    f.day ?? 1,
    f.hour ?? 0,
    f.minute ?? 0,
    f.second ?? 0,
  );
  return asUtc - Math.floor(t / 1000) * 1000;
}

/**
 * The instant of local `date` at `minute` (0–1440; 1440 is the next midnight) in `timeZone`. A
 * wall time skipped by a daylight-saving change resolves to the offset after it.
 * @example zonedInstant('2025-03-03', 8 * 60, 'Asia/Shanghai').toISOString() // '2025-03-03T00:00:00.000Z'
 */
export function zonedInstant(date: string, minute: number, timeZone: string): Date {
  const wall = new Date(`${date}T00:00:00Z`).getTime() + minute * 60_000;
  const first = wall - offsetMs(wall, timeZone);
  const second = wall - offsetMs(first, timeZone);
  return new Date(second);
}

/**
 * `HH:MM` of a minute of the day (1440 → `24:00`).
 * @example timeOfMinute(1230) // '20:30'
 */
export function timeOfMinute(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}
