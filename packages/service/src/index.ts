export {
  calculateConfidence,
  calculateDaysSince,
  calculateDaysSpan,
  HIGH_CONFIDENCE_MENTIONS,
  MAX_CONFIDENCE,
  MIN_CONFIDENCE,
  STALE_AFTER_DAYS,
} from './confidence/calculate-confidence';
export type {
  ConflictRelation,
  ConflictVerdict,
  ConflictVerifier,
  DuplicateDetector,
  DuplicateRelation,
  DuplicateVerdict,
} from './verification/verdicts';
