import assert from 'node:assert/strict';
import type { StoredMemory, VectorMemoryStore } from '@casual-memory/core';

export type ListOptions = Parameters<VectorMemoryStore['listMemories']>[1];

/** Follows `nextCursor` to the end; returns every page. */
export async function allPages(store: VectorMemoryStore, userId: string, options: ListOptions = {}): Promise<StoredMemory[][]> {
  const pages: StoredMemory[][] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listMemories(userId, { ...options, ...(cursor === undefined ? {} : { cursor }) });
    pages.push(page.memories);
    cursor = page.nextCursor;
    assert.ok(pages.length <= 1000, 'listMemories kept returning a nextCursor');
  } while (cursor !== undefined);
  return pages;
}
