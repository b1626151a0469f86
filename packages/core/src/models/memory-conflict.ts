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

export const RESOLUTION_DECISIONS = ['keep_a', 'keep_b', 'merge', 'both_valid'] as const;
export const ResolutionDecisionSchema = z.enum(RESOLUTION_DECISIONS);
/** keep_a / keep_b: one memory wins; merge: a new text replaces both; both_valid: no contradiction after all. */
export type ResolutionDecision = z.infer<typeof ResolutionDecisionSchema>;

/** The fields only a resolved conflict has. */
const RESOLUTION_FIELDS = [
  'resolvedAt',
  'resolutionType',
  'resolutionDecision',
  'resolvedBy',
  'resolutionNotes',
  'mergedText',
  'winningMemoryId',
  'resolutionAppliedAt',
] as const;

/**
 * Two memories of one user that contradict each other, tracked until someone settles it. The
 * record is consistent by construction: a resolved conflict says when, how, what was decided and
 * by whom; a pending or escalated one carries no resolution fields; the winner is one of its two
 * memories and matches the decision.
 */
export const MemoryConflictSchema = z
  .strictObject({
    /** Unique within the user; a UUID unless the caller chooses one. */
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
    /** memoryAId for keep_a, memoryBId for keep_b; absent for merge and both_valid. */
    winningMemoryId: nonBlankString.optional(),
    resolutionDecision: ResolutionDecisionSchema.optional(),
    /** A user id, or `system` for an automatic resolution. */
    resolvedBy: nonBlankString.optional(),
    resolutionNotes: z.string().optional(),
    /** The text of the merged memory (merge only). */
    mergedText: nonBlankString.optional(),
    /**
     * When the decision was fully applied to the memories. A resolved conflict without it was claimed
     * (the decision is settled) but not yet fully applied: whoever applies it finishes the job, then
     * sets it with `ConflictStore.markResolutionApplied`.
     */
    resolutionAppliedAt: validDate.optional(),
    /** The question to put to the user, e.g. "Where do you currently live?". */
    clarificationHint: nonBlankString,
    /** The caller's own data; no store writes into it. */
    metadata: JsonObjectSchema.default(() => ({})),
  })
  .superRefine((conflict, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message, input: conflict });
    if (conflict.memoryAId === conflict.memoryBId) issue('memoryBId', 'memoryAId and memoryBId must name two different memories');
    if (conflict.status !== 'resolved') {
      for (const field of RESOLUTION_FIELDS) {
        if (conflict[field] !== undefined)
          issue(field, `a ${conflict.status} conflict has no ${field}: only a resolved conflict carries resolution fields`);
      }
      return;
    }
    for (const field of ['resolvedAt', 'resolutionType', 'resolutionDecision', 'resolvedBy'] as const) {
      if (conflict[field] === undefined) issue(field, `a resolved conflict needs ${field}`);
    }
    const winner = conflict.winningMemoryId;
    if (winner !== undefined && winner !== conflict.memoryAId && winner !== conflict.memoryBId) {
      issue('winningMemoryId', 'winningMemoryId must be memoryAId or memoryBId');
    }
    const decision = conflict.resolutionDecision;
    const expectedWinner = decision === 'keep_a' ? conflict.memoryAId : decision === 'keep_b' ? conflict.memoryBId : undefined;
    if (decision !== undefined && winner !== expectedWinner) {
      issue(
        'winningMemoryId',
        expectedWinner === undefined
          ? `a ${decision} resolution has no winningMemoryId`
          : `a ${decision} resolution has winningMemoryId "${expectedWinner}"`,
      );
    }
    if (decision === 'merge' && conflict.mergedText === undefined) issue('mergedText', 'a merge resolution needs mergedText');
    if (decision !== undefined && decision !== 'merge' && conflict.mergedText !== undefined)
      issue('mergedText', `a ${decision} resolution has no mergedText`);
  });

export type MemoryConflict = z.output<typeof MemoryConflictSchema>;
/** What callers pass to `addConflict`: defaulted fields may be left out. */
export type MemoryConflictInput = z.input<typeof MemoryConflictSchema>;
