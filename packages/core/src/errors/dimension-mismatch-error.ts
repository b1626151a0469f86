import type { CasualMemoryErrorCode } from './casual-memory-error';
import { ValidationError } from './validation-error';

/** A vector whose length differs from the store's `dimensions`. Also a `ValidationError`. */
export class DimensionMismatchError extends ValidationError {
  static override readonly code: CasualMemoryErrorCode = 'DIMENSION_MISMATCH';

  readonly expected: number;
  readonly actual: number;

  constructor(expected: number, actual: number, path = 'vector') {
    super(path, `${path} has ${actual} dimensions, but this store holds ${expected}-dimensional vectors`);
    this.expected = expected;
    this.actual = actual;
  }
}
