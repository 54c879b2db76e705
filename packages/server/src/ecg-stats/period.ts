import { GesangError } from '@gesang/domain';

/** The period of a statistics request: calendar days in the consortium's time zone. */
export interface StatsPeriod {
  /** First day, `YYYY-MM-DD`, included. */
  from: string;
  /** Last day, `YYYY-MM-DD`, included. */
  to: string;
  /** Every calendar month the period touches, `YYYY-MM`, oldest first. */
  months: string[];
}

/** Longest period answered, in calendar months (ten years of monthly rows). */
export const maxPeriodMonths = 120;

/** Months shown when the caller gives no `from`: the month of `to` and the 11 before it. */
const defaultMonths = 12;

/**
 * The calendar date of `instant` in `timeZone`.
 * @example localDate(new Date('2024-01-31T16:30:00Z'), 'Asia/Shanghai') // '2024-02-01'
 */
export function localDate(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Months since year 0 of a `YYYY-MM` or `YYYY-MM-DD` text. */
function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** `YYYY-MM` of a month index. */
function monthText(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * Fills in and checks the period of `GET /api/ecg/stats`: `to` defaults to today in `timeZone`,
 * `from` to the first day of the month eleven months before `to` (twelve calendar months).
 * @param query `from`/`to` as given (already valid calendar dates, or absent).
 * @param now the current instant (the configured clock).
 * @param timeZone IANA zone of the calendar (Asia/Shanghai in the consortium).
 * @throws GesangError 400 when `to` is before `from` or the period spans more than
 *   {@link maxPeriodMonths} months.
 * @example resolvePeriod({ to: '2024-03-20' }, now, 'Asia/Shanghai')
 * // { from: '2023-04-01', to: '2024-03-20', months: ['2023-04', …, '2024-03'] }
 */
export function resolvePeriod(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
  timeZone: string,
): StatsPeriod {
  const to = query.to ?? localDate(now, timeZone);
  const from = query.from ?? `${monthText(monthIndex(to) - (defaultMonths - 1))}-01`;
  if (to < from) {
    throw GesangError.badRequest(`to (${to}) is before from (${from})`, 'query.to');
  }
  const first = monthIndex(from);
  const count = monthIndex(to) - first + 1;
  if (count > maxPeriodMonths) {
    throw GesangError.badRequest(
      `The period spans ${count} months; at most ${maxPeriodMonths} are answered`,
      'query.from',
    );
  }
  return { from, to, months: Array.from({ length: count }, (_, i) => monthText(first + i)) };
}
