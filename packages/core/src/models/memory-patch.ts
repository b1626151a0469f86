import { z } from 'zod';
import { memoryFactFields } from './memory-fact';

/**
 * A partial update of a memory. Keys left out (or `undefined`) keep their value; `null` removes an
 * optional field (e.g. `{ archived: false, archivedAt: null, supersededBy: null }` un-archives).
 * `userId` cannot change: a memory never moves between users.
 */
export const MemoryPatchSchema = z.strictObject({
  text: memoryFactFields.text.optional(),
  type: memoryFactFields.type.optional(),
  tags: memoryFactFields.tags.optional(),
  importance: memoryFactFields.importance.optional(),
  source: memoryFactFields.source.nullable().optional(),
  validUntil: memoryFactFields.validUntil.nullable().optional(),
  userId: z.undefined({ error: 'userId cannot be patched: a memory never moves between users' }).optional(),
  confidence: memoryFactFields.confidence.optional(),
  mentionCount: memoryFactFields.mentionCount.optional(),
  firstSeen: memoryFactFields.firstSeen.nullable().optional(),
  lastSeen: memoryFactFields.lastSeen.nullable().optional(),
  archived: memoryFactFields.archived.optional(),
  archivedAt: memoryFactFields.archivedAt.nullable().optional(),
  supersededBy: memoryFactFields.supersededBy.nullable().optional(),
});

export type MemoryPatch = z.input<typeof MemoryPatchSchema>;
export type ParsedMemoryPatch = z.output<typeof MemoryPatchSchema>;
