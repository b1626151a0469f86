import type { MemoryFact } from '../models/memory-fact';
import { MemoryPatchSchema, type ParsedMemoryPatch } from '../models/memory-patch';
import { parseInput } from '../validation/parse-input';

/**
 * Validates a patch (throws `ValidationError`, including for any attempt to change `userId`).
 * Backends parse first, so a bad patch is an error even when the id does not exist.
 */
export function parseMemoryPatch(patch: unknown): ParsedMemoryPatch {
  return parseInput(MemoryPatchSchema, patch, 'patch');
}

/**
 * Returns a new memory with a parsed patch applied: absent or `undefined` keys keep their value,
 * `null` removes an optional field. The input memory is not changed.
 */
export function applyMemoryPatch(memory: MemoryFact, patch: ParsedMemoryPatch): MemoryFact {
  const next: Record<string, unknown> = { ...memory, tags: [...memory.tags] };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = Array.isArray(value) ? [...value] : value;
  }
  return next as MemoryFact;
}
