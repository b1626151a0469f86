import type { CasualMemoryErrorCode } from './casual-memory-error';
import { ValidationError } from './validation-error';

export interface DimensionMismatchErrorOptions {
  /** The length the store (or model) holds. */
  expected: number;
  /** The length that was given. */
  actual: number;
  /** Path of the vector, e.g. `vector`, `query` or `items[3].vector`. Default `vector`. */
  path?: string;
  /** Replaces the default message (e.g. to name an embedding model). */
  message?: string;
  cause?: unknown;
}

/** A vector whose length differs from the store's `dimensions`. Also a `ValidationError`. */
export class DimensionMismatchError extends ValidationError {
  static override readonly code: CasualMemoryErrorCode = 'DIMENSION_MISMATCH';

  readonly expected: number;
  readonly actual: number;

  constructor(options: DimensionMismatchErrorOptions) {
    const path = options.path ?? 'vector';
    super({
      path,
      message: options.message ?? `${path} has ${options.actual} dimensions, but this store holds ${options.expected}-dimensional vectors`,
      cause: options.cause,
    });
    this.expected = options.expected;
    this.actual = options.actual;
  }
}
