import { CasualMemoryError, type CasualMemoryErrorCode } from './casual-memory-error';

/**
 * The backing store failed or cannot be reached (connection refused or lost, timeout, server
 * error). Retryable. The driver's error is kept in `cause`, so no raw driver error escapes a
 * public method.
 */
export class StoreUnavailableError extends CasualMemoryError {
  static override readonly code: CasualMemoryErrorCode = 'STORE_UNAVAILABLE';
  static override readonly retryable: boolean = true;
}
