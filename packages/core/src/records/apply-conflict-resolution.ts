import type { ParsedConflictResolution } from '../models/conflict-resolution';
import type { MemoryConflict } from '../models/memory-conflict';

/**
 * Returns `conflict` resolved by `resolution` at `now`, the resolution in the conflict's own fields:
 * `winningMemoryId` is memory A for keep_a, memory B for keep_b and absent for merge and
 * both_valid; a merge's text goes to `mergedText`. `metadata` is the caller's and stays as it is.
 * The result has no `resolutionAppliedAt`: the decision is claimed, not yet applied to the memories.
 * The caller makes sure the conflict is not already resolved, atomically.
 */
export function applyConflictResolution(conflict: MemoryConflict, resolution: ParsedConflictResolution, now: Date): MemoryConflict {
  const { winningMemoryId: _winner, mergedText: _merged, resolutionNotes: _notes, resolutionAppliedAt: _applied, ...rest } = conflict;
  const { decision } = resolution;
  const winningMemoryId = decision === 'keep_a' ? conflict.memoryAId : decision === 'keep_b' ? conflict.memoryBId : undefined;
  return {
    ...rest,
    status: 'resolved',
    resolvedAt: now,
    resolutionType: resolution.resolutionType,
    resolutionDecision: decision,
    resolvedBy: resolution.resolvedBy,
    ...(winningMemoryId !== undefined ? { winningMemoryId } : {}),
    ...(resolution.notes !== undefined ? { resolutionNotes: resolution.notes } : {}),
    ...(resolution.confirmingMemoryText !== undefined ? { mergedText: resolution.confirmingMemoryText } : {}),
  };
}
