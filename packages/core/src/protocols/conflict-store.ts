import type { ConflictResolution } from '../models/conflict-resolution';
import type { ConflictStatus, MemoryConflict, MemoryConflictInput } from '../models/memory-conflict';
import type { PendingConflictsOptions } from '../validation/store-options';

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
  /** Atomically resolves; `false` when missing or already resolved (of many racing calls, one wins). */
  resolveConflict(userId: string, id: string, resolution: ConflictResolution): Promise<boolean>;
  /** Marks as escalated and counts one more attempt; `false` when missing or already resolved. */
  escalateConflict(userId: string, id: string): Promise<boolean>;
  getConflictCount(userId: string, status?: ConflictStatus): Promise<number>;
  /** Hard-deletes the user's conflicts (of one status, if given); returns how many. */
  clearUserConflicts(userId: string, status?: ConflictStatus): Promise<number>;
  close(): Promise<void>;
}
