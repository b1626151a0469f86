import { ConflictStateError, type ConflictStatus, type MemoryConflict } from '@casual-memory/core';
import {
  applyConflictResolution,
  type ConflictListPage,
  type ConflictListQuery,
  ConflictStoreBase,
  comparePendingConflicts,
  compareUnappliedResolutions,
  escalateMemoryConflict,
  isResolutionUnapplied,
  markResolutionApplied,
  type ParsedConflictResolution,
  type ParsedPendingConflictsOptions,
  pageConflictsByCreation,
} from '@casual-memory/core/backend';
import { type InMemoryConflictStoreOptions, parseConflictStoreOptions } from './in-memory-conflict-store-options';

const STORE_NAME = 'InMemoryConflictStore';

/**
 * Conflicts kept in process memory: the embedded default `ConflictStore`. The kit
 * (`ConflictStoreBase`) parses every argument, keeps the closed state and copies conflicts in and
 * out; this class only keeps the user's conflicts by id. Every storage operation runs
 * synchronously, so concurrent calls never interleave inside one change (of racing
 * `resolveConflict` calls exactly one wins).
 */
export class InMemoryConflictStore extends ConflictStoreBase {
  /** userId -> conflict id -> conflict: ids are unique within a user, so two users may share one. */
  private readonly conflictsByUser = new Map<string, Map<string, MemoryConflict>>();

  /** Takes no options today; any key given is a `ValidationError` rather than silently ignored. */
  constructor(options?: InMemoryConflictStoreOptions) {
    super(STORE_NAME);
    parseConflictStoreOptions(options, STORE_NAME);
  }

  /** How many conflicts the store holds, over all users (0 once closed). Counts every user: O(users). */
  get size(): number {
    let total = 0;
    for (const conflicts of this.conflictsByUser.values()) total += conflicts.size;
    return total;
  }

  protected insertConflict(conflict: MemoryConflict): void {
    let conflicts = this.conflictsByUser.get(conflict.userId);
    if (conflicts?.has(conflict.id)) {
      throw new ConflictStateError({ message: `user "${conflict.userId}" already has a conflict with id "${conflict.id}"` });
    }
    if (conflicts === undefined) {
      conflicts = new Map();
      this.conflictsByUser.set(conflict.userId, conflicts);
    }
    // The kit hands over its own parsed copy, so keeping it keeps nothing of the caller's.
    conflicts.set(conflict.id, conflict);
  }

  protected findConflict(userId: string, id: string): MemoryConflict | null {
    return this.conflictsByUser.get(userId)?.get(id) ?? null;
  }

  protected listPendingConflicts(userId: string, { limit }: ParsedPendingConflictsOptions): MemoryConflict[] {
    const pending: MemoryConflict[] = [];
    for (const conflict of this.conflictsByUser.get(userId)?.values() ?? []) {
      if (conflict.status !== 'resolved') pending.push(conflict);
    }
    pending.sort(comparePendingConflicts);
    return limit === undefined ? pending : pending.slice(0, limit);
  }

  /** Sorts the user's conflicts for each page: O(n log n) in the user's conflicts, fine for what one process holds. */
  protected listUserConflicts(userId: string, query: ConflictListQuery): ConflictListPage {
    return pageConflictsByCreation(this.conflictsByUser.get(userId)?.values() ?? [], query);
  }

  protected resolveStoredConflict(userId: string, id: string, resolution: ParsedConflictResolution, resolvedAt: Date): boolean {
    return this.replaceUnresolved(userId, id, (conflict) => applyConflictResolution(conflict, resolution, resolvedAt));
  }

  protected escalateStoredConflict(userId: string, id: string): boolean {
    return this.replaceUnresolved(userId, id, escalateMemoryConflict);
  }

  protected markStoredResolutionApplied(userId: string, id: string, appliedAt: Date): boolean {
    const conflicts = this.conflictsByUser.get(userId);
    const conflict = conflicts?.get(id);
    if (conflicts === undefined || conflict === undefined || !isResolutionUnapplied(conflict)) return false;
    conflicts.set(id, markResolutionApplied(conflict, appliedAt));
    return true;
  }

  protected listUnappliedResolutions(userId: string, { limit }: ParsedPendingConflictsOptions): MemoryConflict[] {
    const unapplied: MemoryConflict[] = [];
    for (const conflict of this.conflictsByUser.get(userId)?.values() ?? []) {
      if (isResolutionUnapplied(conflict)) unapplied.push(conflict);
    }
    unapplied.sort(compareUnappliedResolutions);
    return limit === undefined ? unapplied : unapplied.slice(0, limit);
  }

  protected countConflicts(userId: string, status: ConflictStatus | undefined): number {
    const conflicts = this.conflictsByUser.get(userId);
    if (conflicts === undefined) return 0;
    if (status === undefined) return conflicts.size;
    let count = 0;
    for (const conflict of conflicts.values()) if (conflict.status === status) count++;
    return count;
  }

  protected removeUserConflicts(userId: string, status: ConflictStatus | undefined): number {
    const conflicts = this.conflictsByUser.get(userId);
    if (conflicts === undefined) return 0;
    let removed = 0;
    if (status === undefined) {
      removed = conflicts.size;
      conflicts.clear();
    } else {
      // Deleting the entry being visited is safe for a Map iterator.
      for (const [id, conflict] of conflicts) {
        if (conflict.status !== status) continue;
        conflicts.delete(id);
        removed++;
      }
    }
    if (conflicts.size === 0) this.conflictsByUser.delete(userId);
    return removed;
  }

  /** Drops every conflict: a closed store holds no data. */
  protected closeStore(): void {
    this.conflictsByUser.clear();
  }

  /** Swaps the user's unresolved conflict `id` for `change(conflict)`; false when missing or resolved. */
  private replaceUnresolved(userId: string, id: string, change: (conflict: MemoryConflict) => MemoryConflict): boolean {
    const conflicts = this.conflictsByUser.get(userId);
    const conflict = conflicts?.get(id);
    if (conflicts === undefined || conflict === undefined || conflict.status === 'resolved') return false;
    conflicts.set(id, change(conflict));
    return true;
  }
}
