/**
 * The monthly trend of a metric: a continuous month-by-month series of its headline value (mean
 * minutes for interval metrics, share for ratio metrics), the least-squares slope of that value per
 * month, and the change from the previous calendar month.
 */
import { monthIndex } from './case-times.js';
import type { MetricStats } from './metric-stats.js';
import { leastSquaresSlope } from './statistics.js';

/** Trend of one metric. */
export interface MetricTrend {
  /** Every calendar month `YYYY-MM` from the first to the last month with data (gaps included). */
  months: string[];
  /** Headline value per month (mean minutes or share); null for a month without cases. */
  values: (number | null)[];
  /**
   * Ordinary least-squares slope of the monthly values against the month number, over the months
   * that have a value: minutes per month (interval) or share per month (ratio); null with fewer
   * than two such months.
   */
  slopePerMonth: number | null;
  /**
   * Last month's value minus the previous calendar month's; null if either has no value (or there
   * is a single month).
   */
  changeVsPreviousMonth: number | null;
}

function headline(stats: MetricStats): number | null {
  return stats.kind === 'ratio' ? stats.share : stats.meanMin;
}

function monthOfIndex(index: number): string {
  const year = 2000 + Math.floor(index / 12);
  return `${String(year)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Trend from per-month statistics.
 * @param byMonth statistics keyed by `YYYY-MM`.
 * @example metricTrend({ '2025-01': janStats, '2025-03': marStats }).months // ['2025-01', '2025-02', '2025-03']
 */
export function metricTrend(byMonth: Readonly<Record<string, MetricStats>>): MetricTrend {
  const indices = Object.keys(byMonth).map(monthIndex);
  if (indices.length === 0) {
    return { months: [], values: [], slopePerMonth: null, changeVsPreviousMonth: null };
  }
  const first = Math.min(...indices);
  const last = Math.max(...indices);
  const months: string[] = [];
  const values: (number | null)[] = [];
  const points: [number, number][] = [];
  for (let index = first; index <= last; index += 1) {
    const month = monthOfIndex(index);
    const stats = byMonth[month];
    const value = stats ? headline(stats) : null;
    months.push(month);
    values.push(value);
    if (value !== null) {
      points.push([index, value]);
    }
  }
  const lastValue = values.at(-1) ?? null;
  const previousValue = values.length >= 2 ? (values.at(-2) ?? null) : null;
  return {
    months,
    values,
    slopePerMonth: leastSquaresSlope(points),
    changeVsPreviousMonth:
      lastValue !== null && previousValue !== null ? lastValue - previousValue : null,
  };
}
