import type { CasualMemoryError } from '../errors/casual-memory-error';
import { StoreClosedError } from '../errors/store-closed-error';
import { toInputError, toStoreError } from './to-store-error';

/** A value or a promise of it: in-process backends answer synchronously, database backends asynchronously. */
export type MaybePromise<T> = T | Promise<T>;

/** Options every store base takes from its subclass. */
export interface StoreBaseOptions {
  /**
   * True when the backend builds new objects for every record it returns (rows decoded from a database,
   * say), so the base need not copy them again. Leave it false when the backend hands out objects it
   * keeps (an in-process store): the base then copies each one before a caller sees it.
   */
  freshResults?: boolean;
}

/**
 * What the three store bases share: the closed state, and one path for every public call that
 * reads the caller's input first (turning anything thrown there into a `ValidationError`) and then
 * runs the backend's operation (turning a driver's error into a typed one via `toStoreError`).
 */
export abstract class StoreBase {
  /** The class name users know, used in error messages. */
  protected readonly storeName: string;
  /** See `StoreBaseOptions.freshResults`. */
  protected readonly freshResults: boolean;
  private closing: Promise<void> | undefined;

  protected constructor(storeName: string, options: StoreBaseOptions = {}) {
    this.storeName = storeName;
    this.freshResults = options.freshResults === true;
  }

  /** True once `close()` was called. */
  get closed(): boolean {
    return this.closing !== undefined;
  }

  /** Releases what the store opened itself. Safe to call twice; every other call then rejects with `StoreClosedError`. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      try {
        await this.closeStore();
      } catch (thrown) {
        throw this.toStoreError(thrown, 'close');
      }
    })();
    return this.closing;
  }

  /** Releases the backend's own resources (connections it opened, memory); called once. */
  protected abstract closeStore(): MaybePromise<void>;

  /**
   * Maps an error thrown by the backend to the typed error callers get. Override to classify your
   * driver's errors (a unique-key violation as `ConflictStateError`, say); the default keeps our own
   * errors and wraps everything else in a retryable `StoreUnavailableError` with `cause`.
   */
  protected toStoreError(thrown: unknown, operation: string): CasualMemoryError {
    return toStoreError(thrown, this.storeName, operation);
  }

  /** Runs one public call: checks the store is open, parses the input, then runs the operation. */
  protected async run<Input, Result>(
    operation: string,
    parse: () => Input,
    execute: (input: Input) => MaybePromise<Result>,
  ): Promise<Result> {
    if (this.closing !== undefined) throw new StoreClosedError({ store: this.storeName });
    let input: Input;
    try {
      input = parse();
    } catch (thrown) {
      throw toInputError(thrown, this.storeName, operation);
    }
    try {
      return await execute(input);
    } catch (thrown) {
      throw this.toStoreError(thrown, operation);
    }
  }
}
