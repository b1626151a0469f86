import { z } from 'zod';
import { MemorySourceSchema, MemoryTypeSchema } from './memory-type';
import { nonBlankString, unitInterval, validDate } from './schema-primitives';

/** The fields of a memory without defaults; shared by the full model and by patches. */
export const memoryFactFields = {
  text: nonBlankString,
  type: MemoryTypeSchema,
  tags: z.array(z.string()),
  importance: unitInterval,
  source: MemorySourceSchema,
  validUntil: validDate,
  userId: nonBlankString,
  confidence: unitInterval,
  mentionCount: z.number().int().min(1),
  firstSeen: validDate,
  lastSeen: validDate,
  archived: z.boolean(),
  archivedAt: validDate,
  supersededBy: nonBlankString,
};

/** One long-term memory. Unknown keys are rejected, so a typo such as `user_id` fails loudly. */
export const MemoryFactSchema = z.strictObject({
  text: memoryFactFields.text,
  type: memoryFactFields.type,
  tags: memoryFactFields.tags.default(() => []),
  importance: memoryFactFields.importance.default(0.5),
  source: memoryFactFields.source.optional(),
  validUntil: memoryFactFields.validUntil.optional(),
  userId: memoryFactFields.userId,
  confidence: memoryFactFields.confidence.default(0.5),
  mentionCount: memoryFactFields.mentionCount.default(1),
  firstSeen: memoryFactFields.firstSeen.optional(),
  lastSeen: memoryFactFields.lastSeen.optional(),
  archived: memoryFactFields.archived.default(false),
  archivedAt: memoryFactFields.archivedAt.optional(),
  supersededBy: memoryFactFields.supersededBy.optional(),
});

/** A stored memory, every default filled in. */
export type MemoryFact = z.output<typeof MemoryFactSchema>;
/** What callers pass to `add`: defaulted fields may be left out. */
export type MemoryFactInput = z.input<typeof MemoryFactSchema>;

/** A memory with the id its store gave it. */
export interface StoredMemory {
  id: string;
  memory: MemoryFact;
}

/**
 * A memory as `listMemories` returns it. `vector` is there when the call asked for it with
 * `includeVectors: true`, and never otherwise: the vector the store holds (scaled to unit length
 * when it was added, each element a float32 value), a copy the caller may change. A store written
 * before `includeVectors` existed may ignore the option and return no vectors, so check for it.
 */
export interface StoredMemoryWithVector extends StoredMemory {
  vector?: number[];
}

/** A search hit: cosine similarity in [-1, 1], higher is closer. */
export interface ScoredMemory extends StoredMemory {
  score: number;
}
