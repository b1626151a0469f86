import type { MemoryConflict } from '../models/memory-conflict';

/**
 * The order of `getPendingConflicts`: most important first (`avgImportance` descending), then
 * oldest first (`createdAt` ascending), then by id so the order is total and the same everywhere.
 */
export function comparePendingConflicts(a: MemoryConflict, b: MemoryConflict): number {
  if (a.avgImportance !== b.avgImportance) return b.avgImportance - a.avgImportance;
  const byAge = a.createdAt.getTime() - b.createdAt.getTime();
  if (byAge !== 0) return byAge;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
