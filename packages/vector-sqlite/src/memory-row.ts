import { CorruptDataError, type MemoryFact } from '@casual-memory/core';
import { memoryFactFromJson, memoryFactToJson } from '@casual-memory/core/backend';

/** The columns of one memory row besides its keys: the indexed fields, and the whole memory as JSON. */
export interface MemoryColumns {
  type: string;
  importance: number;
  valid_until: number | null;
  archived: 0 | 1;
  memory: string;
}

/**
 * The memory as stored: JSON (dates as ISO strings) holds every field exactly, lone surrogates and
 * NUL included, as JSON escapes them; the indexed columns repeat what the filters read.
 */
export function memoryColumns(memory: MemoryFact): MemoryColumns {
  return {
    type: memory.type,
    importance: memory.importance,
    valid_until: memory.validUntil === undefined ? null : memory.validUntil.getTime(),
    archived: memory.archived ? 1 : 0,
    memory: JSON.stringify(memoryFactToJson(memory)),
  };
}

/** Reads the `memory` column back, validated (`CorruptDataError` naming the record when it fails). */
export function memoryFromColumn(json: unknown, id: string): MemoryFact {
  const record = `memory ${JSON.stringify(id)}`;
  if (typeof json !== 'string') {
    throw new CorruptDataError({ record, issues: [{ path: 'memory', message: 'the memory column does not hold JSON text' }] });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (thrown) {
    throw new CorruptDataError({ record, issues: [{ path: 'memory', message: 'the memory column is not valid JSON' }], cause: thrown });
  }
  return memoryFactFromJson(parsed, record);
}
