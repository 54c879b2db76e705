import type { CaseClock } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import { durationParts, formatElapsed, formatMinutes, readClock } from './case-clock.js';

const d2w = (startAt: string | null, endAt: string | null): CaseClock => ({
  metricId: 'cp.d2w',
  startEvent: 'door',
  endEvent: 'wire_crossing',
  startAt,
  endAt,
  targetMin: 90,
});
const at = (hhmmss: string): number => Date.parse(`2026-03-01T${hhmmss}Z`);

describe('readClock', () => {
  it('waits until the start event is recorded', () => {
    expect(readClock(d2w(null, null), at('09:00:00'))).toMatchObject({
      phase: 'waiting',
      elapsedMs: null,
      tone: 'none',
    });
  });

  it('runs from the start, ok below 75 % of the target (67.5 of 90 min)', () => {
    const reading = readClock(d2w('2026-03-01T08:00:00Z', null), at('09:07:29'));
    expect(reading.phase).toBe('running');
    expect(reading.elapsedMs).toBe((67 * 60 + 29) * 1000);
    expect(reading.tone).toBe('ok');
  });

  it('is at risk from 75 % of the target on, and over past the target', () => {
    expect(readClock(d2w('2026-03-01T08:00:00Z', null), at('09:07:30')).tone).toBe('at_risk');
    expect(readClock(d2w('2026-03-01T08:00:00Z', null), at('09:30:00')).tone).toBe('at_risk');
    expect(readClock(d2w('2026-03-01T08:00:00Z', null), at('09:30:01')).tone).toBe('over');
  });

  it('stops at the end event: the value no longer moves and is never "at risk"', () => {
    const stopped = d2w('2026-03-01T08:00:00Z', '2026-03-01T09:12:00Z');
    const reading = readClock(stopped, at('12:00:00'));
    expect(reading).toMatchObject({ phase: 'stopped', elapsedMs: 72 * 60_000, tone: 'ok' });
    expect(reading.usedShare).toBeCloseTo(0.8, 10);
    const late = readClock(d2w('2026-03-01T08:00:00Z', '2026-03-01T09:31:00Z'), at('12:00:00'));
    expect(late.tone).toBe('over');
  });
});

describe('formatElapsed', () => {
  it('shows whole minutes and seconds, hours only from 1000 minutes', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(59_999)).toBe('0:59');
    expect(formatElapsed((72 * 60 + 5) * 1000)).toBe('72:05');
    expect(formatElapsed(999 * 60_000 + 59_000)).toBe('999:59');
    expect(formatElapsed(1000 * 60_000)).toBe('16:40:00');
    expect(formatElapsed(-65_000)).toBe('−1:05');
  });
});

describe('formatMinutes', () => {
  it('rounds to whole minutes when close, else one decimal', () => {
    expect(formatMinutes(72)).toBe('72');
    expect(formatMinutes(71.98)).toBe('72');
    expect(formatMinutes(71.6166)).toBe('71.6');
    expect(formatMinutes(-5)).toBe('−5');
  });
});

describe('durationParts', () => {
  it('minutes under 2 h, hours and minutes under 2 days, else days', () => {
    expect(durationParts(75)).toEqual({ unit: 'minutes', n: '75' });
    expect(durationParts(-12.5)).toEqual({ unit: 'minutes', n: '12.5' });
    expect(durationParts(120)).toEqual({ unit: 'hours', h: 2, m: 0 });
    expect(durationParts(200.4)).toEqual({ unit: 'hours', h: 3, m: 20 });
    expect(durationParts(2 * 24 * 60)).toEqual({ unit: 'days', d: 2 });
    // 2 913 124.9 min is 2022.998 days.
    expect(durationParts(2_913_124.9)).toEqual({ unit: 'days', d: 2023 });
  });
});
