import type { ListMemoriesOptions, StoredMemoryWithVector, VectorMemoryStore } from '@casual-memory/core';

/** Options of `eachMemory`: those of `listMemories` without the cursor, which it follows itself. */
export type EachMemoryOptions = Omit<ListMemoriesOptions, 'cursor'>;

/**
 * Every memory of the user, read a page at a time through `listMemories` (so memory use stays one
 * page whatever the user holds), in the store's stable order; each with its `vector` when `includeVectors` asks.
 */
export async function* eachMemory(
  store: VectorMemoryStore,
  userId: string,
  options: EachMemoryOptions = {},
): AsyncGenerator<StoredMemoryWithVector> {
  let cursor: string | undefined;
  do {
    const page = await store.listMemories(userId, { ...options, ...(cursor === undefined ? {} : { cursor }) });
    yield* page.memories;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

/** Every memory of the user in one array (see `eachMemory`). */
export async function allMemories(
  store: VectorMemoryStore,
  userId: string,
  options: EachMemoryOptions = {},
): Promise<StoredMemoryWithVector[]> {
  const memories: StoredMemoryWithVector[] = [];
  for await (const stored of eachMemory(store, userId, options)) memories.push(stored);
  return memories;
}
