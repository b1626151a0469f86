import type { SimilarityOutcome } from '../classification/similarity-result';
import type { ActionFailure } from '../execution/action-failure';
import type { CallCounts } from '../observability/call-counts';

/** One classified pair: the new memory against an earlier, similar one. */
export interface AddDecision {
  /** The earlier memory. */
  memoryId: string;
  /** Its cosine similarity to the new memory. */
  score: number;
  outcome: SimilarityOutcome;
  /** The classifier that decided (`nli`, `conflict`, `duplicate`, `auto_resolution`, `default`). */
  classifier: string;
  confidence: number;
  reason: string;
}

/** Stage durations of one `add`, in milliseconds. */
export interface AddTimings {
  embedding: number;
  /** Waiting for the same user's earlier writes. */
  queue: number;
  search: number;
  classify: number;
  execute: number;
  total: number;
}

/** What `MemoryService.add` resolves to. The fields are pinned: scripts and the CLI rely on them. */
export interface AddResult {
  /** `added`: stored; `duplicate`: counted as one more mention of `duplicateOf`; `conflict`: stored but held until the conflict is resolved. */
  action: 'added' | 'duplicate' | 'conflict';
  /** The stored new memory's id; for `duplicate`, the existing memory's. */
  memoryId: string;
  /**
   * Earlier memories archived as superseded: by the new one (`added`; with the held side of a conflict
   * it answers, see `resolvedConflictIds`), or, for a `duplicate` said with
   * a word that settles it ("to be clear", "for the record"), by the memory it repeats (another current
   * value the statement contradicts or updates).
   */
  supersededIds: string[];
  /** Conflicts recorded (see `getPendingConflicts`). */
  conflictIds: string[];
  /** The memory this one duplicates (`duplicate` only). */
  duplicateOf?: string;
  /**
   * Pending conflicts this statement settled, each resolution type `conversational`, by the user:
   * - one side said again with words that settle it ("To be clear, I live in Paris", "for the record",
   *   "actually") resolves each conflict naming that memory for it (`keep_a` / `keep_b`); a plain
   *   repeat is one more mention and the conflict stays pending;
   * - an update of one side ("I moved to Berlin" while "I live in London" / "I live in Paris" is
   *   pending) answers the conflict with neither: it is resolved as a `merge` into the new memory, and
   *   the held side is archived too, superseded by it (listed in `supersededIds`).
   */
  resolvedConflictIds: string[];
  /** Every classified pair, in the order checked. */
  decisions: AddDecision[];
  /** Provider calls made for this add. */
  calls: CallCounts;
  timings: AddTimings;
  /** Store operations on other memories that did not happen (an archive or update failing), reported rather than ignored. */
  failures: ActionFailure[];
}
