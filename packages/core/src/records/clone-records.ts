import type { JsonValue } from '../models/json-value';
import type { MemoryConflict } from '../models/memory-conflict';
import type { MemoryFact } from '../models/memory-fact';
import type { ShortTermMemory } from '../models/short-term-memory';

/**
 * Deep copies of records, so stores hand out and keep objects no caller can change. Written for
 * the known shapes (faster than `structuredClone`, and the copies belong to the caller's realm).
 */
export function cloneJson<T extends JsonValue>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => cloneJson(item)) as T;
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, JsonValue> = {};
    for (const key of Object.keys(value)) {
      const item = cloneJson((value as Record<string, JsonValue>)[key] as JsonValue);
      // defineProperty keeps a `__proto__` key as data; assignment would change the copy's prototype.
      if (key === '__proto__') Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
      else copy[key] = item;
    }
    return copy as T;
  }
  return value;
}

/**
 * A shallow copy with fresh `Date`s and without keys whose value is `undefined`: an explicit
 * `{ source: undefined }` reads back like an absent field, as it does from backends storing JSON.
 */
function cloneDates<T extends object>(record: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    copy[key] = value instanceof Date ? new Date(value.getTime()) : value;
  }
  return copy as T;
}

export function cloneMemoryFact(memory: MemoryFact): MemoryFact {
  const copy = cloneDates(memory);
  copy.tags = [...memory.tags];
  return copy;
}

export function cloneMemoryConflict(conflict: MemoryConflict): MemoryConflict {
  const copy = cloneDates(conflict);
  copy.metadata = cloneJson(conflict.metadata);
  return copy;
}

/** Field by field: messages are copied on every read of a window, so this one is on a hot path. */
export function cloneShortTermMemory(message: ShortTermMemory): ShortTermMemory {
  const copy: ShortTermMemory = { content: message.content, role: message.role, timestamp: new Date(message.timestamp.getTime()) };
  if (message.metadata !== undefined) copy.metadata = cloneJson(message.metadata);
  return copy;
}
