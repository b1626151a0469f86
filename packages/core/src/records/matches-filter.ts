import type { MemoryFact } from '../models/memory-fact';
import type { MemoryFilter } from '../models/memory-filter';

/**
 * The one meaning of `MemoryFilter`, shared by every backend: not archived unless
 * `includeArchived`; not expired at `validAt` (default `now`) unless `includeExpired`; any of
 * `types`; any of `tags`; importance at least `minImportance`. Expects an already validated filter;
 * the user is checked by the caller (every store call is scoped to one user before filtering).
 */
export function matchesFilter(memory: MemoryFact, filter: MemoryFilter, now: Date): boolean {
  if (memory.archived && filter.includeArchived !== true) return false;
  if (memory.validUntil !== undefined && filter.includeExpired !== true) {
    const validAt = filter.validAt ?? now;
    if (memory.validUntil.getTime() < validAt.getTime()) return false;
  }
  if (filter.types !== undefined && !filter.types.includes(memory.type)) return false;
  if (filter.tags !== undefined && !filter.tags.some((tag) => memory.tags.includes(tag))) return false;
  if (filter.minImportance !== undefined && memory.importance < filter.minImportance) return false;
  return true;
}
