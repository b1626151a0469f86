export { AutoResolutionClassifier, type AutoResolutionClassifierOptions } from './classification/auto-resolution-classifier';
export { clarificationHint, conflictCategory, DEFAULT_CLARIFICATION_HINT } from './classification/conflict-category';
export { ConflictClassifier } from './classification/conflict-classifier';
export { DuplicateClassifier, type DuplicateClassifierOptions } from './classification/duplicate-classifier';
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
export type { CheckType, MemoryClassifier, SimilarityOutcome, SimilarityResult } from './classification/similarity-result';
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
export type { CallCounts } from './observability/call-counts';
export { HashingEmbeddingProvider, type HashingEmbeddingProviderOptions } from './offline/hashing-embedding-provider';
export { HeuristicConflictVerifier } from './offline/heuristic-conflict-verifier';
export { HeuristicDuplicateDetector } from './offline/heuristic-duplicate-detector';
export { HeuristicNliProvider } from './offline/heuristic-nli-provider';
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
