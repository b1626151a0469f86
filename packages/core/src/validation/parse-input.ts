import type { z } from 'zod';
import { summarizeIssues } from '../errors/summarize-issues';
import { ValidationError, type ValidationIssue } from '../errors/validation-error';

/**
 * Validates `value` against `schema` and returns the parsed value (defaults filled in), or throws a
 * `ValidationError` naming every failing field under `label` (e.g. `memory.importance`); the message
 * lists the first few, `issues` has them all. Every public entry point validates through this.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, label: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = toValidationIssues(result.error.issues, label);
  const first = issues[0] ?? { path: label, message: 'is invalid' };
  throw new ValidationError({ path: first.path, message: `Invalid ${label}: ${summarizeIssues(issues)}`, issues, cause: result.error });
}

/** zod's issues as ours: paths written `label.field[3]`. */
export function toValidationIssues(zodIssues: readonly z.core.$ZodIssue[], label: string): ValidationIssue[] {
  return zodIssues.map((issue) => ({ path: formatPath(label, issue.path), message: issue.message }));
}

function formatPath(label: string, path: readonly PropertyKey[]): string {
  let formatted = label;
  for (const key of path) {
    formatted += typeof key === 'number' ? `[${key}]` : typeof key === 'symbol' ? '[symbol]' : `.${key}`;
  }
  return formatted;
}
