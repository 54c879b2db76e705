import { describe, expect, it } from 'vitest';
import { formatClock, slaState, waitedMs } from './sla-clock.js';

const at = (iso: string): number => Date.parse(iso);

describe('slaState', () => {
  it('is ok with more than two minutes left, due-soon below, overdue at and after the due time', () => {
    const due = '2025-03-01T02:10:00Z';
    expect(slaState(due, at('2025-03-01T02:07:59Z'))).toEqual({
      remainingMs: 121_000,
      urgency: 'ok',
    });
    expect(slaState(due, at('2025-03-01T02:08:00Z')).urgency).toBe('ok');
    expect(slaState(due, at('2025-03-01T02:08:01Z')).urgency).toBe('due-soon');
    expect(slaState(due, at('2025-03-01T02:10:00Z'))).toEqual({
      remainingMs: 0,
      urgency: 'overdue',
    });
    expect(slaState(due, at('2025-03-01T02:11:30Z')).remainingMs).toBe(-90_000);
  });

  it('has no urgency without a due time', () => {
    expect(slaState(null, 0)).toEqual({ remainingMs: null, urgency: 'none' });
    expect(slaState('not a date', 0).urgency).toBe('none');
  });
});

describe('formatClock', () => {
  it('writes minutes and seconds, hours when needed', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(999)).toBe('0:00');
    expect(formatClock(83_400)).toBe('1:23');
    expect(formatClock(600_000)).toBe('10:00');
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });

  it('marks overdue time with a minus sign', () => {
    expect(formatClock(-5_000)).toBe('−0:05');
    expect(formatClock(-3_600_000)).toBe('−1:00:00');
  });
});

describe('waitedMs', () => {
  it('counts from receipt and never goes negative', () => {
    expect(waitedMs('2025-03-01T02:00:00Z', at('2025-03-01T02:03:00Z'))).toBe(180_000);
    expect(waitedMs('2025-03-01T02:00:05Z', at('2025-03-01T02:00:00Z'))).toBe(0);
  });
});
