/**
 * The live board's clocks (FMC → ECG, door → wire, door-in → door-out, door → needle): how long
 * each has run against its target, and how worried the coordinator should be. Pure, so the
 * thresholds are tested on their own; the components only draw the reading.
 */
import type { CaseClock } from '@gesang/domain';

/** Share of the target used from which a running clock is "at risk" (amber). */
export const atRiskShare = 0.75;

/** Not started yet, counting, or stopped at its end event. */
export type ClockPhase = 'waiting' | 'running' | 'stopped';

/**
 * How the value stands against the target: within it, at risk (≥ 75 % used), over it, or no
 * value yet. A stopped clock is never "at risk": it met the target or it did not.
 */
export type ClockTone = 'none' | 'ok' | 'at_risk' | 'over';

/** One clock read at one instant. */
export interface ClockReading {
  phase: ClockPhase;
  /** End (or now) minus start, ms; null while waiting. Negative when the end precedes the start. */
  elapsedMs: number | null;
  /** The target, ms. */
  targetMs: number;
  /** elapsed / target (1 = all of it), null while waiting. */
  usedShare: number | null;
  tone: ClockTone;
}

const msPerMin = 60_000;

function instantMs(iso: string | null): number | null {
  if (iso === null) {
    return null;
  }
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * Reads a clock: running from its start event until now, stopped at its end event.
 * @param clock the clock as the case list gives it (target in minutes).
 * @param nowMs the current time, ms since the epoch.
 * @returns phase, elapsed time, share of the target used and tone.
 * @example readClock({ …, startAt: '2026-03-01T08:00:00Z', endAt: null, targetMin: 90 },
 *   Date.parse('2026-03-01T09:10:00Z')) // { phase: 'running', elapsedMs: 4_200_000, tone: 'at_risk', … }
 */
export function readClock(clock: CaseClock, nowMs: number): ClockReading {
  const targetMs = clock.targetMin * msPerMin;
  const startMs = instantMs(clock.startAt);
  const endMs = instantMs(clock.endAt);
  if (startMs === null) {
    return { phase: 'waiting', elapsedMs: null, targetMs, usedShare: null, tone: 'none' };
  }
  const phase: ClockPhase = endMs === null ? 'running' : 'stopped';
  const elapsedMs = (endMs ?? nowMs) - startMs;
  const usedShare = targetMs > 0 ? elapsedMs / targetMs : null;
  let tone: ClockTone = 'ok';
  if (elapsedMs > targetMs) {
    tone = 'over';
  } else if (phase === 'running' && usedShare !== null && usedShare >= atRiskShare) {
    tone = 'at_risk';
  }
  return { phase, elapsedMs, targetMs, usedShare, tone };
}

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * An elapsed time as the board shows it: whole minutes and seconds (`72:05`), because targets
 * are in minutes; from 1000 minutes on as hours (`17:20:00`). Rounded towards zero; a negative
 * value (end before start) gets a minus sign.
 * @param elapsedMs duration, ms (any sign).
 * @example formatElapsed(4_325_000) // '72:05'
 * @example formatElapsed(-65_000) // '−1:05'
 */
export function formatElapsed(elapsedMs: number): string {
  const sign = elapsedMs < 0 ? '−' : '';
  const totalS = Math.floor(Math.abs(elapsedMs) / 1000);
  const totalMin = Math.floor(totalS / 60);
  const s = totalS % 60;
  if (totalMin < 1000) {
    return `${sign}${totalMin}:${two(s)}`;
  }
  const h = Math.floor(totalMin / 60);
  return `${sign}${h}:${two(totalMin % 60)}:${two(s)}`;
}

/**
 * Minutes as a short number: whole when within 0.05 of a whole minute, else one decimal.
 * @param minutes any number of minutes.
 * @example formatMinutes(72) // '72'
 * @example formatMinutes(71.6166) // '71.6'
 */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes);
  if (Math.abs(minutes - rounded) < 0.05) {
    return String(rounded).replace('-', '−');
  }
  return (Math.round(minutes * 10) / 10).toFixed(1).replace('-', '−');
}

/** A duration in the largest unit that reads well: minutes, hours and minutes, or days. */
export type DurationParts =
  | { unit: 'minutes'; n: string }
  | { unit: 'hours'; h: number; m: number }
  | { unit: 'days'; d: number };

/**
 * Splits a duration for reading: under 2 hours in minutes (one decimal when not whole), under 2
 * days in hours and whole minutes, else whole days. The sign is dropped (the text says which way).
 * @param minutes any number of minutes.
 * @example durationParts(75) // { unit: 'minutes', n: '75' }
 * @example durationParts(200) // { unit: 'hours', h: 3, m: 20 }
 * @example durationParts(2_913_125) // { unit: 'days', d: 2023 }
 */
export function durationParts(minutes: number): DurationParts {
  const abs = Math.abs(minutes);
  if (abs < 120) {
    return { unit: 'minutes', n: formatMinutes(abs) };
  }
  if (abs < 2 * 24 * 60) {
    const whole = Math.round(abs);
    return { unit: 'hours', h: Math.floor(whole / 60), m: whole % 60 };
  }
  return { unit: 'days', d: Math.round(abs / (24 * 60)) };
}
