import { z } from 'zod';
import { ConflictResolutionSchema, type ParsedConflictResolution } from '../models/conflict-resolution';
import { type ConflictStatus, type MemoryConflict, MemoryConflictSchema } from '../models/memory-conflict';
import { type MemoryFact, MemoryFactSchema } from '../models/memory-fact';
import { MemoryPatchSchema, type ParsedMemoryPatch } from '../models/memory-patch';
import { type ShortTermMemory, ShortTermMemorySchema } from '../models/short-term-memory';
import { parseInput, parseOptions } from './parse-input';
import {
  FindSimilarOptionsSchema,
  ListConflictsOptionsSchema,
  ListMemoriesOptionsSchema,
  OptionalConflictStatusSchema,
  type ParsedFindSimilarOptions,
  type ParsedListConflictsOptions,
  type ParsedListMemoriesOptions,
  type ParsedPendingConflictsOptions,
  type ParsedRecentMessagesOptions,
  type ParsedSearchOptions,
  PendingConflictsOptionsSchema,
  RecentMessagesOptionsSchema,
  RecordIdSchema,
  SearchOptionsSchema,
  UserIdSchema,
} from './store-options';
import { type ParsedUserLockOptions, UserLockOptionsSchema } from './user-lock-options';

// One parser per input of the store protocols, so every backend reads its input the same way.

export function parseUserId(userId: unknown): string {
  return parseInput(UserIdSchema, userId, 'userId');
}

export function parseId(id: unknown, label = 'id'): string {
  return parseInput(RecordIdSchema, id, label);
}

export function parseMemoryFact(memory: unknown, label = 'memory'): MemoryFact {
  return parseInput(MemoryFactSchema, memory, label);
}

/** A patch for `updateMemory`; any attempt to change `userId` is a `ValidationError`. */
export function parseMemoryPatch(patch: unknown): ParsedMemoryPatch {
  return parseInput(MemoryPatchSchema, patch, 'patch');
}

export function parseSearchOptions(options: unknown): ParsedSearchOptions {
  return parseOptions(SearchOptionsSchema, options, 'options');
}

export function parseFindSimilarOptions(options: unknown): ParsedFindSimilarOptions {
  return parseOptions(FindSimilarOptionsSchema, options, 'options');
}

export function parseListMemoriesOptions(options: unknown): ParsedListMemoriesOptions {
  return parseOptions(ListMemoriesOptionsSchema, options, 'options');
}

export function parseMemoryConflict(conflict: unknown): MemoryConflict {
  return parseInput(MemoryConflictSchema, conflict, 'conflict');
}

export function parseConflictResolution(resolution: unknown): ParsedConflictResolution {
  return parseInput(ConflictResolutionSchema, resolution, 'resolution');
}

export function parsePendingConflictsOptions(options: unknown): ParsedPendingConflictsOptions {
  return parseOptions(PendingConflictsOptionsSchema, options, 'options');
}

export function parseListConflictsOptions(options: unknown): ParsedListConflictsOptions {
  return parseOptions(ListConflictsOptionsSchema, options, 'options');
}

/** An optional conflict status filter; `undefined` means every status. */
export function parseOptionalStatus(status: unknown): ConflictStatus | undefined {
  return parseInput(OptionalConflictStatusSchema, status, 'status');
}

/** A batch for `addMessages`, validated whole (timestamps defaulted) before any of it is stored. */
export function parseShortTermMessages(messages: unknown): ShortTermMemory[] {
  return parseInput(z.array(ShortTermMemorySchema), messages, 'messages');
}

export function parseRecentMessagesOptions(options: unknown): ParsedRecentMessagesOptions {
  return parseOptions(RecentMessagesOptionsSchema, options, 'options');
}

/**
 * A store's constructor options, by the backend's strict schema: an unknown key (a typo such as
 * `maxVector`) is a `ValidationError`, never silently ignored. `store` names the class in messages.
 */
export function parseStoreOptions<S extends z.ZodType>(schema: S, options: unknown, store: string): z.output<S> {
  return parseOptions(schema, options, `${store} options`);
}

/** Options of `UserLock.acquire`, defaults filled in. */
export function parseUserLockOptions(options: unknown): ParsedUserLockOptions {
  return parseOptions(UserLockOptionsSchema, options, 'options');
}
