import { matchesFilter } from '../records/matches-filter';
import type { ListedMemoryRecord, MemoryListQuery } from './vector-store-base';

/**
 * `listUserMemories` for a backend that holds its memories in process: the user's memories passing
 * the filter, ordered by id (code unit order), after `query.after`, at most `query.limit`; `next` is
 * the last id returned when more follow. Ids never change, so the order holds across adds and deletes.
 * Records that carry their `vector` (a `NewMemoryRecord` does) list it when the query asks for vectors.
 */
export function pageMemoriesById<T extends ListedMemoryRecord>(
  userMemories: Iterable<T>,
  { after, limit, filter, now }: MemoryListQuery,
): { memories: T[]; next?: string } {
  const candidates: T[] = [];
  for (const stored of userMemories) {
    if (after !== undefined && stored.id <= after) continue;
    if (matchesFilter(stored.memory, filter, now)) candidates.push(stored);
  }
  candidates.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const memories = candidates.slice(0, limit);
  return candidates.length > limit ? { memories, next: memories[memories.length - 1]!.id } : { memories };
}
