import type { VectorInput } from '@casual-memory/core';
import { type ParsedConflictResolution, parseConflictResolution, thrownMessage } from '@casual-memory/core/backend';
import type { SimilarityResult } from '../classification/similarity-result';
import type { ActionFailure } from '../execution/action-failure';
import type { ConflictDecisionContext } from './apply-conflict-decision';
import { typedError } from './call-deadline';
import { pendingResolutionsNaming } from './pending-resolutions-naming';
import { resolveConflictOnce } from './resolve-conflict';

/** What an add settled among the user's pending conflicts. */
export interface RestatedSettlement {
  resolvedConflictIds: string[];
  /** The memories those resolutions archived. */
  archivedIds: string[];
  /** Of those, the ones a merge into the add's own memory archived: superseded by it. */
  mergedIds: string[];
  failures: ActionFailure[];
}

/** An add that settled nothing. */
export const nothingSettled = (): RestatedSettlement => ({ resolvedConflictIds: [], archivedIds: [], mergedIds: [], failures: [] });

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
  const resolutions = await pendingResolutionsNaming(context, userId, memoryId, {
    keep: 'named',
    resolutionType: 'conversational',
    notes: `settled when the user said again: ${text}`,
  });
  return resolveReporting(context, userId, resolutions);
}

/** The memories an add superseded (`supersededIds`), each with what its verdict says the replacement was about. */
export function replacedCategories(
  results: readonly SimilarityResult[],
  supersededIds: readonly string[],
): Map<string, string | undefined> {
  const categories = new Map<string, string | undefined>(supersededIds.map((id) => [id, undefined]));
  for (const result of results) {
    const category = result.metadata.category;
    if (result.outcome === 'superseded' && categories.has(result.similar.id) && typeof category === 'string')
      categories.set(result.similar.id, category);
  }
  return categories;
}

/** How the statement that replaced one side of a conflict reads against its other side. */
export type HeldSideVerdict = 'replaced' | 'apart' | 'unsure';

/**
 * "I moved to Berlin" supersedes "I live in London" while "I live in London" / "I live in Paris" is
 * pending. Each pending conflict naming a memory the add superseded (`superseded`: its id, and what the
 * replacement was about, the verdict's category) is answered by how the new statement reads against the
 * conflict's other side (`judgeOtherSide`), or, when the replacement was about what the conflict is, as replacing it:
 * - `replaced` (Berlin replaces Paris too): a merge into the new memory (`replacement`, whose vector
 *   is given, so nothing is embedded again and no copy is stored); the other side is archived,
 *   superseded by it, and nobody is asked about two values that are both out of date;
 * - `apart` (the two were never about the same thing): the other side no longer contradicts anything
 *   current, so it is kept (`keep_a` / `keep_b`) and current again;
 * - `unsure`: the conflict stays pending, for the user to answer.
 * Conversational, by the user. Runs holding the user's lock; a conflict that cannot be resolved now
 * stays pending and is reported in `failures`.
 */
export async function settleReplacedConflicts(
  context: ConflictDecisionContext,
  userId: string,
  superseded: ReadonlyMap<string, string | undefined>,
  replacement: { text: string; vector: VectorInput },
  judgeOtherSide: (memoryId: string) => Promise<HeldSideVerdict>,
): Promise<RestatedSettlement> {
  const resolutions: ParsedConflictResolution[] = [];
  for (const conflict of await context.conflictStore.getPendingConflicts(userId)) {
    const replacedA = superseded.has(conflict.memoryAId);
    if (!replacedA && !superseded.has(conflict.memoryBId)) continue;
    const judged = await judgeOtherSide(replacedA ? conflict.memoryBId : conflict.memoryAId);
    // "my gf marina lives in hamburg" / "my girlfriend lives in munich" pending, then "marina moved to berlin": the
    // move replaced one side's place, and the conflict says the other side tells the same place, whatever the
    // held side alone reads as about. So it is replaced too, not made current.
    const sameSlot = sharesSlot(conflict.category, superseded.get(replacedA ? conflict.memoryAId : conflict.memoryBId));
    const verdict = judged === 'apart' && sameSlot ? 'replaced' : judged;
    if (verdict === 'unsure') continue;
    const decision =
      verdict === 'replaced'
        ? ({ decision: 'merge', confirmingMemoryText: replacement.text } as const)
        : ({ decision: replacedA ? 'keep_b' : 'keep_a' } as const);
    const notes =
      verdict === 'replaced'
        ? `answered by a later statement that replaces both sides: ${replacement.text}`
        : `one side was replaced by a later statement that leaves the other standing: ${replacement.text}`;
    resolutions.push(
      parseConflictResolution({ conflictId: conflict.id, ...decision, resolutionType: 'conversational', resolvedBy: userId, notes }),
    );
  }
  return resolveReporting(context, userId, resolutions, { mergedVector: replacement.vector });
}

// Categories that name no one slot: "factual" is what no rule placed, "temporal" only says something changed.
const NO_SLOT: ReadonlySet<string> = new Set(['factual', 'temporal']);

/** Whether a conflict of `conflictCategory` and the replacement of one of its sides (`replacedCategory`) are about one slot. */
function sharesSlot(conflictCategory: string, replacedCategory: string | undefined): boolean {
  return replacedCategory !== undefined && replacedCategory === conflictCategory && !NO_SLOT.has(conflictCategory);
}

/** Runs each resolution; a store error leaves that conflict pending and becomes a `resolve` failure. */
async function resolveReporting(
  context: ConflictDecisionContext,
  userId: string,
  resolutions: ParsedConflictResolution[],
  options: { mergedVector?: VectorInput } = {},
): Promise<RestatedSettlement> {
  const settled = nothingSettled();
  for (const resolution of resolutions) {
    try {
      const result = await resolveConflictOnce(context, resolution.conflictId, userId, resolution, options);
      if (result.applied) settled.resolvedConflictIds.push(resolution.conflictId);
      settled.archivedIds.push(...result.archivedIds);
      if (result.decision === 'merge') settled.mergedIds.push(...result.archivedIds);
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
