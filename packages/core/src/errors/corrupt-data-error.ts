import { CasualMemoryError, type CasualMemoryErrorCode } from './casual-memory-error';
import { summarizeIssues } from './summarize-issues';
import type { ValidationIssue } from './validation-error';

export interface CorruptDataErrorOptions {
  /** What was read, e.g. `conflict "c1" of user "u1"` or `message 3 of user "u1"`. */
  record: string;
  /** What is wrong with it. */
  issues: ValidationIssue[];
  message?: string;
  cause?: unknown;
}

/**
 * A stored record failed validation when read back: the data in the store is damaged or was
 * written by something else. Not the caller's input, and not retryable.
 */
export class CorruptDataError extends CasualMemoryError {
  static override readonly code: CasualMemoryErrorCode = 'CORRUPT_DATA';

  readonly record: string;
  readonly issues: ValidationIssue[];

  constructor(options: CorruptDataErrorOptions) {
    super({ message: options.message ?? `Stored ${options.record} is corrupt: ${summarizeIssues(options.issues)}`, cause: options.cause });
    this.record = options.record;
    this.issues = options.issues;
  }
}
