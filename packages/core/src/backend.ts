// @casual-memory/core/backend: the store kit and helpers for backend authors. A backend extends one
// of the store bases and implements storage operations on validated input; the helpers give every
// backend one meaning for filters, patches, resolutions, ordering, storage form and scores.

// zod itself, so a backend builds its option schemas with the same zod as core's (and needs no zod dependency).
export { z } from 'zod';
export { describeValue } from './errors/describe-value';
export { summarizeIssues } from './errors/summarize-issues';
export {
  type ConflictListPage,
  type ConflictListPosition,
  type ConflictListQuery,
  decodeConflictListPosition,
  encodeConflictListPosition,
} from './kit/conflict-list-query';
export { ConflictStoreBase } from './kit/conflict-store-base';
export { memoryIdTaken } from './kit/memory-id-taken';
export { pageConflictsByCreation } from './kit/page-conflicts-by-creation';
export { pageMemoriesById } from './kit/page-memories-by-id';
export { PollingUserLockBase } from './kit/polling-user-lock-base';
export { ShortTermStoreBase } from './kit/short-term-store-base';
export { type MaybePromise, StoreBase, type StoreBaseOptions } from './kit/store-base';
export { thrownMessage, toInputError, toStoreError } from './kit/to-store-error';
export { throwIfAborted, UserLockBase, type UserLockGrant } from './kit/user-lock-base';
export {
  type ListedMemoryRecord,
  type MemoryListPage,
  type MemoryListQuery,
  type NewMemoryRecord,
  type VectorQuery,
  VectorStoreBase,
} from './kit/vector-store-base';
export type { ParsedConflictResolution } from './models/conflict-resolution';
export { copyJsonValue } from './models/json-value';
export type { ParsedMemoryFilter } from './models/memory-filter';
export type { ParsedMemoryPatch } from './models/memory-patch';
export { applyConflictResolution } from './records/apply-conflict-resolution';
export { applyMemoryPatch } from './records/apply-memory-patch';
export { archiveMemoryFact } from './records/archive-memory-fact';
export { cloneJson, cloneMemoryConflict, cloneMemoryFact, cloneShortTermMemory } from './records/clone-records';
export { compareCodePoints, compareListedConflicts, type ListedConflictKey } from './records/compare-listed-conflicts';
export { comparePendingConflicts } from './records/compare-pending-conflicts';
export { escalateMemoryConflict } from './records/escalate-memory-conflict';
export { compareUnappliedResolutions, isResolutionUnapplied, markResolutionApplied } from './records/mark-resolution-applied';
export { matchesFilter } from './records/matches-filter';
export { type MemoryConflictJson, memoryConflictFromJson, memoryConflictToJson } from './records/memory-conflict-json';
export { type MemoryFactJson, memoryFactFromJson, memoryFactToJson } from './records/memory-fact-json';
export { type ShortTermMemoryJson, shortTermMemoryFromJson, shortTermMemoryToJson } from './records/short-term-memory-json';
export { parseInput, parseOptions, toValidationIssues } from './validation/parse-input';
export { parseStored } from './validation/parse-stored';
export {
  parseConflictResolution,
  parseFindSimilarOptions,
  parseId,
  parseListConflictsOptions,
  parseListMemoriesOptions,
  parseMemoryConflict,
  parseMemoryFact,
  parseMemoryPatch,
  parseOptionalStatus,
  parsePendingConflictsOptions,
  parseRecentMessagesOptions,
  parseSearchOptions,
  parseShortTermMessages,
  parseStoreOptions,
  parseUserId,
  parseUserLockOptions,
} from './validation/parsers';
export {
  MaxMessagesSchema,
  type ParsedFindSimilarOptions,
  type ParsedListConflictsOptions,
  type ParsedListMemoriesOptions,
  type ParsedPendingConflictsOptions,
  type ParsedRecentMessagesOptions,
  type ParsedSearchOptions,
} from './validation/store-options';
export { MAX_LOCK_MS, type ParsedUserLockOptions, UserLockOptionsSchema } from './validation/user-lock-options';
export { fnv1a } from './vectors/fnv1a';
export { type NumericVector, normalizeVector } from './vectors/normalize-vector';
export { parseDimensions, parseVector } from './vectors/parse-vector';
export { clampScore, meetsScoreThreshold, SCORE_TOLERANCE } from './vectors/score-threshold';
