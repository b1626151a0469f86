import { type MemoryFact, MemoryFactSchema } from '../models/memory-fact';
import { parseStored } from '../validation/parse-stored';
import { datesToIso, isoToDates } from './json-dates';

const MEMORY_DATE_FIELDS = ['validUntil', 'firstSeen', 'lastSeen', 'archivedAt'] as const;
type MemoryDateField = (typeof MEMORY_DATE_FIELDS)[number];

/** A memory as JSON for storage: the same fields, dates as ISO-8601 UTC strings. */
export type MemoryFactJson = Omit<MemoryFact, MemoryDateField> & { [K in MemoryDateField]?: string };

export function memoryFactToJson(memory: MemoryFact): MemoryFactJson {
  return datesToIso(memory, MEMORY_DATE_FIELDS) as MemoryFactJson;
}

/** Reads a stored memory back, validating it (`CorruptDataError` naming `record` when it fails); `null` dates count as absent. */
export function memoryFactFromJson(json: unknown, record = 'stored memory'): MemoryFact {
  return parseStored(MemoryFactSchema, isoToDates(json, MEMORY_DATE_FIELDS), record);
}
