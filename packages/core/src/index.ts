// The public API of @casual-memory/core for applications. What only backend authors need (the store
// kit, parsers, record helpers) is on the `@casual-memory/core/backend` subpath.

export {
  DEFAULT_LIST_LIMIT,
  DEFAULT_LOCK_LEASE_MS,
  DEFAULT_LOCK_WAIT_MS,
  DEFAULT_MAX_MESSAGES,
  DEFAULT_RECENT_MESSAGES_LIMIT,
  DEFAULT_SEARCH_MIN_SCORE,
  DEFAULT_SEARCH_TOP_K,
  DEFAULT_SIMILAR_LIMIT,
  DEFAULT_SIMILARITY_THRESHOLD,
  MAX_LIST_LIMIT,
} from './defaults';

export { CasualMemoryError, type CasualMemoryErrorCode, type CasualMemoryErrorOptions } from './errors/casual-memory-error';
export { ConflictStateError } from './errors/conflict-state-error';
export { CorruptDataError, type CorruptDataErrorOptions } from './errors/corrupt-data-error';
export { DimensionMismatchError, type DimensionMismatchErrorOptions } from './errors/dimension-mismatch-error';
export { LockTimeoutError, type LockTimeoutErrorOptions } from './errors/lock-timeout-error';
export { NotFoundError, type NotFoundErrorOptions } from './errors/not-found-error';
export { ProviderError, type ProviderErrorCode, type ProviderErrorOptions } from './errors/provider-error';
export { StoreClosedError, type StoreClosedErrorOptions } from './errors/store-closed-error';
export { StoreFullError } from './errors/store-full-error';
export { StoreUnavailableError } from './errors/store-unavailable-error';
export { MAX_ISSUES_IN_MESSAGE } from './errors/summarize-issues';
export { ValidationError, type ValidationErrorOptions, type ValidationIssue } from './errors/validation-error';
export { InProcessUserLock } from './locks/in-process-user-lock';
export { type ConflictResolution, ConflictResolutionSchema } from './models/conflict-resolution';
export { type JsonObject, JsonObjectSchema, type JsonValue, JsonValueSchema, MAX_JSON_DEPTH } from './models/json-value';
export {
  CONFLICT_STATUSES,
  type ConflictStatus,
  ConflictStatusSchema,
  type MemoryConflict,
  type MemoryConflictInput,
  MemoryConflictSchema,
  RESOLUTION_DECISIONS,
  RESOLUTION_TYPES,
  type ResolutionDecision,
  ResolutionDecisionSchema,
  type ResolutionType,
  ResolutionTypeSchema,
} from './models/memory-conflict';
export {
  type MemoryFact,
  type MemoryFactInput,
  MemoryFactSchema,
  type ScoredMemory,
  type StoredMemory,
  type StoredMemoryWithVector,
} from './models/memory-fact';
export { type MemoryFilter, MemoryFilterSchema } from './models/memory-filter';
export { type MemoryPatch, MemoryPatchSchema } from './models/memory-patch';
export {
  MEMORY_SOURCES,
  MEMORY_TYPES,
  type MemorySource,
  MemorySourceSchema,
  type MemoryType,
  MemoryTypeSchema,
} from './models/memory-type';
export {
  MESSAGE_ROLES,
  type MessageRole,
  MessageRoleSchema,
  type ShortTermMemory,
  type ShortTermMemoryInput,
  ShortTermMemorySchema,
} from './models/short-term-memory';
export type { ChatMessage, ChatOptions, ChatProvider, ChatRole } from './protocols/chat-provider';
export type { ConflictPage, ConflictStore } from './protocols/conflict-store';
export type { EmbeddingProvider } from './protocols/embedding-provider';
export type { NliProvider, NliScores } from './protocols/nli-provider';
export type { ShortTermStore } from './protocols/short-term-store';
export type { UserLock, UserLockLease, UserLockOptions } from './protocols/user-lock';
export type { MemoryPage, VectorMemoryItem, VectorMemoryStore } from './protocols/vector-memory-store';
export { type AddMemoryOptions, AddMemoryOptionsSchema, MemoryIdSchema } from './validation/add-memory-options';
export {
  ConflictStatusFilterSchema,
  type FindSimilarOptions,
  FindSimilarOptionsSchema,
  type ListConflictsOptions,
  ListConflictsOptionsSchema,
  type ListFilter,
  ListFilterSchema,
  type ListMemoriesOptions,
  ListMemoriesOptionsSchema,
  type PendingConflictsOptions,
  PendingConflictsOptionsSchema,
  type RecentMessagesOptions,
  RecentMessagesOptionsSchema,
  type SearchOptions,
  SearchOptionsSchema,
} from './validation/store-options';
export { cosineSimilarity } from './vectors/cosine-similarity';
export type { VectorInput } from './vectors/vector-input';
