import type { ConflictResolution } from '../models/conflict-resolution';
import type { ConflictStatus, MemoryConflict, MemoryConflictInput } from '../models/memory-conflict';
import type { PendingConflictsOptions } from '../validation/store-options';

/** Tracked contradictions between memories. Every read is scoped to one user; results are copies. */
export interface ConflictStore {
  /** Validates and stores a conflict; returns its id. An id already taken is a `ConflictStateError`. */
  addConflict(conflict: MemoryConflictInput): Promise<string>;
  getConflict(id: string): Promise<MemoryConflict | null>;
  /** Pending and escalated conflicts, most important first, then oldest first. */
  getPendingConflicts(userId: string, options?: PendingConflictsOptions): Promise<MemoryConflict[]>;
  /** Atomically resolves; `false` when missing or already resolved (of many racing calls, one wins). */
  resolveConflict(id: string, resolution: ConflictResolution): Promise<boolean>;
  /** Marks as escalated and counts one more attempt; `false` when missing or already resolved. */
  escalateConflict(id: string): Promise<boolean>;
  getConflictCount(userId: string, status?: ConflictStatus): Promise<number>;
  /** Hard-deletes the user's conflicts (of one status, if given); returns how many. */
  clearUserConflicts(userId: string, status?: ConflictStatus): Promise<number>;
  close(): Promise<void>;
}
