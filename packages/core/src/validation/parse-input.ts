import type { z } from 'zod';
import { ValidationError, type ValidationIssue } from '../errors/validation-error';

/**
 * Validates `value` against `schema` and returns the parsed value (defaults filled in), or throws a
 * `ValidationError` naming every failing field under `label` (e.g. `memory.importance`).
 * Every public entry point of every package validates through this one function.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, label: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues: ValidationIssue[] = result.error.issues.map((issue) => ({
    path: formatPath(label, issue.path),
    message: issue.message,
  }));
  const first = issues[0] ?? { path: label, message: 'is invalid' };
  const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  throw new ValidationError(first.path, `Invalid ${label}: ${summary}`, { issues, cause: result.error });
}

function formatPath(label: string, path: readonly PropertyKey[]): string {
  let formatted = label;
  for (const key of path) {
    formatted += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return formatted;
}
