import type { StoredMemory, VectorMemoryStore } from '@casual-memory/core';
import { followPages } from '../follow-pages';

export type ListOptions = Parameters<VectorMemoryStore['listMemories']>[1];

/** Follows `nextCursor` to the end; returns every page. */
export function allPages(store: VectorMemoryStore, userId: string, options: ListOptions = {}): Promise<StoredMemory[][]> {
  return followPages(async (cursor) => {
    const page = await store.listMemories(userId, { ...options, ...(cursor === undefined ? {} : { cursor }) });
    return { items: page.memories, nextCursor: page.nextCursor };
  }, 'listMemories');
}
