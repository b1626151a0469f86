import type { MemoryFact, ResolutionDecision, ResolutionType, StoredMemory } from '@casual-memory/core';
import type { ActionFailure } from '../execution/action-failure';

/** How to settle a conflict; a bare decision string is short for `{ decision }`. */
export interface ConflictDecision {
  /** keep_a: the earlier memory stays, the new one is rejected; keep_b: the new one replaces the earlier; merge: `confirmingMemoryText` replaces both; both_valid: both stay. */
  decision: ResolutionDecision;
  /** The merged memory's text (merge only, required then). */
  confirmingMemoryText?: string;
  /** Default `manual`. */
  resolutionType?: ResolutionType;
  /** Default: the user's id. */
  resolvedBy?: string;
  notes?: string;
}

export interface ConflictResolutionResult {
  /**
   * `true` when this call applied the decision (or finished applying one claimed earlier); `false`
   * when the conflict was already resolved and applied, or claimed by a concurrent call: nothing was changed.
   */
  applied: boolean;
  /**
   * `true` when every step is done and the conflict is recorded as applied (`resolutionAppliedAt`).
   * `false` after a store error (see `failures`): the conflict stays claimed but unapplied, and
   * `resolveConflict` again, or `repair(userId)`, finishes it. Always `true` when `applied` is `false`.
   */
  complete: boolean;
  /** `true` when this call finished a resolution claimed earlier (its stored decision, whatever was asked now). */
  resumed: boolean;
  conflictId: string;
  decision: ResolutionDecision;
  /** Memories current after the resolution (searchable). */
  currentIds: string[];
  /** Memories archived by the resolution. */
  archivedIds: string[];
  /** The merged memory (merge only). */
  mergedMemoryId?: string;
  /**
   * Other pending conflicts whose current side this resolution archived, answered as an update of that side
   * would answer them (`resolveConflict` only; those the rules are unsure of stay pending).
   */
  settledConflictIds?: string[];
  /** Store operations that did not happen (a memory deleted meanwhile, a store error). */
  failures: ActionFailure[];
}

/** What `MemoryService.repair` found unfinished for one user, and what it did. */
export interface RepairResult {
  /** Resolutions that were claimed but not fully applied, each finished (or still failing: see its `complete`). */
  resolutions: ConflictResolutionResult[];
  /** Held memories no conflict points at (an add whose conflict could not be recorded, nor its memory removed), now deleted. */
  removedHeldIds: string[];
  /**
   * Pending conflicts whose current side a later statement had superseded, left open (by an earlier version that did not
   * answer them, or a judge that was unsure), now answered as that statement's add would.
   */
  settledConflictIds: string[];
  /** Held memories that could not be removed, or conflicts that could not be answered (a store or provider error): call `repair` again. */
  failures: ActionFailure[];
}

/** An archived memory and what replaced it. */
export interface HistoryEntry {
  id: string;
  /** The archived memory (the service's own marker tags removed). */
  memory: MemoryFact;
  /** `superseded`: replaced by a newer memory or a merge; `rejected`: the user kept the other side of a conflict. */
  reason: 'superseded' | 'rejected';
  archivedAt: Date | null;
  /** The id of the memory that replaced it, when known. */
  supersededBy: string | null;
  /** That memory, when it still exists. */
  supersededByMemory: StoredMemory | null;
}
