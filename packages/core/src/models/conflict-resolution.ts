import { z } from 'zod';
import { ResolutionDecisionSchema, ResolutionTypeSchema } from './memory-conflict';
import { nonBlankString } from './schema-primitives';

/** How a conflict was settled. A `merge` must say what the merged memory reads. */
export const ConflictResolutionSchema = z
  .strictObject({
    /** Must equal the id passed to `resolveConflict`. */
    conflictId: nonBlankString,
    decision: ResolutionDecisionSchema,
    resolutionType: ResolutionTypeSchema,
    /** The text of the merged memory: required for `merge`, not allowed otherwise. */
    confirmingMemoryText: nonBlankString.optional(),
    /** A user id, or `system` for automatic resolution. */
    resolvedBy: nonBlankString,
    notes: z.string().optional(),
  })
  .superRefine((resolution, context) => {
    if (resolution.decision === 'merge' && resolution.confirmingMemoryText === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['confirmingMemoryText'],
        message: 'a merge needs confirmingMemoryText: the text of the merged memory',
        input: resolution,
      });
    }
    if (resolution.decision !== 'merge' && resolution.confirmingMemoryText !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['confirmingMemoryText'],
        message: `only a merge has confirmingMemoryText, not ${resolution.decision}`,
        input: resolution,
      });
    }
  });

export type ConflictResolution = z.input<typeof ConflictResolutionSchema>;
export type ParsedConflictResolution = z.output<typeof ConflictResolutionSchema>;
