import {
  ConflictResolutionSchema,
  ConflictStateError,
  MemoryConflictSchema,
  StoreUnavailableError,
  ValidationError,
  applyConflictResolution,
  cloneMemoryConflict,
  comparePendingConflicts,
  escalateMemoryConflict,
  parseId,
  parseInput,
  parseOptionalStatus,
  parsePendingConflictsOptions,
  parseUserId,
  type ConflictResolution,
  type ConflictStatus,
  type ConflictStore,
  type MemoryConflict,
  type MemoryConflictInput,
  type PendingConflictsOptions,
} from '@casual-memory/core';

/**
 * Conflicts kept in process memory: the embedded default. Every method validates first and then
 * changes state synchronously, so concurrent calls never interleave inside one change (of racing
 * `resolveConflict` calls exactly one wins). Conflicts are copied in and out.
 */
export class InMemoryConflictStore implements ConflictStore {
  private readonly conflicts = new Map<string, MemoryConflict>();
  private readonly idsByUser = new Map<string, Set<string>>();
  private closed = false;

  async addConflict(conflict: MemoryConflictInput): Promise<string> {
    this.assertOpen();
    const parsed = parseInput(MemoryConflictSchema, conflict, 'conflict');
    if (this.conflicts.has(parsed.id)) {
      throw new ConflictStateError(`a conflict with id "${parsed.id}" already exists`);
    }
    this.conflicts.set(parsed.id, cloneMemoryConflict(parsed));
    this.userIds(parsed.userId, true).add(parsed.id);
    return parsed.id;
  }

  async getConflict(id: string): Promise<MemoryConflict | null> {
    this.assertOpen();
    const conflict = this.conflicts.get(parseId(id));
    return conflict === undefined ? null : cloneMemoryConflict(conflict);
  }

  async getPendingConflicts(userId: string, options?: PendingConflictsOptions): Promise<MemoryConflict[]> {
    this.assertOpen();
    const { limit } = parsePendingConflictsOptions(options);
    const pending = this.userConflicts(parseUserId(userId)).filter((conflict) => conflict.status !== 'resolved');
    pending.sort(comparePendingConflicts);
    return (limit === undefined ? pending : pending.slice(0, limit)).map((conflict) => cloneMemoryConflict(conflict));
  }

  async resolveConflict(id: string, resolution: ConflictResolution): Promise<boolean> {
    this.assertOpen();
    const conflictId = parseId(id);
    const parsed = parseInput(ConflictResolutionSchema, resolution, 'resolution');
    if (parsed.conflictId !== conflictId) {
      throw new ValidationError(
        'resolution.conflictId',
        `resolution.conflictId "${parsed.conflictId}" does not match the conflict being resolved ("${conflictId}")`,
      );
    }
    const conflict = this.conflicts.get(conflictId);
    if (conflict === undefined || conflict.status === 'resolved') return false;
    this.conflicts.set(conflictId, applyConflictResolution(conflict, parsed, new Date()));
    return true;
  }

  async escalateConflict(id: string): Promise<boolean> {
    this.assertOpen();
    const conflictId = parseId(id);
    const conflict = this.conflicts.get(conflictId);
    if (conflict === undefined || conflict.status === 'resolved') return false;
    this.conflicts.set(conflictId, escalateMemoryConflict(conflict));
    return true;
  }

  async getConflictCount(userId: string, status?: ConflictStatus): Promise<number> {
    this.assertOpen();
    const user = parseUserId(userId);
    const wanted = parseOptionalStatus(status);
    return this.userConflicts(user).filter((conflict) => wanted === undefined || conflict.status === wanted).length;
  }

  async clearUserConflicts(userId: string, status?: ConflictStatus): Promise<number> {
    this.assertOpen();
    const user = parseUserId(userId);
    const wanted = parseOptionalStatus(status);
    const ids = this.userIds(user, false);
    let removed = 0;
    for (const id of [...ids]) {
      const conflict = this.conflicts.get(id);
      if (conflict === undefined || (wanted !== undefined && conflict.status !== wanted)) continue;
      this.conflicts.delete(id);
      ids.delete(id);
      removed++;
    }
    if (ids.size === 0) this.idsByUser.delete(user);
    return removed;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('InMemoryConflictStore is closed');
  }

  private userIds(userId: string, create: boolean): Set<string> {
    let ids = this.idsByUser.get(userId);
    if (ids === undefined) {
      ids = new Set();
      if (create) this.idsByUser.set(userId, ids);
    }
    return ids;
  }

  private userConflicts(userId: string): MemoryConflict[] {
    const conflicts: MemoryConflict[] = [];
    for (const id of this.userIds(userId, false)) {
      const conflict = this.conflicts.get(id);
      if (conflict !== undefined) conflicts.push(conflict);
    }
    return conflicts;
  }
}
