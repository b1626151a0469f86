import type { StoredMemory } from '../models/memory-fact';
import { matchesFilter } from '../records/matches-filter';
import type { MemoryListPage, MemoryListQuery } from './vector-store-base';

/**
 * `listUserMemories` for a backend that holds its memories in process: the user's memories passing
 * the filter, ordered by id (code unit order), after `query.after`, at most `query.limit`; `next` is
 * the last id returned when more follow. Ids never change, so the order holds across adds and deletes.
 */
export function pageMemoriesById(userMemories: Iterable<StoredMemory>, { after, limit, filter, now }: MemoryListQuery): MemoryListPage {
  const candidates: StoredMemory[] = [];
  for (const stored of userMemories) {
    if (after !== undefined && stored.id <= after) continue;
    if (matchesFilter(stored.memory, filter, now)) candidates.push(stored);
  }
  candidates.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const memories = candidates.slice(0, limit);
  return candidates.length > limit ? { memories, next: memories[memories.length - 1]!.id } : { memories };
}
