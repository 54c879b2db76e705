/** Date formatting: numeric and the same in every language, as on Chinese clinical forms. */
import dayjs, { type Dayjs } from 'dayjs';

/**
 * An ISO timestamp as local `YYYY-MM-DD HH:mm`; empty for null.
 * @example formatDateTime('2025-03-01T02:05:00Z') // '2025-03-01 10:05' in Asia/Shanghai
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) {
    return '';
  }
  const value = dayjs(iso);
  return value.isValid() ? value.format('YYYY-MM-DD HH:mm') : iso;
}

/**
 * Whole years between a birth date (`YYYY-MM-DD`) and now, or null when unknown.
 * @example ageInYears('1980-06-15')
 */
export function ageInYears(birthDate: string | null | undefined, now = dayjs()): number | null {
  if (!birthDate) {
    return null;
  }
  const born = dayjs(birthDate);
  return born.isValid() ? now.diff(born, 'year') : null;
}

/** The consortium's calendar: report periods, statistics and metrics count days in Beijing time. */
export const consortiumTimeZone = 'Asia/Shanghai';

const consortiumDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: consortiumTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today on the consortium's calendar (Beijing time), whatever zone the browser is set to: the
 * server reads period bounds `YYYY-MM-DD` as Beijing days, so "today" must be the same day.
 * @param now the instant to take the day of.
 * @example consortiumToday(new Date('2025-03-31T16:30:00Z')).format('YYYY-MM-DD') // '2025-04-01'
 */
export function consortiumToday(now: Date = new Date()): Dayjs {
  return dayjs(consortiumDay.format(now));
}
