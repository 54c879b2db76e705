import type { RecordSummary } from '@gesang/domain';
import { zonedInstant } from '../roster/local-time.js';

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/;

/**
 * The instant a cart recorded an ECG, from the file's acquisition date and time: with the offset
 * the file states, or else read as wall-clock time in `timeZone` (the consortium's carts run on
 * Beijing time). Null when the file gives no valid date and time.
 * @param acquisition the record summary's `acquisitionTime`.
 * @param timeZone IANA zone for a time without offset, e.g. `Asia/Shanghai`.
 * @example acquisitionInstant({ date: '2026-03-01', time: '08:15:30' }, 'Asia/Shanghai')?.toISOString()
 * // '2026-03-01T00:15:30.000Z'
 */
export function acquisitionInstant(
  acquisition: RecordSummary['acquisitionTime'],
  timeZone: string,
): Date | null {
  const date = datePattern.exec(acquisition?.date ?? '');
  const time = timePattern.exec(acquisition?.time ?? '');
  if (acquisition === null || date === null || time === null) {
    return null;
  }
  const [, year, month, day] = date.map(Number);
  const [, hour, minute, second] = time.slice(0, 4).map((part) => Number(part ?? 0));
  const fractionMs = Math.round(Number(time[4] ?? 0) * 1000);
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hour === undefined ||
    minute === undefined ||
    second === undefined ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31 ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  const offsetMinutes = acquisition.utcOffsetMinutes;
  const withinMinuteMs = second * 1000 + fractionMs;
  if (offsetMinutes !== undefined) {
    const wallMs = Date.UTC(year, month - 1, day, hour, minute) + withinMinuteMs;
    return new Date(wallMs - offsetMinutes * 60_000);
  }
  const startOfMinute = zonedInstant(acquisition.date ?? '', hour * 60 + minute, timeZone);
  return new Date(startOfMinute.getTime() + withinMinuteMs);
}
