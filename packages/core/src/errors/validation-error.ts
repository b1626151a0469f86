import { CasualMemoryError, type CasualMemoryErrorCode, type CasualMemoryErrorOptions } from './casual-memory-error';

/** One problem found in an input, with the path of the field it concerns. */
export interface ValidationIssue {
  /** Dotted path of the failing field, e.g. `memory.importance` or `vector[3]`. */
  path: string;
  message: string;
}

export interface ValidationErrorOptions extends CasualMemoryErrorOptions {
  /** Every problem found; the first one also gives `path`. */
  issues?: ValidationIssue[];
}

/** Bad input: a value that does not match the model or an option out of range. Nothing was written. */
export class ValidationError extends CasualMemoryError {
  static override readonly code: CasualMemoryErrorCode = 'VALIDATION_ERROR';

  /** Path of the (first) failing field. */
  readonly path: string;
  readonly issues: ValidationIssue[];

  constructor(path: string, message: string, options: ValidationErrorOptions = {}) {
    super(message, options);
    this.path = path;
    this.issues = options.issues ?? [{ path, message }];
  }
}
