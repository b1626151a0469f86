/**
 * Marks every casual-memory error. `Symbol.for` makes the marker the same symbol in every copy of
 * this package, so errors are recognised even when an app ends up with two installs of core.
 */
const ERROR_CODES = Symbol.for('@casual-memory/core/error-codes');

export type CasualMemoryErrorCode =
  | 'CASUAL_MEMORY_ERROR'
  | 'VALIDATION_ERROR'
  | 'DIMENSION_MISMATCH'
  | 'NOT_FOUND'
  | 'CONFLICT_STATE'
  | 'STORE_CLOSED'
  | 'STORE_UNAVAILABLE'
  | 'STORE_FULL'
  | 'CORRUPT_DATA'
  | 'LOCK_TIMEOUT'
  | 'PROVIDER_ERROR'
  | 'PROVIDER_AUTH'
  | 'PROVIDER_NOT_FOUND'
  | 'PROVIDER_UNAVAILABLE'
  | 'PROVIDER_BAD_RESPONSE';

/** What every error constructor takes: one options object. */
export interface CasualMemoryErrorOptions {
  message: string;
  /** The error this one wraps (a driver's, a parser's), kept for debugging. */
  cause?: unknown;
  /** Overrides the class's `retryable`, for a class whose codes differ in it (`ProviderError`). */
  retryable?: boolean;
}

/** Base class of every error a casual-memory package throws on purpose. */
export class CasualMemoryError extends Error {
  static readonly code: CasualMemoryErrorCode = 'CASUAL_MEMORY_ERROR';
  /** Whether the same call may succeed if tried again later (true only for transient failures). */
  static readonly retryable: boolean = false;

  /** A stable, machine-readable code; switch on this rather than on the message. */
  readonly code: CasualMemoryErrorCode;
  /** True when retrying the same call later may succeed (an unreachable backend); false for bad input or state. */
  readonly retryable: boolean;

  /** The codes of this error's class and all its ancestors, checked by `isInstance`. */
  readonly [ERROR_CODES]: readonly CasualMemoryErrorCode[];

  constructor(options: CasualMemoryErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    const codes: CasualMemoryErrorCode[] = [];
    for (let ctor: unknown = new.target; isErrorClass(ctor); ctor = Object.getPrototypeOf(ctor)) {
      codes.push(ctor.code);
    }
    this.code = codes[0] ?? 'CASUAL_MEMORY_ERROR';
    this.retryable = options.retryable ?? (new.target as unknown as { retryable: boolean }).retryable;
    this[ERROR_CODES] = codes;
    this.name = new.target.name;
  }

  /**
   * True when `value` is an error of this class (or a subclass), even one created by another copy
   * of `@casual-memory/core`, where `instanceof` would say no.
   */
  static isInstance<T extends abstract new (...args: never[]) => CasualMemoryError>(
    this: T & { code: CasualMemoryErrorCode },
    value: unknown,
  ): value is InstanceType<T> {
    if (typeof value !== 'object' || value === null) return false;
    const codes = (value as { [ERROR_CODES]?: unknown })[ERROR_CODES];
    return Array.isArray(codes) && codes.includes(this.code);
  }
}

function isErrorClass(value: unknown): value is { code: CasualMemoryErrorCode } {
  return typeof value === 'function' && Object.hasOwn(value, 'code');
}
