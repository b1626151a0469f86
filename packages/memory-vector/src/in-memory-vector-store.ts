import {
  MemoryFactSchema,
  StoreUnavailableError,
  ValidationError,
  applyMemoryPatch,
  cloneMemoryFact,
  archiveMemoryFact,
  matchesFilter,
  parseFindSimilarOptions,
  parseId,
  parseInput,
  parseMemoryPatch,
  parseSearchOptions,
  parseUserId,
  validateDimensions,
  validateVector,
  type FindSimilarOptions,
  type MemoryFact,
  type MemoryFactInput,
  type MemoryPatch,
  type ScoredMemory,
  type SearchOptions,
  type StoredMemory,
  type VectorInput,
  type VectorMemoryItem,
  type VectorMemoryStore,
} from '@casual-memory/core';
import { TopKHeap } from './top-k-heap';
import { UserRowIndex } from './user-row-index';
import { VectorArena, type KernelKind, type KernelPreference } from './vector-arena';

export interface InMemoryVectorStoreOptions {
  /** Length of every vector, e.g. 384 for e5-small or 1536 for OpenAI text-embedding-3-small. */
  dimensions: number;
  /** `auto` (default) uses the WebAssembly SIMD kernel where available, else plain JS. */
  kernel?: KernelPreference;
  /** Rows to reserve up front (default 1024); the store grows by doubling past it. */
  initialCapacity?: number;
  /**
   * The most vectors the store takes (default: what 4 GiB of WebAssembly memory holds at this
   * dimension). Past it, adds reject with `StoreUnavailableError`; a cap bounds the memory used.
   */
  maxVectors?: number;
}

const DEFAULT_INITIAL_CAPACITY = 1024;

/**
 * Long-term memories with their embeddings in process memory: the embedded default. Vectors are
 * scaled to unit length once, at insert, into one contiguous Float32Array inside WebAssembly memory;
 * a search is one SIMD pass of dot products over the user's rows and a bounded top-k heap.
 * Every method validates before it changes anything, and changes state synchronously, so concurrent
 * calls never interleave inside one change. Memories are copied in and out.
 */
export class InMemoryVectorStore implements VectorMemoryStore {
  readonly dimensions: number;
  /** The dot-product kernel in use. */
  readonly kernel: KernelKind;
  /** The most vectors this store takes: the `maxVectors` option, else what 4 GiB holds. */
  readonly maxVectors: number;
  private readonly arena: VectorArena;
  private readonly users = new UserRowIndex();
  /** Per row: its id and memory (rows are dense, 0..count-1). */
  private readonly ids: string[] = [];
  private readonly memories: MemoryFact[] = [];
  private readonly rowById = new Map<string, number>();
  private closed = false;

  constructor(options: InMemoryVectorStoreOptions) {
    if (typeof options !== 'object' || options === null) {
      throw new ValidationError('options', 'InMemoryVectorStore needs options: { dimensions }');
    }
    validateDimensions(options.dimensions);
    const kernel = options.kernel ?? 'auto';
    if (kernel !== 'auto' && kernel !== 'wasm' && kernel !== 'js') {
      throw new ValidationError('kernel', `kernel must be "auto", "wasm" or "js", got ${String(kernel)}`);
    }
    const initialCapacity = options.initialCapacity ?? DEFAULT_INITIAL_CAPACITY;
    if (!Number.isInteger(initialCapacity) || initialCapacity < 1) {
      throw new ValidationError('initialCapacity', `initialCapacity must be a whole number of at least 1, got ${String(initialCapacity)}`);
    }
    const memoryLimit = VectorArena.maxRowsFor(options.dimensions);
    if (memoryLimit < 1) throw new ValidationError('dimensions', `${options.dimensions} dimensions do not fit in 4 GiB of memory`);
    const maxVectors = options.maxVectors ?? memoryLimit;
    if (!Number.isInteger(maxVectors) || maxVectors < 1 || maxVectors > memoryLimit) {
      throw new ValidationError(
        'maxVectors',
        `maxVectors must be a whole number from 1 to ${memoryLimit} (what 4 GiB of WebAssembly memory holds at ${options.dimensions} dimensions), got ${String(maxVectors)}`,
      );
    }
    this.dimensions = options.dimensions;
    this.arena = new VectorArena(this.dimensions, initialCapacity, kernel, maxVectors);
    this.kernel = this.arena.kernel;
    this.maxVectors = maxVectors;
  }

  /** How many memories (of all users, archived included) the store holds. */
  get size(): number {
    return this.ids.length;
  }

  /** Bytes of WebAssembly memory reserved for vectors and search scratch (grows by doubling). */
  get reservedBytes(): number {
    return this.arena.reservedBytes;
  }

  async add(vector: VectorInput, memory: MemoryFactInput): Promise<string> {
    this.assertOpen();
    validateVector(vector, this.dimensions);
    const fact = parseInput(MemoryFactSchema, memory, 'memory');
    return this.insert(vector, fact);
  }

  async addMany(items: VectorMemoryItem[]): Promise<string[]> {
    this.assertOpen();
    if (!Array.isArray(items)) throw new ValidationError('items', 'items must be an array of { vector, memory }');
    const facts = items.map((item, index) => {
      if (typeof item !== 'object' || item === null) {
        throw new ValidationError(`items[${index}]`, `items[${index}] must be an object { vector, memory }`);
      }
      validateVector(item.vector, this.dimensions, `items[${index}].vector`);
      return parseInput(MemoryFactSchema, item.memory, `items[${index}].memory`);
    });
    this.arena.reserve(items.length);
    return facts.map((fact, index) => this.insert(items[index]!.vector, fact));
  }

  async search(query: VectorInput, options: SearchOptions): Promise<ScoredMemory[]> {
    this.assertOpen();
    validateVector(query, this.dimensions, 'query');
    const { filter, topK, minScore } = parseSearchOptions(options);
    const now = new Date();
    return this.topMatches(query, filter.userId, topK, minScore, (memory) => matchesFilter(memory, filter, now));
  }

  async findSimilarMemories(vector: VectorInput, options: FindSimilarOptions): Promise<ScoredMemory[]> {
    this.assertOpen();
    validateVector(vector, this.dimensions);
    const { userId, threshold, limit, excludeArchived } = parseFindSimilarOptions(options);
    return this.topMatches(vector, userId, limit, threshold, (memory) => !(excludeArchived && memory.archived));
  }

  async getById(id: string): Promise<StoredMemory | null> {
    this.assertOpen();
    const row = this.rowById.get(parseId(id));
    return row === undefined ? null : { id: this.ids[row]!, memory: cloneMemoryFact(this.memories[row]!) };
  }

  async updateMemory(id: string, patch: MemoryPatch): Promise<boolean> {
    this.assertOpen();
    const row = this.rowById.get(parseId(id));
    const parsed = parseMemoryPatch(patch);
    if (row === undefined) return false;
    this.memories[row] = cloneMemoryFact(applyMemoryPatch(this.memories[row]!, parsed));
    return true;
  }

  async archiveMemory(id: string, supersededBy?: string): Promise<boolean> {
    this.assertOpen();
    const row = this.rowById.get(parseId(id));
    const successor = supersededBy === undefined ? undefined : parseId(supersededBy, 'supersededBy');
    if (row === undefined) return false;
    this.memories[row] = archiveMemoryFact(this.memories[row]!, new Date(), successor);
    return true;
  }

  async deleteMemory(id: string): Promise<boolean> {
    this.assertOpen();
    const row = this.rowById.get(parseId(id));
    if (row === undefined) return false;
    this.removeRow(row);
    return true;
  }

  async clearUserMemories(userId: string): Promise<number> {
    this.assertOpen();
    const user = parseUserId(userId);
    let removed = 0;
    for (let rows = this.users.rowsOf(user); rows.length > 0; rows = this.users.rowsOf(user)) {
      this.removeRow(rows[rows.length - 1]!);
      removed++;
    }
    return removed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.arena.release();
    this.users.clear();
    this.ids.length = 0;
    this.memories.length = 0;
    this.rowById.clear();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('InMemoryVectorStore is closed');
  }

  private insert(vector: VectorInput, fact: MemoryFact): string {
    const id = crypto.randomUUID();
    const row = this.arena.append(vector);
    this.ids[row] = id;
    this.memories[row] = cloneMemoryFact(fact);
    this.rowById.set(id, row);
    this.users.add(fact.userId, row);
    return id;
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
  }

  /**
   * The best `limit` rows of `userId` scoring at least `minScore` that `accept` lets through, best
   * first. The filter runs only on rows that would enter the heap, so it costs little, and rows it
   * rejects never take a place from rows it would accept.
   */
  private topMatches(query: VectorInput, userId: string, limit: number, minScore: number, accept: (memory: MemoryFact) => boolean): ScoredMemory[] {
    const userRowCount = this.users.countOf(userId);
    if (limit === 0 || userRowCount === 0) return [];
    // A user who owns every row is scored in one contiguous pass, where row number = position.
    const ownsAll = userRowCount === this.arena.count;
    const rows = ownsAll ? null : this.users.rowsOf(userId);
    const scores = rows === null ? this.arena.scoreAll(query) : this.arena.scoreRows(query, rows);
    const heap = new TopKHeap(limit);
    const rowAt = (i: number): number => (rows === null ? i : rows[i]!);
    // Phase 1, until the heap is full: a score needs minScore and the filter's approval.
    let i = 0;
    for (; i < scores.length && !heap.full; i++) {
      const score = scores[i]!;
      if (score < minScore) continue;
      const row = rowAt(i);
      if (accept(this.memories[row]!)) heap.push(score, row);
    }
    // Phase 2: a score must beat the weakest kept (which already passed minScore). Kept in a
    // local, so the loop over almost every row is one compare.
    let weakest = heap.weakest;
    for (; i < scores.length; i++) {
      const score = scores[i]!;
      if (score <= weakest) continue;
      const row = rowAt(i);
      if (!accept(this.memories[row]!)) continue;
      heap.push(score, row);
      weakest = heap.weakest;
    }
    return heap.sortedDescending().map(({ score, row }) => ({
      id: this.ids[row]!,
      memory: cloneMemoryFact(this.memories[row]!),
      score: Math.min(1, Math.max(-1, score)),
    }));
  }
}
