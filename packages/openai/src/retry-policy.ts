/** How often and how patiently a failed call is tried again. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** The first back-off in milliseconds; doubled with each retry. */
  retryDelayMs: number;
  /** The longest back-off in milliseconds. */
  maxRetryDelayMs: number;
}

/** A server's `Retry-After` is followed up to this long; past it, the computed back-off applies (as the SDK does). */
const MAX_SERVER_DELAY_MS = 60_000;

/**
 * How long to wait before retry number `retry` (0 for the first): the server's `Retry-After` when it
 * gave a usable one, else `retryDelayMs * 2^retry` capped at `maxRetryDelayMs`, of which a random
 * part up to a half is taken off, so that clients failing together do not retry together.
 */
export function backoffDelay(policy: RetryPolicy, retry: number, serverDelayMs: number | undefined, random = Math.random): number {
  if (serverDelayMs !== undefined && serverDelayMs >= 0 && serverDelayMs <= MAX_SERVER_DELAY_MS) return serverDelayMs;
  const exponential = Math.min(policy.maxRetryDelayMs, policy.retryDelayMs * 2 ** retry);
  return exponential * (1 - random() / 2);
}

/** The delay a response asks for in `retry-after-ms` (milliseconds) or `Retry-After` (seconds or an HTTP date). */
export function serverRetryDelay(headers: unknown, now = Date.now()): number | undefined {
  if (typeof (headers as { get?: unknown } | null)?.get !== 'function') return undefined;
  const read = (name: string): string | null => (headers as { get(name: string): string | null }).get(name);
  const milliseconds = Number.parseFloat(read('retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds)) return milliseconds;
  const retryAfter = read('retry-after');
  if (retryAfter === null) return undefined;
  const seconds = Number.parseFloat(retryAfter);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(retryAfter);
  return Number.isFinite(date) ? date - now : undefined;
}

/** Waits `ms`; an abort ends the wait at once, rejecting with the signal's reason. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
