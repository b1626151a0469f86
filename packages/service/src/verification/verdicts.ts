import type { MemoryFact } from '@casual-memory/core';
import type { CountingOptions } from '../observability/call-counts';

/**
 * How a later statement relates to an earlier one on the same subject, as a conflict verifier sees it:
 * `contradiction` both cannot be true now and the user must say which is; `update` the later one replaces
 * the earlier on purpose ("I moved to Paris", "I no longer smoke"); `none` they can both be true;
 * `unsure` this verifier cannot tell and the next one (an LLM, say) should decide.
 */
export type ConflictRelation = 'contradiction' | 'update' | 'none' | 'unsure';

export interface ConflictVerdict {
  relation: ConflictRelation;
  /** Which verifier decided, e.g. `heuristic`, `llm`, `heuristic_fallback`. */
  method: string;
  /** 0..1. */
  confidence: number;
  /** One sentence a person can read: why this relation. */
  reason: string;
  /** What the statements are about when known (`location`, `job`, `name`, `age`, ...). */
  category?: string;
}

/** Decides whether two similar memories contradict each other. `existing` was stored first. */
export interface ConflictVerifier {
  verifyConflict(existing: MemoryFact, incoming: MemoryFact, similarity: number, options?: CountingOptions): Promise<ConflictVerdict>;
}

/**
 * `duplicate` the same fact (a paraphrase counts); `refinement` the same fact made more precise (the
 * later one should replace the earlier); `distinct` different facts; `unsure` pass to the next detector.
 */
export type DuplicateRelation = 'duplicate' | 'refinement' | 'distinct' | 'unsure';

export interface DuplicateVerdict {
  relation: DuplicateRelation;
  method: string;
  confidence: number;
  reason: string;
}

/** Decides whether two similar memories state the same fact. `existing` was stored first. */
export interface DuplicateDetector {
  checkDuplicate(existing: MemoryFact, incoming: MemoryFact, similarity: number, options?: CountingOptions): Promise<DuplicateVerdict>;
}
