import type { MemoryFact } from '../models/memory-fact';
import { MemoryPatchSchema } from '../models/memory-patch';
import { parseInput } from '../validation/parse-input';

/**
 * Returns a new memory with `patch` applied, after validating the patch: absent or `undefined` keys
 * keep their value, `null` removes an optional field. Throws `ValidationError` (nothing applied) on
 * a bad patch, including any attempt to change `userId`.
 */
export function applyMemoryPatch(memory: MemoryFact, patch: unknown): MemoryFact {
  const parsed = parseInput(MemoryPatchSchema, patch, 'patch');
  const next: Record<string, unknown> = { ...memory, tags: [...memory.tags] };
  for (const [key, value] of Object.entries(parsed)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = Array.isArray(value) ? [...value] : value;
  }
  return next as MemoryFact;
}
