import { type MemoryConflict, NotFoundError, type VectorInput } from '@casual-memory/core';
import { applyConflictResolution, type ParsedConflictResolution } from '@casual-memory/core/backend';
import { applyConflictDecision, type ConflictDecisionContext } from './apply-conflict-decision';
import type { ConflictResolutionResult } from './resolve-conflict-types';

/**
 * Settles one conflict: claims it (the conflict store's atomic `resolveConflict`: of racing
 * resolvers in any process one wins), then applies the decision. A conflict claimed earlier but not
 * fully applied (a failed store, a crash, a claim that timed out and committed later, even one that
 * commits while this call waits to claim) is finished with its stored decision instead. Runs holding
 * the user's lock.
 */
export async function resolveConflictOnce(
  context: ConflictDecisionContext,
  conflictId: string,
  userId: string,
  resolution: ParsedConflictResolution,
  options: { mergedVector?: VectorInput } = {},
): Promise<ConflictResolutionResult> {
  const conflict = await context.conflictStore.getConflict(userId, conflictId);
  if (conflict === null) throw new NotFoundError({ resource: 'conflict', id: conflictId });
  if (conflict.status === 'resolved') {
    if (conflict.resolutionAppliedAt !== undefined) return notApplied(conflict, resolution);
    return finishClaimed(context, conflict);
  }
  // Embed the merged text before claiming (unless its vector is known), so a provider failure leaves the conflict pending.
  const text = resolution.confirmingMemoryText;
  const mergedVector = text === undefined ? undefined : (options.mergedVector ?? (await context.embedding.embedDocuments([text]))[0]);
  if (!(await context.conflictStore.resolveConflict(userId, conflictId, resolution))) {
    // Claimed by someone else meanwhile, or by our own earlier claim that timed out and committed
    // since: if it is still unapplied, finish it now rather than leave it waiting.
    const claimed = await context.conflictStore.getConflict(userId, conflictId);
    if (claimed?.status === 'resolved' && claimed.resolutionAppliedAt === undefined) return finishClaimed(context, claimed);
    return notApplied(conflict, resolution);
  }
  const claimed = applyConflictResolution(conflict, resolution, context.now);
  return applyConflictDecision(context, claimed, mergedVector === undefined ? {} : { mergedVector });
}

/** Finishes a resolution that was claimed but not fully applied, with the decision stored in it. */
export async function finishClaimed(context: ConflictDecisionContext, conflict: MemoryConflict): Promise<ConflictResolutionResult> {
  return { ...(await applyConflictDecision(context, conflict)), resumed: true };
}

function notApplied(conflict: MemoryConflict, resolution: ParsedConflictResolution): ConflictResolutionResult {
  return {
    applied: false,
    complete: true,
    resumed: false,
    conflictId: conflict.id,
    decision: resolution.decision,
    currentIds: [],
    archivedIds: [],
    failures: [],
  };
}
