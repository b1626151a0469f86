import type { z } from 'zod';
import { describeValue } from '../errors/describe-value';
import { summarizeIssues } from '../errors/summarize-issues';
import { ValidationError, type ValidationIssue } from '../errors/validation-error';

/**
 * Validates `value` against `schema` and returns the parsed value (defaults filled in), or throws a
 * `ValidationError` naming every failing field under `label` (e.g. `memory.importance`); the message
 * lists the first few, `issues` has them all. Anything thrown while reading `value` (a getter or a
 * Proxy trap) is a `ValidationError` too. Every public entry point validates through this.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, label: string): z.output<S> {
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(value);
  } catch (thrown) {
    const reason = thrown instanceof Error ? thrown.message : describeValue(thrown);
    throw new ValidationError({ path: label, message: `Invalid ${label}: it could not be read (${reason})`, cause: thrown });
  }
  if (result.success) return result.data;
  const issues = toValidationIssues(result.error.issues, label);
  const first = issues[0] ?? { path: label, message: 'is invalid' };
  // An issue about the whole value (an unknown key, say) is not prefixed with the label twice.
  const relative = issues.map((issue) => (issue.path === label ? { path: '', message: issue.message } : issue));
  throw new ValidationError({ path: first.path, message: `Invalid ${label}: ${summarizeIssues(relative)}`, issues, cause: result.error });
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

// The parsed defaults of each options schema, read once: most calls pass no options.
const defaultsOf = new WeakMap<z.ZodType, unknown>();

/**
 * Options as `parseInput` reads them, where none given (`undefined` or `{}`) is the schema's defaults,
 * parsed once and frozen: a call without options, the common one, skips validation it cannot fail.
 */
export function parseOptions<S extends z.ZodType>(schema: S, options: unknown, label: string): z.output<S> {
  if (options !== undefined && !isEmptyObject(options)) return parseInput(schema, options, label);
  let defaults = defaultsOf.get(schema);
  if (defaults === undefined) {
    defaults = deepFreeze(parseInput(schema, {}, label));
    defaultsOf.set(schema, defaults);
  }
  return defaults as z.output<S>;
}

/** A plain object with no keys of its own; anything odd (a Proxy whose traps throw) is left to the schema. */
function isEmptyObject(value: unknown): boolean {
  try {
    if (typeof value !== 'object' || value === null) return false;
    const prototype: unknown = Object.getPrototypeOf(value);
    return (prototype === Object.prototype || prototype === null) && Reflect.ownKeys(value).length === 0;
  } catch {
    return false;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
