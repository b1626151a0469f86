import type { MemoryFactInput, ScoredMemory, StoredMemory, StoredMemoryWithVector } from '../models/memory-fact';
import type { MemoryPatch } from '../models/memory-patch';
import type { AddMemoryOptions } from '../validation/add-memory-options';
import type { FindSimilarOptions, ListMemoriesOptions, SearchOptions } from '../validation/store-options';
import type { VectorInput } from '../vectors/vector-input';

/** One item of `addMany`. */
export interface VectorMemoryItem {
  vector: VectorInput;
  memory: MemoryFactInput;
  /** For restoring: store the memory under this id it had before; as `AddMemoryOptions.id` of `add`. */
  id?: string;
}

/** One page of `listMemories`. */
export interface MemoryPage {
  /** In the store's stable order (each backend documents its own); each with its `vector` when `includeVectors` asked for it. */
  memories: StoredMemoryWithVector[];
  /** Pass as `cursor` for the next page; absent on the last page. Opaque: only this store reads it. */
  nextCursor?: string;
}

/**
 * Long-term memories with their embeddings. Every call that reads or changes stored data names its
 * user first; an id of another user behaves exactly like an unknown id (except that `add` cannot
 * reuse it: ids are unique in the store). Scores are cosine
 * similarity in [-1, 1] in every backend; thresholds are inclusive. Returned objects are copies.
 */
export interface VectorMemoryStore {
  /** Length of every vector this store holds. */
  readonly dimensions: number;
  /**
   * Validates and stores one memory (it carries its `userId`); returns its id, a new random UUID.
   *
   * `options.id` is for restoring (an export imported back, a copy between stores): the memory is
   * stored under that id instead, so links to it (`supersededBy`, a conflict's memory ids) still
   * hold. It must be a lowercase UUID as `crypto.randomUUID()` gives (any other form is a
   * `ValidationError` on `options.id`). Ids are unique in the whole store, not per user: an id the
   * store already holds, this user's or another's, is a `ConflictStateError` and nothing is stored
   * (nothing is overwritten, and the error does not say whose it is).
   */
  add(vector: VectorInput, memory: MemoryFactInput, options?: AddMemoryOptions): Promise<string>;
  /**
   * Validates every item before writing any, then stores all; ids in input order. An item's `id`
   * restores as `add`'s `options.id` does; when any is already stored (`ConflictStateError`), or
   * two items give one id (`ValidationError` on the later `items[i].id`), nothing is stored.
   */
  addMany(items: readonly VectorMemoryItem[]): Promise<string[]>;
  /** The user's memories matching `filter` with score >= `minScore`, best first, at most `topK`. */
  search(userId: string, query: VectorInput, options?: SearchOptions): Promise<ScoredMemory[]>;
  /** The user's memories with score >= `threshold`, best first, at most `limit`; spots duplicates and contradictions. */
  findSimilarMemories(userId: string, vector: VectorInput, options?: FindSimilarOptions): Promise<ScoredMemory[]>;
  getById(userId: string, id: string): Promise<StoredMemory | null>;
  /**
   * The user's memories a page at a time, in a stable order: following `nextCursor` until it is
   * absent returns each memory that existed throughout exactly once. Archived ones only with
   * `includeArchived`; expired ones always. A cursor this store did not make is a `ValidationError`.
   *
   * With `includeVectors: true` each memory carries `vector`: the vector stored for it (unit length,
   * float32 values), read in the same page, as a copy (changing it changes nothing stored). Without
   * it no memory has one. It lets an export carry the vectors, so an import with the same embedder
   * need not embed again. A store made before this option existed may ignore it: check that
   * `vector` is there before relying on it, and embed the text again when it is not.
   */
  listMemories(userId: string, options?: ListMemoriesOptions): Promise<MemoryPage>;
  /** Applies a partial update; `false` when the user has no such memory. `userId` cannot change. */
  updateMemory(userId: string, id: string, patch: MemoryPatch): Promise<boolean>;
  /** Soft-deletes: marks the memory archived (optionally superseded by another); `false` when missing. */
  archiveMemory(userId: string, id: string, supersededBy?: string): Promise<boolean>;
  /** Hard-deletes one memory; `false` when missing. */
  deleteMemory(userId: string, id: string): Promise<boolean>;
  /** Hard-deletes every memory of the user; returns how many. */
  clearUserMemories(userId: string): Promise<number>;
  /** Releases what the store opened itself. Calling it twice is harmless; other calls then fail with `StoreClosedError`. */
  close(): Promise<void>;
}
