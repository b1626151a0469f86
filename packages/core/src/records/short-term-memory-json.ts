import { type ShortTermMemory, ShortTermMemorySchema } from '../models/short-term-memory';
import { parseStored } from '../validation/parse-stored';
import { datesToIso, isoToDates } from './json-dates';

/** A message as JSON for storage: `timestamp` as an ISO-8601 UTC string. */
export type ShortTermMemoryJson = Omit<ShortTermMemory, 'timestamp'> & { timestamp: string };

export function shortTermMemoryToJson(message: ShortTermMemory): ShortTermMemoryJson {
  return datesToIso(message, ['timestamp']) as ShortTermMemoryJson;
}

/** Reads a stored message back, validating it (`CorruptDataError` naming `record` when it fails). */
export function shortTermMemoryFromJson(json: unknown, record = 'stored message'): ShortTermMemory {
  return parseStored(ShortTermMemorySchema, isoToDates(json, ['timestamp']), record);
}
