import type { MemoryConflict, MemoryFact, ResolutionDecision, StoredMemory, VectorInput, VectorMemoryStore } from '@casual-memory/core';
import { type ActionFailure, attempt } from '../execution/action-failure';
import { REJECTED_TAG, userTags } from '../execution/reserved-tags';
import type { ConflictResolutionResult } from './resolve-conflict-types';

export interface ConflictDecisionContext {
  vectorStore: VectorMemoryStore;
  now: Date;
  /** The merged memory's vector (merge only), embedded before the conflict was claimed. */
  mergedVector?: VectorInput;
  mergedText?: string;
}

/**
 * Applies a resolved conflict to the vector store. A is the earlier memory, B the new one (held:
 * archived and tagged pending). keep_a: B stays archived, tagged rejected, superseded by A. keep_b:
 * A is archived, superseded by B, and B becomes current. both_valid: B becomes current. merge: a new
 * memory with the merged text supersedes both. When B becomes current (or is merged), what it was
 * classified to supersede is archived too. Each step that fails is reported, and the rest goes on.
 */
export async function applyConflictDecision(
  context: ConflictDecisionContext,
  conflict: MemoryConflict,
  decision: ResolutionDecision,
): Promise<ConflictResolutionResult> {
  const { vectorStore, now } = context;
  const { userId, memoryAId: a, memoryBId: b } = conflict;
  const failures: ActionFailure[] = [];
  const result: ConflictResolutionResult = { applied: true, conflictId: conflict.id, decision, currentIds: [], archivedIds: [], failures };
  const pendingSupersedes = stringList(conflict.metadata.pendingSupersedes);
  const held = await vectorStore.getById(userId, b);
  if (held === null) failures.push({ memoryId: b, operation: 'update', reason: 'not_found', message: `memory "${b}" no longer exists` });

  const archive = async (id: string, by: string) => {
    if (await attempt(failures, id, 'archive', () => vectorStore.archiveMemory(userId, id, by))) result.archivedIds.push(id);
  };
  const release = async (stored: StoredMemory) => {
    const patch = { archived: false, archivedAt: null, supersededBy: null, tags: userTags(stored.memory.tags) };
    if (await attempt(failures, b, 'update', () => vectorStore.updateMemory(userId, b, patch))) result.currentIds.push(b);
  };
  const retire = async (by: string, tags: string[]) => {
    const patch = { archived: true, archivedAt: now, supersededBy: by, tags };
    if (await attempt(failures, b, 'update', () => vectorStore.updateMemory(userId, b, patch))) result.archivedIds.push(b);
  };

  if (decision === 'keep_a') {
    if (held !== null) await retire(a, [...userTags(held.memory.tags), REJECTED_TAG]);
    result.currentIds.push(a);
  } else if (decision === 'keep_b' || decision === 'both_valid') {
    if (decision === 'keep_b') await archive(a, b);
    else result.currentIds.push(a);
    if (held !== null) {
      await release(held);
      for (const id of pendingSupersedes) await archive(id, b);
    }
  } else {
    const earlier = await vectorStore.getById(userId, a);
    const merged = mergedMemory(context.mergedText ?? '', earlier?.memory ?? null, held?.memory ?? null, userId, now);
    const mergedId = await vectorStore.add(context.mergedVector ?? [], merged);
    result.mergedMemoryId = mergedId;
    result.currentIds.push(mergedId);
    if (earlier !== null) await archive(a, mergedId);
    else failures.push({ memoryId: a, operation: 'archive', reason: 'not_found', message: `memory "${a}" no longer exists` });
    if (held !== null) await retire(mergedId, userTags(held.memory.tags));
    for (const id of pendingSupersedes) await archive(id, mergedId);
  }
  return result;
}

/** The merged memory: the new text, the later memory's type and source, the union of tags, the stronger numbers. */
function mergedMemory(text: string, earlier: MemoryFact | null, later: MemoryFact | null, userId: string, now: Date) {
  const sides = [earlier, later].filter((side): side is MemoryFact => side !== null);
  const firstSeen = sides.map((side) => side.firstSeen?.getTime() ?? now.getTime());
  const base = later ?? earlier;
  return {
    text,
    type: base?.type ?? 'fact',
    userId,
    tags: [...new Set(sides.flatMap((side) => userTags(side.tags)))],
    importance: strongest(
      sides.map((side) => side.importance),
      0.5,
    ),
    confidence: strongest(
      sides.map((side) => side.confidence),
      0.5,
    ),
    mentionCount: strongest(
      sides.map((side) => side.mentionCount),
      1,
    ),
    firstSeen: new Date(Math.min(now.getTime(), ...firstSeen)),
    lastSeen: now,
    ...(base?.source === undefined ? {} : { source: base.source }),
    ...(later?.validUntil === undefined ? {} : { validUntil: later.validUntil }),
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function strongest(values: number[], fallback: number): number {
  return values.length === 0 ? fallback : Math.max(...values);
}
