/**
 * The worklist's clocks: time left until a study's report is due (the SLA) and how long it has
 * waited, formatted as a reader glances at them (digits, the same in every language).
 */

/** How pressing a due time is: overdue, due within two minutes, later, or no due time at all. */
export type SlaUrgency = 'overdue' | 'due-soon' | 'ok' | 'none';

/** Below this many ms left, the countdown turns red. */
export const dueSoonMs = 2 * 60_000;

/** Time left until the due time and how pressing it is. */
export interface SlaState {
  /** Due time minus now, ms; negative once overdue; null without a due time. */
  remainingMs: number | null;
  urgency: SlaUrgency;
}

/**
 * Where a study stands against its SLA.
 * @param slaDueAt ISO due time, or null (not analysed yet).
 * @param nowMs the current time, ms since the epoch.
 * @example slaState('2025-01-01T00:10:00Z', Date.parse('2025-01-01T00:09:00Z'))
 * // { remainingMs: 60000, urgency: 'due-soon' }
 */
export function slaState(slaDueAt: string | null, nowMs: number): SlaState {
  const dueMs = slaDueAt === null ? NaN : Date.parse(slaDueAt);
  if (Number.isNaN(dueMs)) {
    return { remainingMs: null, urgency: 'none' };
  }
  const remainingMs = dueMs - nowMs;
  const urgency = remainingMs <= 0 ? 'overdue' : remainingMs < dueSoonMs ? 'due-soon' : 'ok';
  return { remainingMs, urgency };
}

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * A duration as `m:ss`, or `h:mm:ss` from an hour on; whole seconds, rounded towards zero so a
 * countdown reads 0:00 only when the time is up. Negative durations get a leading minus sign.
 * @param durationMs the duration, ms (any sign).
 * @example formatClock(83_400) // '1:23'
 * @example formatClock(-5_000) // '−0:05'
 * @example formatClock(3_723_000) // '1:02:03'
 */
export function formatClock(durationMs: number): string {
  const sign = durationMs < 0 ? '−' : '';
  const totalS = Math.floor(Math.abs(durationMs) / 1000);
  const h = Math.floor(totalS / 3600);
  const m = Math.floor((totalS % 3600) / 60);
  const s = totalS % 60;
  return h > 0 ? `${sign}${h}:${two(m)}:${two(s)}` : `${sign}${m}:${two(s)}`;
}

/**
 * How long a study has waited since the county sent it.
 * @param receivedAt ISO receipt time.
 * @param nowMs the current time, ms since the epoch.
 * @returns ms waited, never negative (a clock a little ahead of ours counts as just arrived).
 * @example waitedMs('2025-01-01T00:00:00Z', Date.parse('2025-01-01T00:01:00Z')) // 60000
 */
export function waitedMs(receivedAt: string, nowMs: number): number {
  const at = Date.parse(receivedAt);
  return Number.isNaN(at) ? 0 : Math.max(0, nowMs - at);
}
