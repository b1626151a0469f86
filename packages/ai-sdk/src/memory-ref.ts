import type { MemoryService } from '@casual-memory/service';

/** A memory named in a tool result: its id and its text. */
export interface MemoryRef {
  id: string;
  text: string;
}

/** Reads the memories a result names by id ('' for one deleted meanwhile). */
export function memoryRefs(service: MemoryService, userId: string) {
  const ref = async (id: string): Promise<MemoryRef> => ({ id, text: (await service.vectorStore.getById(userId, id))?.memory.text ?? '' });
  return { ref, refs: (ids: readonly string[]) => Promise.all(ids.map(ref)) };
}
