import type { MemoryFact } from '../models/memory-fact';
import type { ParsedMemoryPatch } from '../models/memory-patch';

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
