import type { z } from 'zod';
import { CorruptDataError } from '../errors/corrupt-data-error';
import { toValidationIssues } from './parse-input';

/**
 * Validates a record read back from storage. A failure is the store's data, not the caller's
 * input: it throws `CorruptDataError` naming the record (e.g. `conflict "c1" of user "u1"`).
 */
export function parseStored<S extends z.ZodType>(schema: S, value: unknown, record: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new CorruptDataError({ record, issues: toValidationIssues(result.error.issues, record), cause: result.error });
}
