import type { MemoryFact } from '@casual-memory/core';
import type { SimilarityOutcome } from '../classification/similarity-result';
import type { CountingOptions } from '../observability/call-counts';

/**
 * What a judge says about a later statement against an earlier one: one of the four outcomes, or
 * `unsure` when it cannot tell (the next judge, a chat model say, should decide; without one, both
 * facts stay).
 */
export type PairJudgement = SimilarityOutcome | 'unsure';

export interface PairVerdict {
  outcome: PairJudgement;
  /**
   * How often a verdict like this one is right, 0..1, as measured on labelled pairs: a calibrated
   * probability, not a score. The service acts on a verdict only above its acceptance bar.
   */
  confidence: number;
  /** One sentence a person can read: the evidence for the outcome. */
  reason: string;
  /** Which judge decided, e.g. `heuristic`, `llm`, `exact`. */
  method: string;
  /** What the statements are about when known (`location`, `job`, `name`, `age`, ...). */
  category?: string;
  /** For a conflict: the question to put to the user, when the judge knows a better one than its category's ("Where does your sister live now?"). */
  clarificationHint?: string;
  /** The judge's own finer-grained reading (e.g. the heuristics' `value-change`), for metrics and calibration. */
  relation?: string;
}

export interface PairJudgeOptions extends CountingOptions {
  signal?: AbortSignal;
}

/** Decides how a new memory relates to one earlier, similar memory (`existing` was stored first). */
export interface PairJudge {
  judge(existing: MemoryFact, incoming: MemoryFact, similarity: number, options?: PairJudgeOptions): Promise<PairVerdict>;
  /**
   * Optional: judges the new memory against several earlier ones at once (one model call for all), a
   * verdict for each, in their order. A judge with it is asked this way when an add has more than one
   * pair to ask about (see `JudgeClassifier`'s `maxPairsPerCall`).
   */
  judgeAmong?(existing: readonly MemoryFact[], incoming: MemoryFact, options?: PairJudgeOptions): Promise<PairVerdict[]>;
}
