export { AutoResolutionClassifier, type AutoResolutionClassifierOptions } from './classification/auto-resolution-classifier';
export { clarificationHint, conflictCategory, DEFAULT_CLARIFICATION_HINT } from './classification/conflict-category';
export { ConflictClassifier } from './classification/conflict-classifier';
export { DuplicateClassifier, type DuplicateClassifierOptions } from './classification/duplicate-classifier';
export { JudgeClassifier, type JudgeClassifierOptions } from './classification/judge-classifier';
export {
  type ClassificationStrategy,
  MemoryClassificationPipeline,
  type MemoryClassificationPipelineOptions,
} from './classification/memory-classification-pipeline';
export {
  createClassificationResult,
  type MemoryClassificationResult,
  type MemoryOutcome,
} from './classification/memory-classification-result';
export { NliClassifier, type NliClassifierOptions } from './classification/nli-classifier';
export type {
  CheckType,
  ClassificationRun,
  MemoryClassifier,
  SimilarityOutcome,
  SimilarityResult,
} from './classification/similarity-result';
export {
  calculateConfidence,
  calculateDaysSince,
  calculateDaysSpan,
  HIGH_CONFIDENCE_MENTIONS,
  MAX_CONFIDENCE,
  MIN_CONFIDENCE,
  STALE_AFTER_DAYS,
} from './confidence/calculate-confidence';
export { calculateValidUntil } from './dates/calculate-valid-until';
export { extractAndNormalizeDate, formatAbsoluteDate, type NormalizedDate } from './dates/extract-and-normalize-date';
export { addDays, getNextWeekday, pythonWeekday, WEEKDAY_MAP, type Weekday } from './dates/get-next-weekday';
export { type DatedMemoryLike, type NormalizedMemoryDates, normalizeMemoryDates } from './dates/normalize-memory-dates';
export type { ActionFailure } from './execution/action-failure';
export { type ActionResult, MemoryActionExecutor, type MemoryActionExecutorOptions } from './execution/memory-action-executor';
export { PENDING_CONFLICT_TAG, REJECTED_TAG, RESERVED_TAG_PREFIX, userTags } from './execution/reserved-tags';
export {
  type ConversationMessage,
  type ExtractedMemory,
  type ExtractOptions,
  LlmMemoryExtractor,
  type LlmMemoryExtractorOptions,
} from './extraction/llm-memory-extractor';
export { MEMORY_EXTRACTION_PROMPT } from './extraction/memory-extraction-prompt';
export type { PairJudge, PairJudgement, PairJudgeOptions, PairVerdict } from './judgement/pair-verdict';
export { CONFLICT_VERIFIER_PROMPT } from './llm/conflict-verifier-prompt';
export { DUPLICATE_DETECTOR_PROMPT } from './llm/duplicate-detector-prompt';
export { LlmConflictVerifier, type LlmConflictVerifierOptions } from './llm/llm-conflict-verifier';
export { LlmDuplicateDetector, type LlmDuplicateDetectorOptions } from './llm/llm-duplicate-detector';
export { LlmPairJudge, type LlmPairJudgeOptions } from './llm/llm-pair-judge';
export type { LlmVerifierMetrics } from './llm/llm-verdict-caller';
export { PAIR_AMONG_PROMPT } from './llm/pair-among-prompt';
export { PAIR_JUDGE_PROMPT } from './llm/pair-judge-prompt';
export type { CallCounts } from './observability/call-counts';
export { HashingEmbeddingProvider, type HashingEmbeddingProviderOptions } from './offline/hashing-embedding-provider';
export { HeuristicConflictVerifier } from './offline/heuristic-conflict-verifier';
export { HeuristicDuplicateDetector } from './offline/heuristic-duplicate-detector';
export { HeuristicNliProvider } from './offline/heuristic-nli-provider';
export { HeuristicPairJudge, type HeuristicPairJudgeOptions } from './offline/heuristic-pair-judge';
export type { AddDecision, AddResult, AddTimings } from './service/add-result';
export type { CallOptions } from './service/call-deadline';
export {
  type AddResultDescription,
  type AddResultLookup,
  type DescribeAddResultOptions,
  type DescribedMemory,
  describeAddResult,
} from './service/describe-add-result';
export { allMemories, type EachMemoryOptions, eachMemory } from './service/each-memory';
export type { ForgetResult } from './service/forget-memory';
export { MemoryService, type QueryOptions } from './service/memory-service';
export type { AddOptions, MemoryServiceOptions } from './service/memory-service-options';
export type { ConflictDecision, ConflictResolutionResult, HistoryEntry, RepairResult } from './service/resolve-conflict-types';
export type { RestoreResult } from './service/restore-memory';
export type { EventAttributes, ServiceEvent, ServiceEventHandler } from './service/service-event';
export { TieredConflictVerifier } from './verification/tiered-conflict-verifier';
export { TieredDuplicateDetector } from './verification/tiered-duplicate-detector';
export type {
  ConflictRelation,
  ConflictVerdict,
  ConflictVerifier,
  DuplicateDetector,
  DuplicateRelation,
  DuplicateVerdict,
} from './verification/verdicts';
