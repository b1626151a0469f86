import type { MemoryFact, ScoredMemory, StoredMemory } from '@casual-memory/core';
import {
  applyMemoryPatch,
  archiveMemoryFact,
  cloneMemoryFact,
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
import { type InMemoryVectorStoreOptions, parseVectorStoreOptions } from './in-memory-vector-store-options';
import { TopKHeap } from './top-k-heap';
import { UserRowIndex } from './user-row-index';
import { type KernelKind, VectorArena } from './vector-arena';

const STORE_NAME = 'InMemoryVectorStore';

/**
 * Long-term memories with their embeddings in process memory: the embedded default. Vectors arrive
 * from the store kit at unit length and are copied into one contiguous Float32Array (inside
 * WebAssembly memory for the SIMD kernel); a search is one pass of dot products over the user's
 * rows and a bounded top-k heap. The kit validates every argument before anything changes; every
 * change here happens synchronously, so concurrent calls never interleave inside one.
 */
export class InMemoryVectorStore extends VectorStoreBase {
  /** The dot-product kernel in use. */
  readonly kernel: KernelKind;
  /** The most vectors this store takes: the `maxVectors` option, else what 4 GiB holds. */
  readonly maxVectors: number;
  private readonly arena: VectorArena;
  private readonly initialCapacity: number;
  private readonly users = new UserRowIndex();
  /** Per row: its id and memory (rows are dense, 0..count-1). Ids are UUIDs, unique across users (a restored one too). */
  private readonly ids: string[] = [];
  private readonly memories: MemoryFact[] = [];
  private readonly rowById = new Map<string, number>();

  constructor(options: InMemoryVectorStoreOptions) {
    const parsed = parseVectorStoreOptions(options, STORE_NAME);
    super(STORE_NAME, parsed.dimensions);
    this.arena = new VectorArena({
      dimensions: parsed.dimensions,
      initialCapacity: parsed.initialCapacity,
      kernel: parsed.kernel,
      maxRows: parsed.maxVectors,
      capped: parsed.capped,
      store: STORE_NAME,
    });
    this.kernel = this.arena.kernel;
    this.maxVectors = parsed.maxVectors;
    this.initialCapacity = parsed.initialCapacity;
  }

  /** How many memories (of all users, archived included) the store holds. */
  get size(): number {
    return this.ids.length;
  }

  /** Bytes of memory reserved for vectors and search scratch (grows by doubling; see `compact()`). */
  get reservedBytes(): number {
    return this.arena.reservedBytes;
  }

  /**
   * Shrinks the reserved memory to fit the memories held (WebAssembly memory only grows, so this
   * moves the rows into a new, smaller memory). Worth calling after deleting many memories; the
   * store already does it by itself when it becomes empty.
   */
  compact(): Promise<void> {
    return this.run(
      'compact',
      () => undefined,
      () => {
        this.arena.shrinkTo(this.arena.count);
        this.users.trim(this.arena.count);
      },
    );
  }

  protected insertMemories(records: readonly NewMemoryRecord[]): void {
    // Before any change, so a taken id stores none of the batch; synchronous, so nothing comes between.
    for (const { id, idPath } of records) if (idPath !== undefined && this.rowById.has(id)) throw memoryIdTaken(id, idPath);
    this.arena.reserve(records.length);
    for (const { id, vector, memory } of records) {
      const row = this.arena.append(vector);
      this.ids[row] = id;
      this.memories[row] = memory;
      this.rowById.set(id, row);
      this.users.add(memory.userId, row);
    }
  }

  /**
   * The best `limit` rows of the user scoring at least `minScore` that the filter lets through, best
   * first. The filter runs only on rows that would enter the heap, so it costs little, and rows it
   * rejects never take a place from rows it would accept. Returns the stored memories themselves:
   * the kit copies the few it hands out.
   */
  protected queryMemories(userId: string, query: Float32Array, { limit, minScore, filter, now }: VectorQuery): ScoredMemory[] {
    const userRowCount = this.users.countOf(userId);
    if (userRowCount === 0) return [];
    // A user who owns every row is scored in one contiguous pass, where row number = position.
    const rows = userRowCount === this.arena.count ? null : this.users.rowsOf(userId);
    const scores = rows === null ? this.arena.scoreAll(query) : this.arena.scoreRows(query, rows);
    // Sized by the candidates, not by `limit`, which may be far larger than the user's rows.
    const heap = new TopKHeap(Math.min(limit, scores.length));
    const memories = this.memories;
    // Phase 1, until the heap is full: a score needs minScore and the filter's approval.
    let i = 0;
    for (; i < scores.length && !heap.full; i++) {
      const score = scores[i]!;
      if (!meetsScoreThreshold(score, minScore)) continue;
      const row = rows === null ? i : rows[i]!;
      if (matchesFilter(memories[row]!, filter, now)) heap.push(score, row);
    }
    // Phase 2: a score must beat the weakest kept (which already met minScore). Kept in a local,
    // so the loop over almost every row is one compare.
    let weakest = heap.weakest;
    for (; i < scores.length; i++) {
      const score = scores[i]!;
      if (score <= weakest) continue;
      const row = rows === null ? i : rows[i]!;
      if (!matchesFilter(memories[row]!, filter, now)) continue;
      heap.push(score, row);
      weakest = heap.weakest;
    }
    return heap.sortedDescending().map(({ score, row }) => ({ id: this.ids[row]!, memory: memories[row]!, score }));
  }

  protected findMemory(userId: string, id: string): StoredMemory | null {
    const row = this.rowOf(userId, id);
    return row === undefined ? null : { id, memory: this.memories[row]! };
  }

  /**
   * By id: rows move when others are deleted, ids never do. Returns the stored memories themselves
   * (the kit copies them), with a copy of each listed one's vector when the query asks for vectors.
   */
  protected listUserMemories(userId: string, query: MemoryListQuery): MemoryListPage {
    const rows = this.users.rowsOf(userId);
    const page = pageMemoriesById(
      Array.from(rows, (row) => ({ id: this.ids[row]!, memory: this.memories[row]!, row })),
      query,
    );
    const memories = page.memories.map(({ id, memory, row }) =>
      query.includeVectors ? { id, memory, vector: this.arena.vectorAt(row) } : { id, memory },
    );
    return page.next === undefined ? { memories } : { memories, next: page.next };
  }

  protected patchMemory(userId: string, id: string, patch: ParsedMemoryPatch): boolean {
    const row = this.rowOf(userId, id);
    if (row === undefined) return false;
    // A private copy: the patch's arrays and dates came from the caller.
    this.memories[row] = cloneMemoryFact(applyMemoryPatch(this.memories[row]!, patch));
    return true;
  }

  protected archiveStoredMemory(userId: string, id: string, archivedAt: Date, supersededBy: string | undefined): boolean {
    const row = this.rowOf(userId, id);
    if (row === undefined) return false;
    this.memories[row] = archiveMemoryFact(this.memories[row]!, archivedAt, supersededBy);
    return true;
  }

  protected removeMemory(userId: string, id: string): boolean {
    const row = this.rowOf(userId, id);
    if (row === undefined) return false;
    this.removeRow(row);
    return true;
  }

  protected removeUserMemories(userId: string): number {
    let removed = 0;
    for (let rows = this.users.rowsOf(userId); rows.length > 0; rows = this.users.rowsOf(userId)) {
      this.removeRow(rows[rows.length - 1]!);
      removed++;
    }
    return removed;
  }

  protected closeStore(): void {
    this.arena.release();
    this.users.clear();
    this.ids.length = 0;
    this.memories.length = 0;
    this.rowById.clear();
  }

  /** The row of the user's memory `id`; undefined when missing or another user's. */
  private rowOf(userId: string, id: string): number | undefined {
    const row = this.rowById.get(id);
    return row !== undefined && this.memories[row]!.userId === userId ? row : undefined;
  }

  /** Removes a row; the arena fills the hole with its last row, which we renumber everywhere. */
  private removeRow(row: number): void {
    const memory = this.memories[row]!;
    this.users.remove(memory.userId, row);
    this.rowById.delete(this.ids[row]!);
    const moved = this.arena.removeBySwap(row);
    if (moved !== -1) {
      const movedId = this.ids[moved]!;
      const movedMemory = this.memories[moved]!;
      this.ids[row] = movedId;
      this.memories[row] = movedMemory;
      this.rowById.set(movedId, row);
      this.users.renumber(movedMemory.userId, moved, row);
    }
    this.ids.pop();
    this.memories.pop();
    if (this.ids.length === 0) this.shrinkWhenEmpty();
  }

  /** An empty store goes back to its initial reservation, so memory freed by deletes is returned. */
  private shrinkWhenEmpty(): void {
    try {
      this.arena.shrinkTo(this.initialCapacity);
      this.users.trim(0);
    } catch {
      // Best effort: without memory for the smaller copy, the store keeps the larger one and the delete stands.
    }
  }
}
