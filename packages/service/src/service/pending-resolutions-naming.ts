import type { ResolutionType } from '@casual-memory/core';
import { type ParsedConflictResolution, parseConflictResolution } from '@casual-memory/core/backend';
import type { ConflictDecisionContext } from './apply-conflict-decision';

/** How to settle the pending conflicts that name one memory: for that memory, or for the other side. */
export interface ResolveNamingOptions {
  keep: 'named' | 'other';
  resolutionType: ResolutionType;
  notes: string;
}

/** A resolution for each of the user's pending conflicts that names `memoryId`, ready for `resolveConflictOnce`. */
export async function pendingResolutionsNaming(
  context: ConflictDecisionContext,
  userId: string,
  memoryId: string,
  options: ResolveNamingOptions,
): Promise<ParsedConflictResolution[]> {
  const resolutions: ParsedConflictResolution[] = [];
  for (const conflict of await context.conflictStore.getPendingConflicts(userId)) {
    if (conflict.memoryAId !== memoryId && conflict.memoryBId !== memoryId) continue;
    const keepsA = (conflict.memoryAId === memoryId) === (options.keep === 'named');
    resolutions.push(
      parseConflictResolution({
        conflictId: conflict.id,
        decision: keepsA ? 'keep_a' : 'keep_b',
        resolutionType: options.resolutionType,
        resolvedBy: userId,
        notes: options.notes,
      }),
    );
  }
  return resolutions;
}
