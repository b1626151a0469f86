import { parseConflictResolution, thrownMessage } from '@casual-memory/core/backend';
import type { ActionFailure } from '../execution/action-failure';
import type { ConflictDecisionContext } from './apply-conflict-decision';
import { typedError } from './call-deadline';
import { resolveConflictOnce } from './resolve-conflict';

/** What restating one side of pending conflicts settled. */
export interface RestatedSettlement {
  resolvedConflictIds: string[];
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
  const settled: RestatedSettlement = { resolvedConflictIds: [], failures: [] };
  const pending = await context.conflictStore.getPendingConflicts(userId);
  for (const conflict of pending) {
    if (conflict.memoryAId !== memoryId && conflict.memoryBId !== memoryId) continue;
    const resolution = parseConflictResolution({
      conflictId: conflict.id,
      decision: conflict.memoryAId === memoryId ? 'keep_a' : 'keep_b',
      resolutionType: 'conversational',
      resolvedBy: userId,
      notes: `settled when the user said again: ${text}`,
    });
    try {
      const result = await resolveConflictOnce(context, conflict.id, userId, resolution);
      if (result.applied) settled.resolvedConflictIds.push(conflict.id);
      settled.failures.push(...result.failures);
    } catch (thrown) {
      const error = typedError('store', 'ConflictStore (resolve)', thrown);
      settled.failures.push({ memoryId: conflict.id, operation: 'resolve', reason: 'error', message: thrownMessage(thrown), error });
    }
  }
  return settled;
}
