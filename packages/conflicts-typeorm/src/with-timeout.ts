/** Raised by `withTimeout`; the store turns it into a `StoreUnavailableError` like any driver error. */
export class StatementTimeoutError extends Error {
  override readonly name = 'StatementTimeoutError';
}

/**
 * Settles like `promise`, or rejects with a `StatementTimeoutError` after `ms`: a server that stopped
 * answering (a dropped network, a frozen process) gives an error the caller can act on, never a
 * hang. The work itself goes on until the driver gives up; its late outcome is ignored.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StatementTimeoutError(`${what} did not answer within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
