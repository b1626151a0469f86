import { type MemoryConflict, MemoryConflictSchema } from '../models/memory-conflict';
import { parseStored } from '../validation/parse-stored';
import { datesToIso, isoToDates } from './json-dates';

const CONFLICT_DATE_FIELDS = ['createdAt', 'resolvedAt', 'resolutionAppliedAt'] as const;
type ConflictDateField = (typeof CONFLICT_DATE_FIELDS)[number];

/** A conflict as JSON for storage: the same fields, dates as ISO-8601 UTC strings. */
export type MemoryConflictJson = Omit<MemoryConflict, ConflictDateField> & {
  createdAt: string;
  resolvedAt?: string;
  resolutionAppliedAt?: string;
};

export function memoryConflictToJson(conflict: MemoryConflict): MemoryConflictJson {
  return datesToIso(conflict, CONFLICT_DATE_FIELDS) as MemoryConflictJson;
}

/** Reads a stored conflict back, validating it (`CorruptDataError` naming `record` when it fails); `null` optional fields count as absent. */
export function memoryConflictFromJson(json: unknown, record = 'stored conflict'): MemoryConflict {
  return parseStored(MemoryConflictSchema, isoToDates(json, CONFLICT_DATE_FIELDS), record);
}
