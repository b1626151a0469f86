import type { ScoredMemory, StoredMemory } from '@casual-memory/core';
import {
  applyMemoryPatch,
  archiveMemoryFact,
  type MemoryListPage,
  type MemoryListQuery,
  matchesFilter,
  meetsScoreThreshold,
  memoryIdTaken,
  type NewMemoryRecord,
  type ParsedMemoryPatch,
  pageMemoriesById,
  type VectorQuery,
  VectorStoreBase,
} from '@casual-memory/core/backend';

/**
 * The simplest correct `VectorMemoryStore` on core's store kit: a map and a full scan. The suites'
 * own tests run against it, so a failing suite test points at the test, not at a backend.
 */
export class ReferenceVectorStore extends VectorStoreBase {
  private readonly records = new Map<string, NewMemoryRecord>();

  constructor(dimensions: number) {
    super('ReferenceVectorStore', dimensions);
  }

  protected insertMemories(records: readonly NewMemoryRecord[]): void {
    // Ids are unique in the store, across users; a taken one stores none of the batch.
    for (const { id, idPath } of records) if (idPath !== undefined && this.records.has(id)) throw memoryIdTaken(id, idPath);
    for (const record of records) this.records.set(record.id, record);
  }

  protected queryMemories(userId: string, query: Float32Array, { limit, minScore, filter, now }: VectorQuery): ScoredMemory[] {
    const hits: ScoredMemory[] = [];
    for (const { id, vector, memory } of this.records.values()) {
      if (memory.userId !== userId || !matchesFilter(memory, filter, now)) continue;
      let score = 0;
      for (let i = 0; i < vector.length; i++) score += (vector[i] as number) * (query[i] as number);
      if (meetsScoreThreshold(score, minScore)) hits.push({ id, memory, score });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  protected findMemory(userId: string, id: string): StoredMemory | null {
    const record = this.own(userId, id);
    return record === undefined ? null : { id, memory: record.memory };
  }

  protected listUserMemories(userId: string, query: MemoryListQuery): MemoryListPage {
    return pageMemoriesById(
      [...this.records.values()].filter((record) => record.memory.userId === userId),
      query,
    );
  }

  protected patchMemory(userId: string, id: string, patch: ParsedMemoryPatch): boolean {
    const record = this.own(userId, id);
    if (record !== undefined) record.memory = applyMemoryPatch(record.memory, patch);
    return record !== undefined;
  }

  protected archiveStoredMemory(userId: string, id: string, archivedAt: Date, supersededBy: string | undefined): boolean {
    const record = this.own(userId, id);
    if (record !== undefined) record.memory = archiveMemoryFact(record.memory, archivedAt, supersededBy);
    return record !== undefined;
  }

  protected removeMemory(userId: string, id: string): boolean {
    return this.own(userId, id) !== undefined && this.records.delete(id);
  }

  protected removeUserMemories(userId: string): number {
    let removed = 0;
    for (const [id, record] of this.records) {
      if (record.memory.userId === userId && this.records.delete(id)) removed += 1;
    }
    return removed;
  }

  protected closeStore(): void {
    this.records.clear();
  }

  private own(userId: string, id: string): NewMemoryRecord | undefined {
    const record = this.records.get(id);
    return record?.memory.userId === userId ? record : undefined;
  }
}
