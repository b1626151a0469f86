import { CasualMemoryError, type CasualMemoryErrorCode } from './casual-memory-error';

/** One problem found in an input, with the path of the field it concerns. */
export interface ValidationIssue {
  /** Dotted path of the failing field, e.g. `memory.importance` or `vector[3]`. */
  path: string;
  message: string;
}

export interface ValidationErrorOptions {
  /** Path of the (first) failing field. */
  path: string;
  message: string;
  /** Every problem found; default: one issue made of `path` and `message`. */
  issues?: ValidationIssue[];
  cause?: unknown;
}

/** Bad input: a value that does not match the model or an option out of range. Nothing was written. */
export class ValidationError extends CasualMemoryError {
  static override readonly code: CasualMemoryErrorCode = 'VALIDATION_ERROR';

  /** Path of the (first) failing field. */
  readonly path: string;
  /** Every problem found (the message lists only the first few). */
  readonly issues: ValidationIssue[];

  constructor(options: ValidationErrorOptions) {
    super({ message: options.message, cause: options.cause });
    this.path = options.path;
    this.issues = options.issues ?? [{ path: options.path, message: options.message }];
  }
}
