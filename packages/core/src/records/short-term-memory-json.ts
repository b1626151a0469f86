import { ShortTermMemorySchema, type ShortTermMemory } from '../models/short-term-memory';
import { parseInput } from '../validation/parse-input';
import { datesToIso, isoToDates } from './json-dates';

/** A message as JSON for storage: `timestamp` as an ISO-8601 UTC string. */
export type ShortTermMemoryJson = Omit<ShortTermMemory, 'timestamp'> & { timestamp: string };

export function shortTermMemoryToJson(message: ShortTermMemory): ShortTermMemoryJson {
  return datesToIso(message, ['timestamp']) as ShortTermMemoryJson;
}

/** Reads a stored message back, validating it. */
export function shortTermMemoryFromJson(json: unknown, label = 'stored message'): ShortTermMemory {
  return parseInput(ShortTermMemorySchema, isoToDates(json, ['timestamp']), label);
}
