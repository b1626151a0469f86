import { CasualMemoryError, type CasualMemoryErrorCode } from './casual-memory-error';

/**
 * The backing store failed or cannot be reached, or the store was closed. Wraps the driver's error
 * in `cause`, so no raw driver error escapes a public method.
 */
export class StoreUnavailableError extends CasualMemoryError {
  static override readonly code: CasualMemoryErrorCode = 'STORE_UNAVAILABLE';

  constructor(message: string, cause?: unknown) {
    super(message, { cause });
  }
}
