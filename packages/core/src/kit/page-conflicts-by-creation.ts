import type { MemoryConflict } from '../models/memory-conflict';
import { compareListedConflicts } from '../records/compare-listed-conflicts';
import type { ConflictListPage, ConflictListQuery } from './conflict-list-query';

/**
 * `listUserConflicts` for a backend that holds its conflicts in process: the user's conflicts of
 * the wanted statuses in `compareListedConflicts` order, after `query.after`, at most `query.limit`;
 * `next` is the last one's position when more follow.
 */
export function pageConflictsByCreation(
  userConflicts: Iterable<MemoryConflict>,
  { after, limit, statuses }: ConflictListQuery,
): ConflictListPage {
  const candidates: MemoryConflict[] = [];
  for (const conflict of userConflicts) {
    if (statuses !== undefined && !statuses.includes(conflict.status)) continue;
    if (after !== undefined && compareListedConflicts(conflict, after) <= 0) continue;
    candidates.push(conflict);
  }
  candidates.sort(compareListedConflicts);
  const conflicts = candidates.slice(0, limit);
  if (candidates.length <= limit) return { conflicts };
  const last = conflicts[conflicts.length - 1]!;
  return { conflicts, next: { createdAt: last.createdAt, id: last.id } };
}
