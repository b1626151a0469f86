import { thrownMessage } from '@casual-memory/core/backend';
import type { ActionFailure } from '../execution/action-failure';
import type { ConflictDecisionContext } from './apply-conflict-decision';
import { typedError } from './call-deadline';
import { pendingResolutionsNaming } from './pending-resolutions-naming';
import { resolveConflictOnce } from './resolve-conflict';

/** What restating one side of pending conflicts settled. */
export interface RestatedSettlement {
  resolvedConflictIds: string[];
  /** The other sides, archived by those resolutions. */
  archivedIds: string[];
  failures: ActionFailure[];
}

/**
 * "To be clear, I live in Paris" while "I live in London" / "I live in Paris" is pending: the user has
 * answered. Every pending conflict that names `memoryId` (the memory the statement repeated) is
 * resolved for it, as a conversational resolution by the user; the other side is archived. Runs
 * holding the user's lock. A conflict that cannot be resolved now (a store error) stays pending and
 * is reported in `failures`; the mention already counted stands.
 */
export async function settleRestatedConflicts(
  context: ConflictDecisionContext,
  userId: string,
  memoryId: string,
  text: string,
): Promise<RestatedSettlement> {
  const settled: RestatedSettlement = { resolvedConflictIds: [], archivedIds: [], failures: [] };
  const resolutions = await pendingResolutionsNaming(context, userId, memoryId, {
    keep: 'named',
    resolutionType: 'conversational',
    notes: `settled when the user said again: ${text}`,
  });
  for (const resolution of resolutions) {
    try {
      const result = await resolveConflictOnce(context, resolution.conflictId, userId, resolution);
      if (result.applied) settled.resolvedConflictIds.push(resolution.conflictId);
      settled.archivedIds.push(...result.archivedIds);
      settled.failures.push(...result.failures);
    } catch (thrown) {
      const error = typedError('store', 'ConflictStore (resolve)', thrown);
      settled.failures.push({
        memoryId: resolution.conflictId,
        operation: 'resolve',
        reason: 'error',
        message: thrownMessage(thrown),
        error,
      });
    }
  }
  return settled;
}
