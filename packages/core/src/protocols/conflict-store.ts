import type { ConflictResolution } from '../models/conflict-resolution';
import type { ConflictStatus, MemoryConflict, MemoryConflictInput } from '../models/memory-conflict';
import type { ListConflictsOptions, PendingConflictsOptions } from '../validation/store-options';

/** One page of `listConflicts`. */
export interface ConflictPage {
  /** Oldest `createdAt` first, then by id (code point order, as the SQL backends' binary collations compare). */
  conflicts: MemoryConflict[];
  /** Pass as `cursor` for the next page; absent on the last page. Opaque: only this store reads it. */
  nextCursor?: string;
}

/**
 * Tracked contradictions between memories. Every call that reads or changes stored data names its
 * user first; an id of another user behaves exactly like an unknown id. Results are copies.
 */
export interface ConflictStore {
  /** Validates and stores a conflict (it carries its `userId`); returns its id. An id the user already has is a `ConflictStateError`. */
  addConflict(conflict: MemoryConflictInput): Promise<string>;
  getConflict(userId: string, id: string): Promise<MemoryConflict | null>;
  /** Pending and escalated conflicts, most important first, then oldest first. */
  getPendingConflicts(userId: string, options?: PendingConflictsOptions): Promise<MemoryConflict[]>;
  /**
   * The user's conflicts of every status, resolved ones with their resolution, a page at a time:
   * oldest `createdAt` first, then by id. Following `nextCursor` until it is absent returns each
   * conflict that existed throughout exactly once, whatever is added, resolved or deleted meanwhile.
   * `status` keeps one status or several; `limit` is 1 to 1000 (default 100). A cursor this store did
   * not make is a `ValidationError`.
   */
  listConflicts(userId: string, options?: ListConflictsOptions): Promise<ConflictPage>;
  /**
   * Atomically resolves; `false` when missing or already resolved (of many racing calls, one wins).
   * This is the claim: the conflict is stored resolved without `resolutionAppliedAt` until whoever
   * applies the decision to the memories calls `markResolutionApplied`.
   */
  resolveConflict(userId: string, id: string, resolution: ConflictResolution): Promise<boolean>;
  /**
   * Atomically records that a resolved conflict's decision has been applied (sets
   * `resolutionAppliedAt`); `false` when missing, not resolved, or already marked (of racing calls, one wins).
   */
  markResolutionApplied(userId: string, id: string): Promise<boolean>;
  /** Resolved conflicts not yet marked applied (claimed, not finished), oldest resolution first. */
  getUnappliedResolutions(userId: string, options?: PendingConflictsOptions): Promise<MemoryConflict[]>;
  /** Marks as escalated and counts one more attempt; `false` when missing or already resolved. */
  escalateConflict(userId: string, id: string): Promise<boolean>;
  getConflictCount(userId: string, status?: ConflictStatus): Promise<number>;
  /** Hard-deletes the user's conflicts (of one status, if given); returns how many. */
  clearUserConflicts(userId: string, status?: ConflictStatus): Promise<number>;
  close(): Promise<void>;
}
