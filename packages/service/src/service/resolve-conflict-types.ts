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
  /** `false` when the conflict was already resolved (by an earlier or a concurrent call): nothing was changed. */
  applied: boolean;
  conflictId: string;
  decision: ResolutionDecision;
  /** Memories current after the resolution (searchable). */
  currentIds: string[];
  /** Memories archived by the resolution. */
  archivedIds: string[];
  /** The merged memory (merge only). */
  mergedMemoryId?: string;
  /** Store operations that did not happen (a memory deleted meanwhile, a store error). */
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
