import type { MemoryFactInput, ScoredMemory, StoredMemory } from '../models/memory-fact';
import type { MemoryPatch } from '../models/memory-patch';
import type { FindSimilarOptions, SearchOptions } from '../validation/store-options';
import type { VectorInput } from '../vectors/vector-input';

/** One item of `addMany`. */
export interface VectorMemoryItem {
  vector: VectorInput;
  memory: MemoryFactInput;
}

/**
 * Long-term memories with their embeddings. Scores are cosine similarity in [-1, 1] in every
 * backend. Every read is scoped to one user. Returned objects are copies.
 */
export interface VectorMemoryStore {
  /** Length of every vector this store holds. */
  readonly dimensions: number;
  /** Validates and stores one memory; returns its new id. */
  add(vector: VectorInput, memory: MemoryFactInput): Promise<string>;
  /** Validates every item before writing any, then stores all; ids in input order. */
  addMany(items: VectorMemoryItem[]): Promise<string[]>;
  /** The user's memories matching `filter` with score >= `minScore`, best first, at most `topK`. */
  search(query: VectorInput, options: SearchOptions): Promise<ScoredMemory[]>;
  /** Memories of `userId` with score >= `threshold`, best first, at most `limit`; used to spot duplicates and contradictions. */
  findSimilarMemories(vector: VectorInput, options: FindSimilarOptions): Promise<ScoredMemory[]>;
  getById(id: string): Promise<StoredMemory | null>;
  /** Applies a partial update; `false` when there is no such id. `userId` cannot change. */
  updateMemory(id: string, patch: MemoryPatch): Promise<boolean>;
  /** Soft-deletes: marks the memory archived (optionally superseded by another); `false` when missing. */
  archiveMemory(id: string, supersededBy?: string): Promise<boolean>;
  /** Hard-deletes one memory; `false` when missing. */
  deleteMemory(id: string): Promise<boolean>;
  /** Hard-deletes every memory of `userId`; returns how many. */
  clearUserMemories(userId: string): Promise<number>;
  /** Releases what the store opened itself. Calling it twice is harmless; other calls then fail. */
  close(): Promise<void>;
}
