// @casual-memory/core/backend: the store kit and helpers for backend authors. A backend extends one
// of the store bases and implements storage operations on validated input; the helpers give every
// backend one meaning for filters, patches, resolutions, ordering, storage form and scores.

export { type MaybePromise, StoreBase } from './kit/store-base';
export { type NewMemoryRecord, type VectorQuery, VectorStoreBase } from './kit/vector-store-base';
export { ConflictStoreBase } from './kit/conflict-store-base';
export { ShortTermStoreBase } from './kit/short-term-store-base';
export { thrownMessage, toInputError, toStoreError } from './kit/to-store-error';

// zod itself, so a backend builds its option schemas with the same zod as core's (and needs no zod dependency).
export { z } from 'zod';

export { describeValue } from './errors/describe-value';
export { summarizeIssues } from './errors/summarize-issues';

export { parseInput, toValidationIssues } from './validation/parse-input';
export { parseStored } from './validation/parse-stored';
export {
  parseConflictResolution,
  parseFindSimilarOptions,
  parseId,
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
} from './validation/parsers';
export {
  MaxMessagesSchema,
  type ParsedFindSimilarOptions,
  type ParsedPendingConflictsOptions,
  type ParsedRecentMessagesOptions,
  type ParsedSearchOptions,
} from './validation/store-options';
export type { ParsedMemoryFilter } from './models/memory-filter';
export type { ParsedMemoryPatch } from './models/memory-patch';
export type { ParsedConflictResolution } from './models/conflict-resolution';
export { copyJsonValue } from './models/json-value';

export { parseDimensions, parseVector } from './vectors/parse-vector';
export { type NumericVector, normalizeVector } from './vectors/normalize-vector';
export { clampScore, meetsScoreThreshold, SCORE_TOLERANCE } from './vectors/score-threshold';

export { matchesFilter } from './records/matches-filter';
export { applyMemoryPatch } from './records/apply-memory-patch';
export { archiveMemoryFact } from './records/archive-memory-fact';
export { applyConflictResolution } from './records/apply-conflict-resolution';
export { escalateMemoryConflict } from './records/escalate-memory-conflict';
export { comparePendingConflicts } from './records/compare-pending-conflicts';
export { type MemoryFactJson, memoryFactFromJson, memoryFactToJson } from './records/memory-fact-json';
export { type MemoryConflictJson, memoryConflictFromJson, memoryConflictToJson } from './records/memory-conflict-json';
export { type ShortTermMemoryJson, shortTermMemoryFromJson, shortTermMemoryToJson } from './records/short-term-memory-json';
export { cloneJson, cloneMemoryConflict, cloneMemoryFact, cloneShortTermMemory } from './records/clone-records';
