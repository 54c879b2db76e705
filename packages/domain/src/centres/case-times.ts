/**
 * Reading a case's timeline: event instants in epoch milliseconds, durations in minutes, the case's
 * reference instant and its calendar month in China Standard Time (Asia/Shanghai, UTC+8, no daylight
 * saving — so a fixed +8 h offset is exact).
 */
import type { Centre } from './centre-kinds.js';
import type { CentreCase } from './centre-case.js';

const msPerMin = 60_000;
const chinaOffsetMs = 8 * 60 * msPerMin;

/**
 * Instant of one event of a case, or undefined when the event is missing or its time unparseable.
 * @param c the case.
 * @param event an event id of the case's centre.
 * @returns epoch milliseconds.
 * @example eventTimeMs({ centre: 'stroke', id: 'S1', events: { door: '1970-01-01T00:01:00Z' } }, 'door') // 60000
 */
export function eventTimeMs(c: CentreCase, event: string): number | undefined {
  const iso = (c.events as Readonly<Record<string, string | undefined>>)[event];
  if (iso === undefined) {
    return undefined;
  }
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * Minutes from one event of a case to another (negative when `end` is before `start`).
 * @returns minutes, or undefined when either event is missing.
 * @example minutesBetween(c, 'door', 'wire_crossing') // 84.5
 */
export function minutesBetween(c: CentreCase, start: string, end: string): number | undefined {
  const startMs = eventTimeMs(c, start);
  const endMs = eventTimeMs(c, end);
  if (startMs === undefined || endMs === undefined) {
    return undefined;
  }
  return (endMs - startMs) / msPerMin;
}

/**
 * The events that date a case, per centre, in order of preference: a case belongs to the month of
 * the first of these it has (arrival at the hospital where possible), else of its earliest event.
 */
export const referenceEvents: Readonly<Record<Centre, readonly string[]>> = {
  chest_pain: ['door', 'first_medical_contact', 'first_ecg', 'symptom_onset'],
  stroke: ['door', 'symptom_onset', 'last_known_well'],
  trauma: ['door', 'injury'],
  maternal: ['arrival', 'referral_request', 'delivery'],
  neonatal: ['arrival', 'nicu_admission', 'referral_request', 'birth'],
};

/**
 * The instant that dates a case (see {@link referenceEvents}).
 * @returns epoch milliseconds, or undefined for a case without any parseable event.
 */
export function caseReferenceMs(c: CentreCase): number | undefined {
  for (const event of referenceEvents[c.centre]) {
    const ms = eventTimeMs(c, event);
    if (ms !== undefined) {
      return ms;
    }
  }
  const all = Object.keys(c.events)
    .map((event) => eventTimeMs(c, event))
    .filter((ms): ms is number => ms !== undefined);
  return all.length > 0 ? Math.min(...all) : undefined;
}

/**
 * Calendar month `YYYY-MM` of an instant in China Standard Time (UTC+8).
 * @param ms epoch milliseconds.
 * @example chinaMonthOf(Date.parse('2025-01-31T16:00:00Z')) // '2025-02' (00:00 on 1 February in Lhasa)
 */
export function chinaMonthOf(ms: number): string {
  const local = new Date(ms + chinaOffsetMs);
  const month = String(local.getUTCMonth() + 1).padStart(2, '0');
  return `${String(local.getUTCFullYear())}-${month}`;
}

/**
 * Number of calendar months from `2000-01` to a `YYYY-MM` month (to place months on a line).
 * @example monthIndex('2000-03') // 2
 */
export function monthIndex(month: string): number {
  const [year = '2000', mm = '01'] = month.split('-');
  return (Number(year) - 2000) * 12 + Number(mm) - 1;
}
