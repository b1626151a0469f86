import { CorruptDataError, type MemoryFact, ValidationError } from '@casual-memory/core';
import { type MemoryFactJson, memoryFactFromJson, memoryFactToJson, type ParsedMemoryPatch } from '@casual-memory/core/backend';
import { hasLoneSurrogate } from './lone-surrogates';
import { isQdrantDatetime } from './qdrant-datetime';

/** A point's payload: the memory's fields at the top level, dates as ISO-8601 strings, `null` for a removed optional field. */
export type MemoryPayload = Record<string, unknown>;

/** The memory as a point payload (`memoryFactToJson`: the same fields, dates as ISO strings). */
export function memoryToPayload(memory: MemoryFact, path: string): MemoryPayload {
  assertStorable(memory, path);
  return memoryFactToJson(memory) as MemoryFactJson & MemoryPayload;
}

/**
 * A parsed patch as a set-payload body: changed fields with their new values, `null` for a removed
 * optional field (read back as absent), and never `userId` (the patch schema refuses it).
 */
export function patchToPayload(patch: ParsedMemoryPatch, path: string): MemoryPayload {
  assertStorable(patch, path);
  const payload: MemoryPayload = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || key === 'userId') continue;
    payload[key] = value instanceof Date ? value.toISOString() : Array.isArray(value) ? [...value] : value;
  }
  return payload;
}

/** Reads a point back: `CorruptDataError` for a payload that is not a memory of ours. */
export function memoryFromPayload(payload: unknown, id: string): MemoryFact {
  return memoryFactFromJson(payload, `Qdrant point ${JSON.stringify(id)}`);
}

/** The id of a point as Qdrant returns it; ours are always UUID strings. */
export function pointIdOf(id: unknown): string {
  if (typeof id === 'string') return id;
  throw new CorruptDataError({
    record: `Qdrant point ${String(id)}`,
    issues: [{ path: 'id', message: 'is not a UUID: the point was not written by this store' }],
  });
}

/**
 * Refuses, before anything is sent, what Qdrant cannot keep exactly: strings with a lone UTF-16
 * surrogate (Qdrant stores UTF-8) and a `validUntil` its datetime filters cannot read.
 */
function assertStorable(fields: Readonly<Record<string, unknown>>, path: string): void {
  for (const [key, value] of Object.entries(fields)) {
    const strings = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    for (const text of strings) {
      if (typeof text === 'string' && hasLoneSurrogate(text)) {
        throw new ValidationError({
          path: `${path}.${key}`,
          message: `${path}.${key} holds a lone UTF-16 surrogate, which Qdrant (UTF-8) cannot store`,
        });
      }
    }
  }
  const validUntil = fields['validUntil'];
  if (validUntil instanceof Date && !isQdrantDatetime(validUntil)) {
    throw new ValidationError({
      path: `${path}.validUntil`,
      message: `${path}.validUntil must lie in the years 0000 to 9999, the range Qdrant's datetime filters read`,
    });
  }
}
