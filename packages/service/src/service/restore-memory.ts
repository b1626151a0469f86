import type { StoredMemory, VectorMemoryStore } from '@casual-memory/core';
import { PENDING_CONFLICT_TAG, REJECTED_TAG, userTags } from '../execution/reserved-tags';

/** What `MemoryService.restore` did, and why not when it did nothing. */
export interface RestoreResult {
  /** `true` when an archived memory is current again. */
  restored: boolean;
  /**
   * Why nothing changed: no memory of that id (`not-found`), one current already (`current`), or one held for a
   * pending conflict (`held`: the conflict's `resolve` decides it).
   */
  reason?: 'not-found' | 'current' | 'held';
  /** The memory as it is now (the service's own marker tags removed); `null` when not found. */
  memory: StoredMemory | null;
  /** The memory that had superseded it, if any: it stays current beside the restored one. */
  supersededBy: string | null;
}

/**
 * Makes an archived memory current again: one an update archived wrongly ("I work at Grab" archived by "Huiling got a
 * job at Commonwealth Bank"), or one a resolution turned down. What superseded it stays as it is. Runs holding the
 * user's lock.
 */
export async function restoreMemory(vectorStore: VectorMemoryStore, userId: string, memoryId: string): Promise<RestoreResult> {
  const existing = await vectorStore.getById(userId, memoryId);
  if (existing === null) return { restored: false, reason: 'not-found', memory: null, supersededBy: null };
  const shown = (memory: StoredMemory): StoredMemory => ({
    id: memory.id,
    memory: { ...memory.memory, tags: userTags(memory.memory.tags) },
  });
  const supersededBy = existing.memory.supersededBy ?? null;
  if (existing.memory.tags.includes(PENDING_CONFLICT_TAG))
    return { restored: false, reason: 'held', memory: shown(existing), supersededBy };
  if (!existing.memory.archived) return { restored: false, reason: 'current', memory: shown(existing), supersededBy };
  const tags = existing.memory.tags.filter((tag) => tag !== REJECTED_TAG);
  const restored = await vectorStore.updateMemory(userId, memoryId, { archived: false, archivedAt: null, supersededBy: null, tags });
  const now = restored ? await vectorStore.getById(userId, memoryId) : null;
  return now === null
    ? { restored: false, reason: 'not-found', memory: null, supersededBy }
    : { restored: true, memory: shown(now), supersededBy };
}
