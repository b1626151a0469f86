import { CasualMemoryError, type CasualMemoryErrorCode } from './casual-memory-error';

/** The store has no room for what was written (a configured cap, or memory that cannot grow). Nothing of the call was stored. */
export class StoreFullError extends CasualMemoryError {
  static override readonly code: CasualMemoryErrorCode = 'STORE_FULL';
}
