import type { MemoryFact } from '../models/memory-fact';

/**
 * Returns `memory` archived: `archived: true`, `archivedAt` set on the first archive (archiving
 * again keeps the original time), and `supersededBy` when given (kept when not).
 */
export function archiveMemoryFact(memory: MemoryFact, now: Date, supersededBy?: string): MemoryFact {
  return {
    ...memory,
    tags: [...memory.tags],
    archived: true,
    archivedAt: memory.archived && memory.archivedAt !== undefined ? memory.archivedAt : now,
    ...(supersededBy !== undefined ? { supersededBy } : {}),
  };
}
