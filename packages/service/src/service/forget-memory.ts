import type { StoredMemory } from '@casual-memory/core';
import { userTags } from '../execution/reserved-tags';
import type { ConflictDecisionContext } from './apply-conflict-decision';
import { pendingResolutionsNaming } from './pending-resolutions-naming';
import { resolveConflictOnce } from './resolve-conflict';
import type { ConflictResolutionResult } from './resolve-conflict-types';

/** What `MemoryService.forget` did. */
export interface ForgetResult {
  /** `false` when the user has no memory of that id: nothing changed. */
  forgotten: boolean;
  /** The memory as it was before it was deleted (the service's own marker tags removed). */
  memory: StoredMemory | null;
  /** Pending conflicts that named it, each resolved in favour of its other memory, which is current again. */
  closedConflicts: ConflictResolutionResult[];
}

/**
 * Deletes one memory of a user for good. A pending conflict that names it is first resolved for its
 * other memory (keep_a when the held new memory is forgotten, keep_b when the earlier one is), so the
 * remaining fact is current instead of held for a question nobody can answer. Runs holding the user's lock.
 */
export async function forgetMemory(context: ConflictDecisionContext, userId: string, memoryId: string): Promise<ForgetResult> {
  const existing = await context.vectorStore.getById(userId, memoryId);
  if (existing === null) return { forgotten: false, memory: null, closedConflicts: [] };
  const closedConflicts: ConflictResolutionResult[] = [];
  const resolutions = await pendingResolutionsNaming(context, userId, memoryId, {
    keep: 'other',
    resolutionType: 'manual',
    notes: `closed by forget: memory ${memoryId} was deleted`,
  });
  for (const resolution of resolutions) closedConflicts.push(await resolveConflictOnce(context, resolution.conflictId, userId, resolution));
  const forgotten = await context.vectorStore.deleteMemory(userId, memoryId);
  return { forgotten, memory: { id: existing.id, memory: { ...existing.memory, tags: userTags(existing.memory.tags) } }, closedConflicts };
}
