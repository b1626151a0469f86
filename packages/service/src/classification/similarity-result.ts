import type { MemoryFact, ScoredMemory } from '@casual-memory/core';
import type { CallCounts } from '../observability/call-counts';

/**
 * What a later memory means for one earlier, similar memory: `conflict` they contradict (ask the
 * user); `superseded` the new one replaces it (archive it); `same` it is a duplicate (count one more
 * mention); `neutral` both stand.
 */
export type SimilarityOutcome = 'conflict' | 'superseded' | 'same' | 'neutral';

/** The closest memory is the `primary` check; the next closest ones, `secondary` checks. */
export type CheckType = 'primary' | 'secondary';

/** One classifier's verdict on one pair: the new memory against `similar`. */
export interface SimilarityResult {
  /** The earlier memory, with its id and its similarity to the new one. */
  similar: ScoredMemory;
  outcome: SimilarityOutcome;
  /** 0..1. */
  confidence: number;
  /** Which classifier decided (`nli`, `conflict`, `duplicate`, `auto_resolution`, `default`). */
  classifier: string;
  /** Why, in one sentence a person can read. */
  reason: string;
  /** Classifier-specific detail (scores, category, clarification hint, ...). */
  metadata: Record<string, unknown>;
}

/**
 * One classification of a new memory: every pair it will check, known before the first is classified,
 * so a classifier can plan across them (which pair earns the add's one model call). The same object
 * is passed for each pair of the run; a classifier may key its own per-run notes on it.
 */
export interface ClassificationRun {
  readonly newMemory: MemoryFact;
  /** The similar memories this run checks, closest first (it may stop early at a conflict or a duplicate). */
  readonly candidates: readonly ScoredMemory[];
  /** The operation's provider-call counters: a classifier adds the calls it makes (and passes them to judges and verifiers). */
  readonly calls?: CallCounts;
}

/**
 * One step of the classification chain. It receives the previous classifier's result (`existing`)
 * and returns it unchanged to pass it on, returns a new result to decide or override, or returns
 * `null` for "not confident, let the next one decide". `run` is given by the pipeline (absent when a
 * classifier is called on its own).
 */
export interface MemoryClassifier {
  readonly name: string;
  classifyPair(
    newMemory: MemoryFact,
    similar: ScoredMemory,
    checkType: CheckType,
    existing: SimilarityResult | null,
    run?: ClassificationRun,
  ): Promise<SimilarityResult | null>;
  getMetrics?(): Record<string, unknown>;
}
