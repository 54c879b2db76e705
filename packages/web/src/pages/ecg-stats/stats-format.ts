/**
 * How the SLA statistics read on screen: durations as the worklist's clocks show them (m:ss,
 * h:mm:ss), shares as whole percentages, and the periods of the quick choices.
 */
import { consortiumToday } from '../../format/date.js';
import { formatClock } from '../ecg-reader/sla-clock.js';

/** Shown where there is no value (no study to measure, nothing to judge). */
export const noValue = '—';

/**
 * A duration in seconds as `m:ss` (or `h:mm:ss` from an hour on), or {@link noValue}.
 * @param seconds whole or fractional seconds; null when nothing was measured.
 * @example formatDurationS(601) // '10:01'
 * @example formatDurationS(3723) // '1:02:03'
 */
export function formatDurationS(seconds: number | null): string {
  return seconds === null ? noValue : formatClock(seconds * 1000);
}

/**
 * A share (0–1) as a whole percentage, or {@link noValue}. Never rounds up to 100 % a share that
 * is not all (49 of 50 reads 98 %, 999 of 1000 reads 99 %, not 100 %), nor down to 0 % one that
 * is not none: a clinician reading 100 % takes it as every ECG.
 * @example formatShare(2 / 3) // '67%'
 * @example formatShare(0.999) // '99%'
 */
export function formatShare(share: number | null): string {
  if (share === null) {
    return noValue;
  }
  const percent = Math.round(share * 100);
  const shown = share < 1 && percent === 100 ? 99 : share > 0 && percent === 0 ? 1 : percent;
  return `${shown}%`;
}

/** Whether a share meets the goal: `met`, `missed`, or `none` (nothing to judge). */
export type ShareTone = 'met' | 'missed' | 'none';

/**
 * How a share stands against its goal.
 * @param share 0–1 or null.
 * @param goal 0–1.
 * @example shareTone(0.6, 1) // 'missed'
 */
export function shareTone(share: number | null, goal: number): ShareTone {
  return share === null ? 'none' : share >= goal ? 'met' : 'missed';
}

/** The quick choices of period. */
export type PeriodPreset = 'month' | 'quarter' | 'year';

/**
 * The days of a quick choice, ending today on the consortium's calendar (Beijing time, whatever
 * the browser's own zone): this calendar month, the last three calendar months, or the last
 * twelve (the server's default).
 * @param now the instant whose Beijing day ends the period.
 * @returns `[from, to]` as `YYYY-MM-DD`.
 * @example presetPeriod('quarter', new Date('2025-03-20T16:30:00Z')) // ['2025-01-01', '2025-03-21']
 */
export function presetPeriod(preset: PeriodPreset, now: Date = new Date()): [string, string] {
  const months = { month: 1, quarter: 3, year: 12 }[preset];
  const today = consortiumToday(now);
  const from = today.startOf('month').subtract(months - 1, 'month');
  return [from.format('YYYY-MM-DD'), today.format('YYYY-MM-DD')];
}
