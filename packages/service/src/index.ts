export type {
  ConflictRelation,
  ConflictVerdict,
  ConflictVerifier,
  DuplicateDetector,
  DuplicateRelation,
  DuplicateVerdict,
} from './verification/verdicts';
