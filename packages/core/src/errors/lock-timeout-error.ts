import { CasualMemoryError, type CasualMemoryErrorCode } from './casual-memory-error';

export interface LockTimeoutErrorOptions {
  /** The user whose lock was not granted. */
  userId: string;
  /** How long the caller waited (the `waitMs` it asked for). */
  waitMs: number;
  message?: string;
  /** The abort signal's reason when the wait was cancelled; a driver's error otherwise. */
  cause?: unknown;
}

/**
 * A user's lock was not granted in time: another writer held it for all of `waitMs`, or the wait
 * was aborted. Nothing was written. Retryable: the holder finishes (or its lease expires).
 */
export class LockTimeoutError extends CasualMemoryError {
  static override readonly code: CasualMemoryErrorCode = 'LOCK_TIMEOUT';
  static override readonly retryable: boolean = true;

  readonly userId: string;
  readonly waitMs: number;

  constructor(options: LockTimeoutErrorOptions) {
    super({
      message: options.message ?? `The lock of user ${JSON.stringify(options.userId)} was not granted within ${options.waitMs} ms`,
      cause: options.cause,
    });
    this.userId = options.userId;
    this.waitMs = options.waitMs;
  }
}
