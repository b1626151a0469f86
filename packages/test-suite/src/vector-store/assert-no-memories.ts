import assert from 'node:assert/strict';
import type { VectorMemoryStore } from '@casual-memory/core';
import { axis } from './vector-fixtures';

/** Asserts that `userId` has no memory at all (archived, expired or not): a rejected call must store nothing. */
export async function assertNoMemories(
  store: VectorMemoryStore,
  userId: string,
  what = 'a rejected call must store nothing',
): Promise<void> {
  const hits = await store.findSimilarMemories(userId, axis(0), { threshold: -1, limit: 1000, excludeArchived: false });
  assert.deepEqual(hits, [], what);
}
