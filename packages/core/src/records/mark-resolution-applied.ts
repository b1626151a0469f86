import type { MemoryConflict } from '../models/memory-conflict';

/**
 * Returns the resolved `conflict` recorded as fully applied to the memories at `now`. The caller
 * makes sure, atomically, that it is resolved and not yet marked.
 */
export function markResolutionApplied(conflict: MemoryConflict, now: Date): MemoryConflict {
  return { ...conflict, resolutionAppliedAt: now };
}

/** True for a conflict whose resolution was claimed but not yet recorded as applied. */
export function isResolutionUnapplied(conflict: MemoryConflict): boolean {
  return conflict.status === 'resolved' && conflict.resolutionAppliedAt === undefined;
}

/** Order of `ConflictStore.getUnappliedResolutions`: the oldest claim first, then by id (code units). */
export function compareUnappliedResolutions(a: MemoryConflict, b: MemoryConflict): number {
  const byTime = (a.resolvedAt?.getTime() ?? 0) - (b.resolvedAt?.getTime() ?? 0);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
