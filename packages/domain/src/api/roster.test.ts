import { describe, expect, it } from 'vitest';
import { createShiftBodySchema } from './roster.js';

const base = {
  orgId: '00000000-0000-4000-8000-000000000001',
  userId: '00000000-0000-4000-8000-000000000002',
  role: 'primary',
  weekday: 1,
} as const;

describe('shift timing', () => {
  it('accepts 00:00–24:00, the whole day (the message tells users to write it so)', () => {
    expect(
      createShiftBodySchema.safeParse({ ...base, startTime: '00:00', endTime: '24:00' }).success,
    ).toBe(true);
  });

  it('accepts an overnight shift that ends at or before its start time of day', () => {
    expect(
      createShiftBodySchema.safeParse({ ...base, startTime: '20:00', endTime: '08:00' }).success,
    ).toBe(true);
  });

  it('refuses a shift that starts and ends at the same clock time, naming endTime', () => {
    const result = createShiftBodySchema.safeParse({
      ...base,
      startTime: '08:00',
      endTime: '08:00',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['endTime']);
  });

  it('refuses a start of 24:00 (an end only)', () => {
    expect(
      createShiftBodySchema.safeParse({ ...base, startTime: '24:00', endTime: '08:00' }).success,
    ).toBe(false);
  });
});
