import { CasualMemoryError, type CasualMemoryErrorCode } from './casual-memory-error';

export interface StoreClosedErrorOptions {
  /** The store's name as users know it, e.g. `InMemoryVectorStore`. */
  store: string;
  message?: string;
}

/** A call on a store after its `close()`. Not retryable: open a new store. */
export class StoreClosedError extends CasualMemoryError {
  static override readonly code: CasualMemoryErrorCode = 'STORE_CLOSED';

  readonly store: string;

  constructor(options: StoreClosedErrorOptions) {
    super({ message: options.message ?? `${options.store} is closed` });
    this.store = options.store;
  }
}
