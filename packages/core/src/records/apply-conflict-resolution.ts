import type { ConflictResolution } from '../models/conflict-resolution';
import type { MemoryConflict } from '../models/memory-conflict';

/**
 * Returns `conflict` resolved by `resolution` at `now`. `winningMemoryId` is memory A for keep_a,
 * memory B for keep_b, and cleared for merge and both_valid (no single winner). The decision, who
 * resolved it, notes and any merged text are recorded in `metadata`. The caller makes sure the
 * conflict is not already resolved, atomically.
 */
export function applyConflictResolution(
  conflict: MemoryConflict,
  resolution: ConflictResolution,
  now: Date,
): MemoryConflict {
  const { winningMemoryId: _previousWinner, ...rest } = conflict;
  const winningMemoryId =
    resolution.decision === 'keep_a' ? conflict.memoryAId : resolution.decision === 'keep_b' ? conflict.memoryBId : undefined;
  return {
    ...rest,
    status: 'resolved',
    resolvedAt: now,
    resolutionType: resolution.resolutionType,
    ...(winningMemoryId !== undefined ? { winningMemoryId } : {}),
    metadata: {
      ...conflict.metadata,
      resolutionDecision: resolution.decision,
      resolvedBy: resolution.resolvedBy,
      ...(resolution.notes !== undefined ? { resolutionNotes: resolution.notes } : {}),
      ...(resolution.confirmingMemoryText !== undefined ? { confirmingMemoryText: resolution.confirmingMemoryText } : {}),
    },
  };
}
