import type { ConflictResolution, ConflictStore, MemoryConflictInput } from '@casual-memory/core';
import { randomId } from '../random-id';
import type { SuiteHarness } from '../suite-harness';

export type ConflictHarness = SuiteHarness<ConflictStore, Record<string, never>>;

/** A valid conflict for `userId`, with fresh memory ids; override any field. */
export function conflict(userId: string, extra: Partial<MemoryConflictInput> = {}): MemoryConflictInput {
  return {
    userId,
    memoryAId: randomId('memory-a'),
    memoryBId: randomId('memory-b'),
    category: 'location',
    similarityScore: 0.91,
    avgImportance: 0.7,
    clarificationHint: 'Where do you currently live?',
    ...extra,
  };
}

/** A valid keep_a resolution of `conflictId`; override any field. */
export function resolution(conflictId: string, extra: Partial<ConflictResolution> = {}): ConflictResolution {
  return { conflictId, decision: 'keep_a', resolutionType: 'manual', resolvedBy: 'user-1', ...extra };
}

/** The fields only a resolved conflict carries. */
export const RESOLUTION_FIELDS = [
  'resolvedAt',
  'resolutionType',
  'resolutionDecision',
  'resolvedBy',
  'resolutionNotes',
  'mergedText',
  'winningMemoryId',
  'resolutionAppliedAt',
] as const;
