import type { ChatProvider, ConflictStore, EmbeddingProvider, NliProvider, UserLock, VectorMemoryStore } from '@casual-memory/core';
import { z } from '@casual-memory/core/backend';
import type { ClassificationStrategy } from '../classification/memory-classification-pipeline';
import type { MemoryClassifier } from '../classification/similarity-result';
import type { PairJudge } from '../judgement/pair-verdict';
import type { ConflictVerifier, DuplicateDetector } from '../verification/verdicts';
import { CALL_OPTION_FIELDS, type CallOptions } from './call-deadline';
import type { ServiceEventHandler } from './service-event';

/** Options of `new MemoryService(options)`. Only the two stores are required: the rest runs offline. */
export interface MemoryServiceOptions {
  vectorStore: VectorMemoryStore;
  conflictStore: ConflictStore;
  /** Default: `HashingEmbeddingProvider` with the vector store's dimensions (offline). */
  embedding?: EmbeddingProvider;
  /** Default: `HeuristicNliProvider` (offline). */
  nli?: NliProvider;
  /** A chat model asked only about pairs the heuristics cannot tell (tiered). Default: none. */
  chat?: ChatProvider;
  /** Replaces the conflict verifier (default: heuristics, then `chat` if given). */
  conflictVerifier?: ConflictVerifier;
  /** Replaces the duplicate detector (default: heuristics, then `chat` if given). */
  duplicateDetector?: DuplicateDetector;
  /** Replaces the whole classifier chain (default: NLI, conflict, duplicate, auto-resolution). */
  classifiers?: MemoryClassifier[];
  /**
   * Replaces the rules that judge each pair first (default: `HeuristicPairJudge`, offline). Its
   * verdicts' confidences decide whether `chat` is asked.
   */
  judge?: PairJudge;
  /** With `chat`: the rules' verdict is acted on at or above this confidence, below it the model is asked. Default 0.95. */
  acceptWithModel?: number;
  /** Without `chat`: the rules' verdict is acted on at or above this confidence, below it both facts are kept. Default 0.5. */
  acceptOffline?: number;
  /**
   * With `chat`, to ask less: a pair the rules read as neutral is taken as neutral (no model call)
   * unless its similarity is at least this much above every other similar memory's of the add (0.1 is
   * what was measured). Default: off.
   */
  standOutMargin?: number;
  /**
   * With `chat`: an add with more than one pair to ask about asks the model about up to this many of
   * them, likeliest first, in one call. 1 asks one pair per call. Default 6.
   */
  maxPairsPerCall?: number;
  /**
   * Which similar memories to compare: `all` above the similarity floor, up to `maxSimilar` (default);
   * `tiered` the closest plus those above `secondaryConflictThreshold`; `single` the closest only.
   */
  strategy?: ClassificationStrategy;
  /** Default 0.90. */
  secondaryConflictThreshold?: number;
  /** Default 3. */
  maxSecondaryChecks?: number;
  /**
   * Lowest similarity for an earlier memory to be compared with a new one. Default: the embedding
   * provider's `similarityFloor`, calibrated for its model (0.85 when it declares none); with `chat`,
   * its lower `modelFloor` when it declares one.
   */
  similarityThreshold?: number;
  /** How many similar memories at most are compared. Default 8. */
  maxSimilar?: number;
  /** `query` default `topK`. Default 5. */
  queryTopK?: number;
  /** `query` default `minScore`. Default: the embedding provider's `recallFloor` (0.75 when it declares none). */
  queryMinScore?: number;
  /** Receives one span-like event per stage. Default: none. */
  onEvent?: ServiceEventHandler;
  /** The clock. Default `() => new Date()`. */
  now?: () => Date;
  /**
   * Default deadline of every call, in ms (a call's own `timeoutMs` overrides it): a store or
   * provider call still running then ends the call with a retryable typed error, and the user's next
   * write goes ahead. Default: none.
   */
  timeoutMs?: number;
  /**
   * Held around each write of a user (`add`, `resolveConflict`), so writers never interleave. Default:
   * `InProcessUserLock.sharedFor(vectorStore)`, shared by every service on the same vector store object
   * in this process. Pass a cross-process lock (`SqliteUserLock`, PostgreSQL, Redis) when several
   * processes write to the same stores. The service never closes it.
   */
  lock?: UserLock;
}

const object = <T>(what: string) => z.custom<T>((value) => typeof value === 'object' && value !== null, { error: `expected ${what}` });
const fn = <T>(what: string) => z.custom<T>((value) => typeof value === 'function', { error: `expected ${what}` });
const unit = z.number().min(0).max(1);
const score = z.number().min(-1).max(1);
const count = z.number().int().min(0);

/** The schema `MemoryServiceOptions` is checked against (unknown keys are errors). */
export const MemoryServiceOptionsSchema = z.strictObject({
  vectorStore: object<VectorMemoryStore>('a VectorMemoryStore'),
  conflictStore: object<ConflictStore>('a ConflictStore'),
  embedding: object<EmbeddingProvider>('an EmbeddingProvider').optional(),
  nli: object<NliProvider>('an NliProvider').optional(),
  chat: object<ChatProvider>('a ChatProvider').optional(),
  conflictVerifier: object<ConflictVerifier>('a ConflictVerifier').optional(),
  duplicateDetector: object<DuplicateDetector>('a DuplicateDetector').optional(),
  classifiers: z.array(object<MemoryClassifier>('a MemoryClassifier')).optional(),
  judge: object<PairJudge>('a PairJudge').optional(),
  acceptWithModel: unit.optional(),
  acceptOffline: unit.optional(),
  standOutMargin: unit.optional(),
  maxPairsPerCall: z.number().int().min(1).optional(),
  strategy: z.enum(['single', 'tiered', 'all']).default('all'),
  secondaryConflictThreshold: unit.default(0.9),
  maxSecondaryChecks: count.default(3),
  similarityThreshold: score.optional(),
  maxSimilar: count.default(8),
  queryTopK: count.default(5),
  queryMinScore: score.optional(),
  onEvent: fn<ServiceEventHandler>('a function').optional(),
  now: fn<() => Date>('a function').optional(),
  timeoutMs: CALL_OPTION_FIELDS.timeoutMs,
  lock: object<UserLock>('a UserLock').optional(),
});

/** Per-call options of `add`. */
export interface AddOptions extends CallOptions {
  /** Overrides the service's `similarityThreshold` for this add. */
  similarityThreshold?: number;
  /** Overrides the service's `maxSimilar` for this add. */
  maxSimilar?: number;
}

export const AddOptionsSchema = z.strictObject({
  similarityThreshold: score.optional(),
  maxSimilar: count.optional(),
  ...CALL_OPTION_FIELDS,
});
