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

/** The simplest correct `ConflictStore` on core's store kit: one map per user (ids are unique within a user). */
export class ReferenceConflictStore extends ConflictStoreBase {
  private readonly byUser = new Map<string, Map<string, MemoryConflict>>();

  constructor() {
    super('ReferenceConflictStore');
  }

  protected insertConflict(conflict: MemoryConflict): void {
    const own = this.userConflicts(conflict.userId);
    if (own.has(conflict.id)) throw new ConflictStateError({ message: `conflict "${conflict.id}" already exists for this user` });
    own.set(conflict.id, conflict);
  }

  protected findConflict(userId: string, id: string): MemoryConflict | null {
    return this.byUser.get(userId)?.get(id) ?? null;
  }

  protected listPendingConflicts(userId: string, { limit }: ParsedPendingConflictsOptions): MemoryConflict[] {
    const pending = [...this.userConflicts(userId).values()].filter((conflict) => conflict.status !== 'resolved');
    return pending.sort(comparePendingConflicts).slice(0, limit);
  }

  protected listUserConflicts(userId: string, query: ConflictListQuery): ConflictListPage {
    return pageConflictsByCreation(this.userConflicts(userId).values(), query);
  }

  protected resolveStoredConflict(userId: string, id: string, resolution: ParsedConflictResolution, resolvedAt: Date): boolean {
    const conflict = this.findConflict(userId, id);
    if (conflict === null || conflict.status === 'resolved') return false;
    this.userConflicts(userId).set(id, applyConflictResolution(conflict, resolution, resolvedAt));
    return true;
  }

  protected markStoredResolutionApplied(userId: string, id: string, appliedAt: Date): boolean {
    const conflict = this.findConflict(userId, id);
    if (conflict === null || !isResolutionUnapplied(conflict)) return false;
    this.userConflicts(userId).set(id, markResolutionApplied(conflict, appliedAt));
    return true;
  }

  protected listUnappliedResolutions(userId: string, { limit }: ParsedPendingConflictsOptions): MemoryConflict[] {
    const unapplied = [...this.userConflicts(userId).values()].filter(isResolutionUnapplied);
    return unapplied.sort(compareUnappliedResolutions).slice(0, limit);
  }

  protected escalateStoredConflict(userId: string, id: string): boolean {
    const conflict = this.findConflict(userId, id);
    if (conflict === null || conflict.status === 'resolved') return false;
    this.userConflicts(userId).set(id, escalateMemoryConflict(conflict));
    return true;
  }

  protected countConflicts(userId: string, status: ConflictStatus | undefined): number {
    return [...this.userConflicts(userId).values()].filter((conflict) => status === undefined || conflict.status === status).length;
  }

  protected removeUserConflicts(userId: string, status: ConflictStatus | undefined): number {
    const own = this.userConflicts(userId);
    let removed = 0;
    for (const [id, conflict] of own) {
      if ((status === undefined || conflict.status === status) && own.delete(id)) removed += 1;
    }
    return removed;
  }

  protected closeStore(): void {
    this.byUser.clear();
  }

  private userConflicts(userId: string): Map<string, MemoryConflict> {
    const own = this.byUser.get(userId) ?? new Map<string, MemoryConflict>();
    this.byUser.set(userId, own);
    return own;
  }
}
