import { z } from 'zod';
import { describeValue } from '../errors/describe-value';

/** A value that survives a JSON round trip unchanged: what every backend can store exactly. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Free-form metadata attached to conflicts and messages. */
export type JsonObject = { [key: string]: JsonValue };

/** How deeply metadata may nest (objects and arrays); deeper is a `ValidationError`, never a stack overflow. */
export const MAX_JSON_DEPTH = 64;

interface JsonProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Copies `value` as JSON data, or reports the first problem: a cycle, nesting deeper than
 * `MAX_JSON_DEPTH`, a value JSON cannot hold (undefined, NaN, a function, a Date or class
 * instance), or a property that throws when read. Keys such as `__proto__` stay plain data.
 */
export function copyJsonValue(value: unknown): { value: JsonValue } | { problem: JsonProblem } {
  const path: (string | number)[] = [];
  const ancestors = new Set<object>();
  let problem: JsonProblem | undefined;

  const fail = (message: string): undefined => {
    problem = { path: [...path], message };
    return undefined;
  };

  const copy = (current: unknown): JsonValue | undefined => {
    if (current === null || typeof current === 'string' || typeof current === 'boolean') return current;
    if (typeof current === 'number')
      return Number.isFinite(current) ? current : fail(`must be a finite number, got ${describeValue(current)}`);
    if (typeof current !== 'object') return fail(`is not a JSON value: got ${describeValue(current)}`);
    if (ancestors.has(current)) return fail('refers back to itself (a cycle); metadata must be a tree');
    if (ancestors.size >= MAX_JSON_DEPTH) return fail(`nests more than ${MAX_JSON_DEPTH} levels deep`);
    ancestors.add(current);
    try {
      return Array.isArray(current)
        ? copyArray(current)
        : isPlainObject(current)
          ? copyObject(current)
          : fail('is not a plain object or array (Date, Map and class instances are not JSON)');
    } finally {
      ancestors.delete(current);
    }
  };

  const copyArray = (array: readonly unknown[]): JsonValue[] | undefined => {
    const out: JsonValue[] = [];
    for (let i = 0; i < array.length; i++) {
      path.push(i);
      const item = copy(array[i]);
      path.pop();
      if (item === undefined) return undefined;
      out.push(item);
    }
    return out;
  };

  const copyObject = (object: object): JsonObject | undefined => {
    const out: JsonObject = {};
    for (const key of Object.keys(object)) {
      path.push(key);
      const item = copy((object as Record<string, unknown>)[key]);
      path.pop();
      if (item === undefined) return undefined;
      // defineProperty for `__proto__`: assignment would change out's prototype instead.
      if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
      else out[key] = item;
    }
    return out;
  };

  try {
    const result = copy(value);
    if (result !== undefined) return { value: result };
  } catch (error) {
    fail(`could not be read: ${error instanceof Error ? error.message : describeValue(error)}`);
  }
  return { problem: problem ?? { path: [], message: 'is not a JSON value' } };
}

/** A plain object of any realm: its prototype is null or a prototype whose own prototype is null. */
function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

function jsonSchema<T extends JsonValue>(accept: (value: JsonValue) => value is T, expected: string): z.ZodType<T, T> {
  return z.unknown().transform((input, context) => {
    const result = copyJsonValue(input);
    if ('problem' in result) {
      context.addIssue({ code: 'custom', message: result.problem.message, path: result.problem.path, input });
      return z.NEVER;
    }
    if (!accept(result.value)) {
      context.addIssue({ code: 'custom', message: `must be ${expected}, got ${describeValue(input)}`, input });
      return z.NEVER;
    }
    return result.value;
  }) as unknown as z.ZodType<T, T>;
}

/** Any JSON value, copied on parse (cycles, depth and non-JSON values rejected). */
export const JsonValueSchema: z.ZodType<JsonValue, JsonValue> = jsonSchema((value): value is JsonValue => true, 'a JSON value');

/** A JSON object (not an array or primitive), copied on parse. */
export const JsonObjectSchema: z.ZodType<JsonObject, JsonObject> = jsonSchema(
  (value): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value),
  'a JSON object',
);
