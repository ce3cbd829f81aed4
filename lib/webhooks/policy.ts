// No "server-only": the job worker and the OpenAPI document read these.
/**
 * How deliveries are retried and when an endpoint is paused. Attempt 1 goes out at once; attempt n (n ≥ 2) is due
 * `retryDelaySeconds(n)` after attempt n − 1 failed: 1, 4, 16, 64 minutes …, four times longer each time up to
 * 6 hours, so the 8 attempts of one event span about 18 hours of a receiver's outage.
 */
export const MAX_ATTEMPTS = 8;
/** Failed attempts in a row (any event) after which an endpoint is paused. */
export const PAUSE_AFTER_FAILURES = 10;
/** An answer slower than this is a failure (and the connection is dropped). */
export const RESPONSE_TIMEOUT_MS = 10_000;
/** At most this many characters of an error or response body are kept in the log. */
export const ERROR_MAX_CHARS = 500;

export function retryDelaySeconds(attempt: number): number {
  if (attempt <= 1) return 0;
  return Math.min(60 * 4 ** (attempt - 2), 6 * 3600);
}
