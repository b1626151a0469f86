import { z } from 'zod';
import {
  DEFAULT_LIST_LIMIT,
  DEFAULT_MAX_MESSAGES,
  DEFAULT_RECENT_MESSAGES_LIMIT,
  DEFAULT_SEARCH_MIN_SCORE,
  DEFAULT_SEARCH_TOP_K,
  DEFAULT_SIMILAR_LIMIT,
  DEFAULT_SIMILARITY_THRESHOLD,
  MAX_LIST_LIMIT,
} from '../defaults';
import { ConflictStatusSchema } from '../models/memory-conflict';
import { MemoryFilterSchema } from '../models/memory-filter';
import { cosineScore, nonBlankString, nonNegativeInt } from '../models/schema-primitives';

/**
 * Options of `VectorMemoryStore.search`. `topK: 0` returns nothing; a negative or fractional
 * `topK` is a `ValidationError` (the Python original sliced with it instead). `minScore` is
 * inclusive (up to float32 rounding).
 */
export const SearchOptionsSchema = z.strictObject({
  filter: MemoryFilterSchema.default(() => ({})),
  topK: nonNegativeInt.default(DEFAULT_SEARCH_TOP_K),
  minScore: cosineScore.default(DEFAULT_SEARCH_MIN_SCORE),
});
export type SearchOptions = z.input<typeof SearchOptionsSchema>;
export type ParsedSearchOptions = z.output<typeof SearchOptionsSchema>;

/** Options of `VectorMemoryStore.findSimilarMemories`; `limit: 0` returns nothing; `threshold` is inclusive. */
export const FindSimilarOptionsSchema = z.strictObject({
  threshold: cosineScore.default(DEFAULT_SIMILARITY_THRESHOLD),
  limit: nonNegativeInt.default(DEFAULT_SIMILAR_LIMIT),
  excludeArchived: z.boolean().default(true),
});
export type FindSimilarOptions = z.input<typeof FindSimilarOptionsSchema>;
export type ParsedFindSimilarOptions = z.output<typeof FindSimilarOptionsSchema>;

/** Which memories `listMemories` returns besides the archived switch: the search filter's type, tag and importance conditions. */
export const ListFilterSchema = MemoryFilterSchema.pick({ types: true, tags: true, minImportance: true });
export type ListFilter = z.input<typeof ListFilterSchema>;

/**
 * Options of `VectorMemoryStore.listMemories`. `cursor` is the `nextCursor` of the page before;
 * `limit` is 1 to 1000 (default 100); archived memories only with `includeArchived`. A listing is
 * an inventory, so expired memories are always included. `includeVectors` returns each memory's
 * stored vector with it (`StoredMemoryWithVector.vector`).
 */
export const ListMemoriesOptionsSchema = z.strictObject({
  cursor: z.string().min(1, { error: 'must be a cursor a previous page returned; leave it out for the first page' }).optional(),
  limit: z.number().int().min(1).max(MAX_LIST_LIMIT).default(DEFAULT_LIST_LIMIT),
  includeArchived: z.boolean().default(false),
  includeVectors: z.boolean().default(false),
  filter: ListFilterSchema.default(() => ({})),
});
export type ListMemoriesOptions = z.input<typeof ListMemoriesOptionsSchema>;
export type ParsedListMemoriesOptions = z.output<typeof ListMemoriesOptionsSchema>;

/** The statuses `listConflicts` keeps: one, or several (at least one). */
export const ConflictStatusFilterSchema = z.union([
  ConflictStatusSchema,
  z.array(ConflictStatusSchema).min(1, { error: 'must name at least one status; leave it out for every status' }).readonly(),
]);

/**
 * Options of `ConflictStore.listConflicts`. `cursor` is the `nextCursor` of the page before;
 * `limit` is 1 to 1000 (default 100); `status` keeps only conflicts of that status (or of any of
 * those statuses); without it every status is listed, resolved ones included.
 */
export const ListConflictsOptionsSchema = z.strictObject({
  status: ConflictStatusFilterSchema.optional(),
  cursor: z.string().min(1, { error: 'must be a cursor a previous page returned; leave it out for the first page' }).optional(),
  limit: z.number().int().min(1).max(MAX_LIST_LIMIT).default(DEFAULT_LIST_LIMIT),
});
export type ListConflictsOptions = z.input<typeof ListConflictsOptionsSchema>;
export type ParsedListConflictsOptions = z.output<typeof ListConflictsOptionsSchema>;

/** Options of `ConflictStore.getPendingConflicts`: no `limit` means all; `limit: 0` means none. */
export const PendingConflictsOptionsSchema = z.strictObject({
  limit: nonNegativeInt.optional(),
});
export type PendingConflictsOptions = z.input<typeof PendingConflictsOptionsSchema>;
export type ParsedPendingConflictsOptions = z.output<typeof PendingConflictsOptionsSchema>;

/** Options of `ShortTermStore.getRecentMessages`: `limit` default 20, `0` returns nothing. */
export const RecentMessagesOptionsSchema = z.strictObject({
  limit: nonNegativeInt.default(DEFAULT_RECENT_MESSAGES_LIMIT),
});
export type RecentMessagesOptions = z.input<typeof RecentMessagesOptionsSchema>;
export type ParsedRecentMessagesOptions = z.output<typeof RecentMessagesOptionsSchema>;

export const UserIdSchema = nonBlankString;
export const RecordIdSchema = nonBlankString;
export const OptionalConflictStatusSchema = ConflictStatusSchema.optional();

/** A short-term store's `maxMessages` option: how many newest messages to keep per user, at least 1 (default 20). */
export const MaxMessagesSchema = z.number().int().min(1).default(DEFAULT_MAX_MESSAGES);
