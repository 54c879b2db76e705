/**
 * The time field of the event dialogs: a native `datetime-local` value (the phone's own wheel
 * picker; this device's time zone, minute precision) to and from an ISO instant.
 */
import dayjs from 'dayjs';

/** The value format of `<input type="datetime-local">` at minute precision. */
const localFormat = 'YYYY-MM-DDTHH:mm';

/**
 * An instant as a `datetime-local` value in this device's zone.
 * @param ms instant, ms since the epoch.
 * @example localInputValue(Date.parse('2026-03-01T00:05:00Z')) // '2026-03-01T08:05' in Asia/Shanghai
 */
export function localInputValue(ms: number): string {
  return dayjs(ms).format(localFormat);
}

/**
 * A `datetime-local` value as an ISO instant (UTC), or null when empty or unreadable.
 * @param value `YYYY-MM-DDTHH:mm` (seconds allowed), read in this device's zone.
 * @example instantFromLocal('2026-03-01T08:05') // '2026-03-01T00:05:00.000Z' in Asia/Shanghai
 */
export function instantFromLocal(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) {
    return null;
  }
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.toISOString() : null;
}

/** Tolerance for a clock a little ahead of the server's, ms. */
export const futureToleranceMs = 60_000;

/**
 * True when `iso` lies in the future (beyond a minute's tolerance): an event cannot have happened
 * yet, and the server would flag it.
 * @example isFuture('2999-01-01T00:00:00Z', Date.now()) // true
 */
export function isFuture(iso: string, nowMs: number): boolean {
  return Date.parse(iso) > nowMs + futureToleranceMs;
}
