/** Times at the desk: the clock time for today, the date too for other days. */
import dayjs from 'dayjs';

/**
 * `HH:mm` for a moment today, `MM-DD HH:mm` otherwise; empty for null.
 * @param iso an ISO 8601 timestamp
 * @param now the present (for tests)
 * @example formatTime(new Date().toISOString()) // '14:05'
 */
export function formatTime(iso: string | null, now = dayjs()): string {
  if (iso === null) {
    return '';
  }
  const at = dayjs(iso);
  if (!at.isValid()) {
    return iso;
  }
  return at.isSame(now, 'day') ? at.format('HH:mm') : at.format('MM-DD HH:mm');
}
