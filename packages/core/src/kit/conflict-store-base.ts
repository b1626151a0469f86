import { ValidationError } from '../errors/validation-error';
import type { ConflictResolution, ParsedConflictResolution } from '../models/conflict-resolution';
import { CONFLICT_STATUSES, type ConflictStatus, type MemoryConflict, type MemoryConflictInput } from '../models/memory-conflict';
import type { ConflictPage, ConflictStore } from '../protocols/conflict-store';
import { cloneMemoryConflict } from '../records/clone-records';
import { compareUnappliedResolutions, isResolutionUnapplied } from '../records/mark-resolution-applied';
import {
  parseConflictResolution,
  parseId,
  parseListConflictsOptions,
  parseMemoryConflict,
  parseOptionalStatus,
  parsePendingConflictsOptions,
  parseUserId,
} from '../validation/parsers';
import type { ListConflictsOptions, ParsedPendingConflictsOptions, PendingConflictsOptions } from '../validation/store-options';
import {
  type ConflictListPage,
  type ConflictListPosition,
  type ConflictListQuery,
  decodeConflictListPosition,
  encodeConflictListPosition,
} from './conflict-list-query';
import { decodeListCursor, encodeListCursor } from './list-cursor';
import { type MaybePromise, StoreBase } from './store-base';

/**
 * The base of every `ConflictStore`: subclasses implement storage operations on validated input
 * scoped to one user; the base parses every argument, keeps the closed state, checks that a
 * resolution names the conflict it resolves, scopes and copies what is returned, and types errors.
 */
export abstract class ConflictStoreBase extends StoreBase implements ConflictStore {
  /** Stores a validated conflict; a `ConflictStateError` when its user already has a conflict with that id. */
  protected abstract insertConflict(conflict: MemoryConflict): MaybePromise<void>;
  /** The user's conflict with this id, or null (also when the id belongs to another user). */
  protected abstract findConflict(userId: string, id: string): MaybePromise<MemoryConflict | null>;
  /** The user's pending and escalated conflicts in `comparePendingConflicts` order, at most `limit` (all when absent; never 0). */
  protected abstract listPendingConflicts(userId: string, options: ParsedPendingConflictsOptions): MaybePromise<readonly MemoryConflict[]>;
  /**
   * One page of the user's conflicts of every status (or of `query.statuses`) in
   * `compareListedConflicts` order, after `query.after`, at most `query.limit`; see `ConflictListQuery`.
   * In-process backends can use `pageConflictsByCreation`.
   */
  protected abstract listUserConflicts(userId: string, query: ConflictListQuery): MaybePromise<ConflictListPage>;
  /**
   * Atomically: when the conflict exists and is not resolved, stores `applyConflictResolution(conflict,
   * resolution, resolvedAt)` and returns true; otherwise false. Of racing calls exactly one wins.
   */
  protected abstract resolveStoredConflict(
    userId: string,
    id: string,
    resolution: ParsedConflictResolution,
    resolvedAt: Date,
  ): MaybePromise<boolean>;
  /**
   * Atomically: when the conflict exists, is resolved and has no `resolutionAppliedAt`, stores
   * `markResolutionApplied(conflict, appliedAt)` and returns true; otherwise false.
   */
  protected abstract markStoredResolutionApplied(userId: string, id: string, appliedAt: Date): MaybePromise<boolean>;
  /** The user's resolved conflicts without `resolutionAppliedAt`, in `compareUnappliedResolutions` order, at most `limit` (all when absent; never 0). */
  protected abstract listUnappliedResolutions(
    userId: string,
    options: ParsedPendingConflictsOptions,
  ): MaybePromise<readonly MemoryConflict[]>;
  /** Atomically: when the conflict exists and is not resolved, stores `escalateMemoryConflict(conflict)`; false otherwise. */
  protected abstract escalateStoredConflict(userId: string, id: string): MaybePromise<boolean>;
  protected abstract countConflicts(userId: string, status: ConflictStatus | undefined): MaybePromise<number>;
  protected abstract removeUserConflicts(userId: string, status: ConflictStatus | undefined): MaybePromise<number>;

  addConflict(conflict: MemoryConflictInput): Promise<string> {
    return this.run(
      'addConflict',
      () => cloneMemoryConflict(parseMemoryConflict(conflict)),
      async (parsed) => {
        await this.insertConflict(parsed);
        return parsed.id;
      },
    );
  }

  getConflict(userId: string, id: string): Promise<MemoryConflict | null> {
    return this.run(
      'getConflict',
      () => ({ user: parseUserId(userId), conflictId: parseId(id) }),
      async ({ user, conflictId }) => {
        const found = await this.findConflict(user, conflictId);
        return found === null || found.userId !== user ? null : this.copy(found);
      },
    );
  }

  getPendingConflicts(userId: string, options?: PendingConflictsOptions): Promise<MemoryConflict[]> {
    return this.run(
      'getPendingConflicts',
      () => ({ user: parseUserId(userId), parsed: parsePendingConflictsOptions(options) }),
      async ({ user, parsed }) => {
        if (parsed.limit === 0) return [];
        const pending = await this.listPendingConflicts(user, parsed);
        const results: MemoryConflict[] = [];
        for (const conflict of pending) {
          if (results.length === parsed.limit) break;
          if (conflict.userId === user && conflict.status !== 'resolved') results.push(this.copy(conflict));
        }
        return results;
      },
    );
  }

  listConflicts(userId: string, options?: ListConflictsOptions): Promise<ConflictPage> {
    return this.run(
      'listConflicts',
      () => {
        const user = parseUserId(userId);
        const { status, cursor, limit } = parseListConflictsOptions(options);
        const wanted = status === undefined ? undefined : new Set<ConflictStatus>(typeof status === 'string' ? [status] : status);
        // Every status named is the same as none: the backend need not filter.
        const statuses = wanted === undefined || wanted.size === CONFLICT_STATUSES.length ? undefined : [...wanted];
        let after: ConflictListPosition | undefined;
        if (cursor !== undefined) {
          decodeListCursor(cursor, (text) => {
            after = decodeConflictListPosition(text);
            return after !== undefined && this.isConflictListPosition(after);
          });
        }
        const query: ConflictListQuery = {
          limit,
          ...(after === undefined ? {} : { after }),
          ...(statuses === undefined ? {} : { statuses }),
        };
        return { user, query };
      },
      async ({ user, query }) => {
        const page = await this.listUserConflicts(user, query);
        const conflicts: MemoryConflict[] = [];
        for (const conflict of page.conflicts) {
          if (conflicts.length === query.limit) break;
          if (conflict.userId !== user || (query.statuses !== undefined && !query.statuses.includes(conflict.status))) continue;
          conflicts.push(this.copy(conflict));
        }
        return page.next === undefined ? { conflicts } : { conflicts, nextCursor: encodeListCursor(encodeConflictListPosition(page.next)) };
      },
    );
  }

  /** Whether a position decoded from a cursor is one this backend could have made; override to refuse what it cannot look up. */
  protected isConflictListPosition(_position: ConflictListPosition): boolean {
    return true;
  }

  resolveConflict(userId: string, id: string, resolution: ConflictResolution): Promise<boolean> {
    return this.run(
      'resolveConflict',
      () => {
        const user = parseUserId(userId);
        const conflictId = parseId(id);
        const parsed = parseConflictResolution(resolution);
        if (parsed.conflictId !== conflictId) {
          throw new ValidationError({
            path: 'resolution.conflictId',
            message: `resolution.conflictId "${parsed.conflictId}" does not match the conflict being resolved ("${conflictId}")`,
          });
        }
        return { user, conflictId, parsed };
      },
      ({ user, conflictId, parsed }) => this.resolveStoredConflict(user, conflictId, parsed, new Date()),
    );
  }

  markResolutionApplied(userId: string, id: string): Promise<boolean> {
    return this.run(
      'markResolutionApplied',
      () => ({ user: parseUserId(userId), conflictId: parseId(id) }),
      ({ user, conflictId }) => this.markStoredResolutionApplied(user, conflictId, new Date()),
    );
  }

  getUnappliedResolutions(userId: string, options?: PendingConflictsOptions): Promise<MemoryConflict[]> {
    return this.run(
      'getUnappliedResolutions',
      () => ({ user: parseUserId(userId), parsed: parsePendingConflictsOptions(options) }),
      async ({ user, parsed }) => {
        if (parsed.limit === 0) return [];
        // A fresh array built here: a driver's result array may come from another realm.
        const results: MemoryConflict[] = [];
        for (const conflict of await this.listUnappliedResolutions(user, parsed)) {
          if (conflict.userId === user && isResolutionUnapplied(conflict)) results.push(this.copy(conflict));
        }
        results.sort(compareUnappliedResolutions);
        if (parsed.limit !== undefined) results.length = Math.min(results.length, parsed.limit);
        return results;
      },
    );
  }

  private copy(conflict: MemoryConflict): MemoryConflict {
    return this.freshResults ? conflict : cloneMemoryConflict(conflict);
  }

  escalateConflict(userId: string, id: string): Promise<boolean> {
    return this.run(
      'escalateConflict',
      () => ({ user: parseUserId(userId), conflictId: parseId(id) }),
      ({ user, conflictId }) => this.escalateStoredConflict(user, conflictId),
    );
  }

  getConflictCount(userId: string, status?: ConflictStatus): Promise<number> {
    return this.run(
      'getConflictCount',
      () => ({ user: parseUserId(userId), wanted: parseOptionalStatus(status) }),
      ({ user, wanted }) => this.countConflicts(user, wanted),
    );
  }

  clearUserConflicts(userId: string, status?: ConflictStatus): Promise<number> {
    return this.run(
      'clearUserConflicts',
      () => ({ user: parseUserId(userId), wanted: parseOptionalStatus(status) }),
      ({ user, wanted }) => this.removeUserConflicts(user, wanted),
    );
  }
}
