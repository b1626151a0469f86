import type { StoredMemory } from '@casual-memory/core';
import { thrownMessage } from '@casual-memory/core/backend';
import type { ConflictDecisionContext } from './apply-conflict-decision';
import { typedError } from './call-deadline';
import { type HeldSideVerdict, nothingSettled, type RestatedSettlement, settleReplacedConflicts } from './settle-restated-conflicts';

/** Judges a conflict's held side against the current memory that replaced its other side. */
export type JudgeAgainstCurrent = (current: StoredMemory, vector: Float32Array) => (heldId: string) => Promise<HeldSideVerdict>;

/**
 * Pending conflicts whose current side was superseded since they were recorded ("I live in London" /
 * "I live in Paris" pending, then "I moved to Berlin" from a version that left the conflict open, or while
 * the judge was unsure). Each is answered as that update would answer it now (`settleReplacedConflicts`)
 * when the memory that superseded the side is itself current. One replaced again since ("Berlin", then
 * "Rome") stays pending: a merge into the newest memory would find no trace of it and store a copy. So
 * does one the judge is unsure of. Embeds each such current memory once. With `sides`, only conflicts whose
 * current side is one of them are looked at.
 */
export async function settleStaleConflicts(
  context: ConflictDecisionContext,
  userId: string,
  judge: JudgeAgainstCurrent,
  sides?: ReadonlySet<string>,
): Promise<RestatedSettlement> {
  const settled = nothingSettled();
  for (const conflict of await context.conflictStore.getPendingConflicts(userId)) {
    if (settled.resolvedConflictIds.includes(conflict.id)) continue;
    // Only those whose current side is among `sides`, when given (the memories a resolution just archived).
    if (sides !== undefined && !sides.has(conflict.memoryAId)) continue;
    const side = await context.vectorStore.getById(userId, conflict.memoryAId);
    if (side === null || !side.memory.archived) continue;
    const by = side.memory.supersededBy;
    const current = by === undefined ? null : await context.vectorStore.getById(userId, by);
    if (current === null || current.memory.archived) continue;
    let vector: Float32Array;
    try {
      [vector] = (await context.embedding.embedDocuments([current.memory.text])) as [Float32Array];
    } catch (thrown) {
      const error = typedError('provider', 'EmbeddingProvider', thrown);
      settled.failures.push({ memoryId: conflict.id, operation: 'resolve', reason: 'error', message: thrownMessage(thrown), error });
      continue;
    }
    const answered = await settleReplacedConflicts(
      context,
      userId,
      // What the replacement was about is not kept: the held side is judged on its own.
      new Map([[side.id, undefined]]),
      { text: current.memory.text, vector },
      judge(current, vector),
    );
    settled.resolvedConflictIds.push(...answered.resolvedConflictIds);
    settled.archivedIds.push(...answered.archivedIds);
    settled.mergedIds.push(...answered.mergedIds);
    settled.failures.push(...answered.failures);
  }
  return settled;
}
