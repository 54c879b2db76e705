import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import { isRetryable, maxRetryDelayMs, retryDelayMs } from './retry-policy.js';

describe('retryDelayMs', () => {
  it('doubles from 2 s and stops at 5 minutes', () => {
    const middle = (): number => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => retryDelayMs(n, middle))).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000,
    ]);
    expect(retryDelayMs(1_000, middle)).toBe(maxRetryDelayMs);
  });

  it('spreads each delay by ±20 %', () => {
    expect(retryDelayMs(3, () => 0)).toBe(6_400);
    expect(retryDelayMs(3, () => 0.999_999)).toBe(9_600);
  });
});

describe('isRetryable', () => {
  it.each([
    [0, 'network', true],
    [502, 'network', true],
    [503, 'not_ready', true],
    [500, 'internal', true],
    [429, 'rate_limited', true],
    [401, 'unauthenticated', true],
    [403, 'csrf_failed', true],
    [403, 'forbidden', false],
    [413, 'payload_too_large', false],
    [409, 'conflict', false],
    [400, 'bad_request', false],
    [415, 'unsupported_media_type', false],
  ] as const)('HTTP %i %s → %s', (status, code, expected) => {
    expect(isRetryable(new ApiError(status, code, ''))).toBe(expected);
  });
});
