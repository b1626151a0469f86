import { z } from 'zod';
import { JsonObjectSchema } from './json-value';
import { nonBlankString, nonNegativeInt, unitInterval, validDate } from './schema-primitives';

export const CONFLICT_STATUSES = ['pending', 'resolved', 'escalated'] as const;
export const ConflictStatusSchema = z.enum(CONFLICT_STATUSES);
/** `pending` and `escalated` conflicts still wait for an answer; `resolved` ones are done. */
export type ConflictStatus = z.infer<typeof ConflictStatusSchema>;

export const RESOLUTION_TYPES = ['conversational', 'manual', 'automated'] as const;
export const ResolutionTypeSchema = z.enum(RESOLUTION_TYPES);
/** How a conflict was settled: by asking in conversation, by a person, or automatically. */
export type ResolutionType = z.infer<typeof ResolutionTypeSchema>;

/** Two memories of one user that contradict each other, tracked until someone settles it. */
export const MemoryConflictSchema = z
  .strictObject({
    id: nonBlankString.default(() => crypto.randomUUID()),
    userId: nonBlankString,
    /** The memory that was stored first. */
    memoryAId: nonBlankString,
    /** The memory that contradicts it. */
    memoryBId: nonBlankString,
    /** What the contradiction is about, e.g. `location` or `job`. */
    category: nonBlankString,
    isSingletonCategory: z.boolean().default(false),
    similarityScore: unitInterval,
    avgImportance: unitInterval,
    createdAt: validDate.default(() => new Date()),
    status: ConflictStatusSchema.default('pending'),
    resolutionAttempts: nonNegativeInt.default(0),
    resolvedAt: validDate.optional(),
    resolutionType: ResolutionTypeSchema.optional(),
    winningMemoryId: nonBlankString.optional(),
    /** The question to put to the user, e.g. "Where do you currently live?". */
    clarificationHint: nonBlankString,
    metadata: JsonObjectSchema.default(() => ({})),
  })
  .refine((conflict) => conflict.memoryAId !== conflict.memoryBId, {
    message: 'memoryAId and memoryBId must name two different memories',
    path: ['memoryBId'],
  });

export type MemoryConflict = z.output<typeof MemoryConflictSchema>;
/** What callers pass to `addConflict`: defaulted fields may be left out. */
export type MemoryConflictInput = z.input<typeof MemoryConflictSchema>;
