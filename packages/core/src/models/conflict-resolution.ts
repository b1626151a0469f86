import { z } from 'zod';
import { ResolutionTypeSchema } from './memory-conflict';
import { nonBlankString } from './schema-primitives';

export const RESOLUTION_DECISIONS = ['keep_a', 'keep_b', 'merge', 'both_valid'] as const;
export const ResolutionDecisionSchema = z.enum(RESOLUTION_DECISIONS);
/** keep_a / keep_b: one memory wins; merge: a new text replaces both; both_valid: no contradiction after all. */
export type ResolutionDecision = z.infer<typeof ResolutionDecisionSchema>;

/** How a conflict was settled. A `merge` must say what the merged memory reads. */
export const ConflictResolutionSchema = z
  .strictObject({
    /** Must equal the id passed to `resolveConflict`. */
    conflictId: nonBlankString,
    decision: ResolutionDecisionSchema,
    resolutionType: ResolutionTypeSchema,
    confirmingMemoryText: nonBlankString.optional(),
    /** A user id, or `system` for automatic resolution. */
    resolvedBy: nonBlankString,
    notes: z.string().optional(),
  })
  .refine((resolution) => resolution.decision !== 'merge' || resolution.confirmingMemoryText !== undefined, {
    message: 'a merge needs confirmingMemoryText: the text of the merged memory',
    path: ['confirmingMemoryText'],
  });

export type ConflictResolution = z.output<typeof ConflictResolutionSchema>;
