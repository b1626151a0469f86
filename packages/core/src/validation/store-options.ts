import { z } from 'zod';
import {
  DEFAULT_RECENT_MESSAGES_LIMIT,
  DEFAULT_SEARCH_MIN_SCORE,
  DEFAULT_SEARCH_TOP_K,
  DEFAULT_SIMILAR_LIMIT,
  DEFAULT_SIMILARITY_THRESHOLD,
} from '../defaults';
import { MemoryFilterSchema } from '../models/memory-filter';
import { ConflictStatusSchema, type ConflictStatus } from '../models/memory-conflict';
import { ShortTermMemorySchema, type ShortTermMemory } from '../models/short-term-memory';
import { cosineScore, nonBlankString, nonNegativeInt } from '../models/schema-primitives';
import { parseInput } from './parse-input';

/**
 * Options of `VectorMemoryStore.search`. `topK: 0` returns nothing; a negative or fractional
 * `topK` is a `ValidationError` (the Python original sliced with it instead).
 */
export const SearchOptionsSchema = z.strictObject({
  filter: MemoryFilterSchema,
  topK: nonNegativeInt.default(DEFAULT_SEARCH_TOP_K),
  minScore: cosineScore.default(DEFAULT_SEARCH_MIN_SCORE),
});
export type SearchOptions = z.input<typeof SearchOptionsSchema>;
export type ParsedSearchOptions = z.output<typeof SearchOptionsSchema>;

/** Options of `VectorMemoryStore.findSimilarMemories`; `limit: 0` returns nothing. */
export const FindSimilarOptionsSchema = z.strictObject({
  userId: nonBlankString,
  threshold: cosineScore.default(DEFAULT_SIMILARITY_THRESHOLD),
  limit: nonNegativeInt.default(DEFAULT_SIMILAR_LIMIT),
  excludeArchived: z.boolean().default(true),
});
export type FindSimilarOptions = z.input<typeof FindSimilarOptionsSchema>;
export type ParsedFindSimilarOptions = z.output<typeof FindSimilarOptionsSchema>;

/** Options of `ConflictStore.getPendingConflicts`: no `limit` means all; `limit: 0` means none. */
export const PendingConflictsOptionsSchema = z.strictObject({
  limit: nonNegativeInt.optional(),
});
export type PendingConflictsOptions = z.input<typeof PendingConflictsOptionsSchema>;

export function parseSearchOptions(options: unknown): ParsedSearchOptions {
  return parseInput(SearchOptionsSchema, options, 'options');
}

export function parseFindSimilarOptions(options: unknown): ParsedFindSimilarOptions {
  return parseInput(FindSimilarOptionsSchema, options, 'options');
}

export function parsePendingConflictsOptions(options: unknown): { limit?: number } {
  return parseInput(PendingConflictsOptionsSchema, options ?? {}, 'options');
}

/** A user id: a non-blank string. */
export function parseUserId(userId: unknown): string {
  return parseInput(nonBlankString, userId, 'userId');
}

/** A record id: a non-blank string. */
export function parseId(id: unknown, label = 'id'): string {
  return parseInput(nonBlankString, id, label);
}

/** An optional conflict status filter; `undefined` means every status. */
export function parseOptionalStatus(status: unknown): ConflictStatus | undefined {
  return parseInput(ConflictStatusSchema.optional(), status, 'status');
}

/** `getRecentMessages` limit: default 20, `0` returns nothing, negative is an error. */
export function parseRecentMessagesLimit(limit: unknown): number {
  return parseInput(nonNegativeInt.default(DEFAULT_RECENT_MESSAGES_LIMIT), limit, 'limit');
}

/** A store's `maxMessages` option: at least 1. */
export function parseMaxMessages(maxMessages: unknown, fallback: number): number {
  return parseInput(z.number().int().min(1).default(fallback), maxMessages, 'maxMessages');
}

/** A batch of messages for `addMessages`: validated whole (timestamps defaulted) before any is stored. */
export function parseShortTermMessages(messages: unknown): ShortTermMemory[] {
  return parseInput(z.array(ShortTermMemorySchema), messages, 'messages');
}
