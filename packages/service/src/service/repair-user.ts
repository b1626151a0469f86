import type { ActionFailure } from '../execution/action-failure';
import { attempt } from '../execution/action-failure';
import { PENDING_CONFLICT_TAG } from '../execution/reserved-tags';
import type { ConflictDecisionContext } from './apply-conflict-decision';
import { finishClaimed, resolveConflictOnce } from './resolve-conflict';
import type { RepairResult } from './resolve-conflict-types';

/**
 * Finishes what failures left unfinished for one user: resolutions claimed but not fully applied
 * (each with its stored decision); pending conflicts whose held memory is gone (an add recorded the
 * conflict, failed, and removed its memory: settled as keep_a by `system`); and held memories no
 * conflict points at (an add found a contradiction, could not record the conflict and could not
 * remove the memory either: the add rejected, so the memory is removed now, as the add meant to).
 * Runs holding the user's lock, so no add of this user is between storing its held memory and
 * recording its conflict.
 */
export async function repairUser(context: ConflictDecisionContext, userId: string): Promise<RepairResult> {
  const resolutions = [];
  for (const conflict of await context.conflictStore.getUnappliedResolutions(userId)) {
    resolutions.push(await finishClaimed(context, conflict));
  }
  // A conflict recorded by an add that then failed and removed its memory: nothing left to ask about.
  for (const conflict of await context.conflictStore.getPendingConflicts(userId)) {
    if ((await context.vectorStore.getById(userId, conflict.memoryBId)) !== null) continue;
    const resolution = {
      conflictId: conflict.id,
      decision: 'keep_a' as const,
      resolutionType: 'automated' as const,
      resolvedBy: 'system',
      notes: 'the contradicting memory no longer exists',
    };
    const result = await resolveConflictOnce(context, conflict.id, userId, resolution);
    if (result.applied) resolutions.push(result);
  }
  // Held memories are found by their tag; a conflict still open or still being applied keeps its own.
  const probe = new Float32Array(context.vectorStore.dimensions);
  probe[0] = 1;
  const held = await context.vectorStore.search(userId, probe, {
    topK: Number.MAX_SAFE_INTEGER,
    minScore: -1,
    filter: { tags: [PENDING_CONFLICT_TAG], includeArchived: true, includeExpired: true },
  });
  const open = [
    ...(await context.conflictStore.getPendingConflicts(userId)),
    ...(await context.conflictStore.getUnappliedResolutions(userId)),
  ];
  const referenced = new Set(open.map((conflict) => conflict.memoryBId));
  const failures: ActionFailure[] = [];
  const removedHeldIds: string[] = [];
  for (const { id } of held) {
    if (referenced.has(id)) continue;
    if (await attempt(failures, id, 'delete', () => context.vectorStore.deleteMemory(userId, id))) removedHeldIds.push(id);
  }
  return { resolutions, removedHeldIds, settledConflictIds: [], failures };
}
