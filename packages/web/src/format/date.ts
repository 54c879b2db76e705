/** Date formatting: numeric and the same in every language, as on Chinese clinical forms. */
import dayjs from 'dayjs';

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
