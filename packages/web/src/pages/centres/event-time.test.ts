import { describe, expect, it } from 'vitest';
import { instantFromLocal, isFuture, localInputValue } from './event-time.js';

describe('datetime-local values', () => {
  it('round-trip an instant at minute precision in any zone', () => {
    const ms = Date.parse('2026-03-01T00:05:42.123Z');
    const value = localInputValue(ms);
    expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(instantFromLocal(value)).toBe('2026-03-01T00:05:00.000Z');
  });

  it('refuse empty and partial values', () => {
    expect(instantFromLocal('')).toBeNull();
    expect(instantFromLocal('2026-03-01')).toBeNull();
    expect(instantFromLocal('2026-03-01T8:05')).toBeNull();
  });
});

describe('isFuture', () => {
  it('allows a minute of clock skew', () => {
    const now = Date.parse('2026-03-01T08:00:00Z');
    expect(isFuture('2026-03-01T08:01:00Z', now)).toBe(false);
    expect(isFuture('2026-03-01T08:01:01Z', now)).toBe(true);
  });
});
