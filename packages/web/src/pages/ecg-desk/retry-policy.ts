/**
 * When a failed upload is tried again. A county link drops for seconds or for hours: retry soon,
 * then ever less often (exponential backoff with jitter, so that a county's PCs do not all retry
 * in the same second when the link returns), and never give up on a failure that may pass.
 */
import { ApiError } from '../../api/client.js';

/** First retry after this long. */
export const firstRetryDelayMs = 2_000;
/** Retries never wait longer than this (a link that returns is used within 5 minutes). */
export const maxRetryDelayMs = 5 * 60_000;

/**
 * How long to wait before attempt `failures + 1`: 2 s, 4 s, 8 s … capped at 5 minutes, each
 * spread by ±20 % at random.
 * @param failures attempts that failed so far (≥ 1)
 * @param random a number in [0, 1) (Math.random in the app; fixed in tests)
 * @example retryDelayMs(1, () => 0.5) // 2000
 * @example retryDelayMs(20, () => 0.5) // 300000
 */
export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 20);
  const base = Math.min(firstRetryDelayMs * 2 ** exponent, maxRetryDelayMs);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * True when an upload that failed this way may succeed later unchanged: no answer at all (link
 * down or stalled), a gateway or server fault, rate limiting, an expired session (sent after the
 * technician signs in again) or a stale CSRF token. A refusal of the file itself (too large, bad
 * request, key conflict) or of the user's rights is final.
 * @example isRetryable(new ApiError(0, 'network', 'offline')) // true
 * @example isRetryable(new ApiError(413, 'payload_too_large', '…')) // false
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) {
    return true;
  }
  if (error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500) {
    return true;
  }
  return error.code === 'unauthenticated' || error.code === 'csrf_failed';
}
