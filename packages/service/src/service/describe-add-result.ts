import type { MemoryConflict, StoredMemory } from '@casual-memory/core';
import type { AddDecision, AddResult } from './add-result';

/** How `describeAddResult` reads the memories and conflicts an add names, e.g. `(id) => service.vectorStore.getById(userId, id)`. */
export interface AddResultLookup {
  memory(id: string): Promise<StoredMemory | null>;
  conflict(id: string): Promise<MemoryConflict | null>;
}

export interface DescribeAddResultOptions {
  /** A line put after each conflict's question, saying how to settle it (e.g. the tool to call with the conflict id). */
  nextStep?: (conflictId: string) => string;
}

/** A memory an add names, with its text ('' when it is gone). */
export interface DescribedMemory {
  id: string;
  text: string;
}

/** An add's decision with the texts of the memories it concerns, and the same in lines a person can read. */
export interface AddResultDescription {
  action: AddResult['action'];
  /** The stored new memory; for `duplicate`, the existing one. */
  memoryId: string;
  /** The text that was added. */
  text: string;
  /** Earlier memories archived because the new one replaces them (`added`), or because a settling repeat does (`duplicate`), with the reason. */
  supersedes: Array<DescribedMemory & { reason: string }>;
  /**
   * The closest earlier memory an `added` statement was compared with and left current beside it, with
   * its similarity and why both stay (`added` with nothing superseded only; null when nothing close was
   * compared). It is where a missed update or repeat shows: `forget` or `restore` put it right.
   */
  keptBeside: (DescribedMemory & { score: number; reason: string }) | null;
  /** The existing memory and its mention count (`duplicate`). */
  duplicateOf: (DescribedMemory & { mentionCount: number; reason: string }) | null;
  /** Each contradiction recorded (`conflict`): the earlier memory A, the new memory B, and the question to ask. */
  conflicts: Array<{
    id: string;
    question: string;
    category: string;
    memoryA: DescribedMemory;
    memoryB: DescribedMemory;
    reason: string;
  }>;
  /**
   * Pending conflicts the add settled, with the memory kept and the one archived: by saying one side
   * again (`duplicate`), or by replacing one side (`added`: the new memory is kept, the other side archived too).
   */
  settled: Array<{ id: string; kept: DescribedMemory; archived: DescribedMemory }>;
  /** What the add could not do to other memories (see `AddResult.failures`). */
  warnings: string[];
  /**
   * The decision in lines: `added #id "text"` (then `  supersedes #id "text": reason`, or `  kept beside
   * #id "text" (similarity 0.53): reason` when nothing was superseded, and `  settles
   * conflict #id: keeps #id "text", archives #id "text"`), `duplicate of
   * #id "text" (mentioned n times)` (then `  replaces #id "text": ...` and `  settles conflict #id: keeps
   * #id "text", archives #id "text"`), or `conflict #id: "text" contradicts #id "text"` with the question to ask; each warning last.
   */
  lines: string[];
}

const quote = (text: string) => JSON.stringify(text);

/** Describes what `MemoryService.add` decided, reading the texts of the memories it names through `lookup`. */
export async function describeAddResult(
  result: AddResult,
  text: string,
  lookup: AddResultLookup,
  options: DescribeAddResultOptions = {},
): Promise<AddResultDescription> {
  const textOf = async (id: string) => (await lookup.memory(id))?.memory.text ?? '';
  const reasonFor = (id: string) => result.decisions.find((decision) => decision.memoryId === id)?.reason ?? '';
  const described: AddResultDescription = {
    action: result.action,
    memoryId: result.memoryId,
    text,
    supersedes: [],
    keptBeside: null,
    duplicateOf: null,
    conflicts: [],
    settled: [],
    warnings: result.failures.map((failure) => failure.message),
    lines: [],
  };
  const { lines } = described;
  const settle = async (conflictId: string, keptId: string, archivedId: string) => {
    const entry = {
      id: conflictId,
      kept: { id: keptId, text: await textOf(keptId) },
      archived: { id: archivedId, text: await textOf(archivedId) },
    };
    described.settled.push(entry);
    lines.push(
      `  settles conflict #${conflictId}: keeps #${keptId} ${quote(entry.kept.text)}, archives #${archivedId} ${quote(entry.archived.text)}`,
    );
  };

  if (result.action === 'added') {
    lines.push(`added #${result.memoryId} ${quote(text)}`);
    const settled = await settledConflicts(result, lookup);
    const judged = (id: string) => result.decisions.some((decision) => decision.memoryId === id);
    for (const id of result.supersededIds) {
      // Not judged itself: the held side of a conflict about the memory this one replaces.
      const heldBy = judged(id) ? undefined : settled.find((conflict) => conflict.memoryBId === id);
      const reason = heldBy === undefined ? reasonFor(id) : 'the other side of a conflict this answers (below)';
      const superseded = { id, text: await textOf(id), reason };
      described.supersedes.push(superseded);
      lines.push(`  supersedes #${id} ${quote(superseded.text)}: ${superseded.reason}`);
    }
    if (result.supersededIds.length === 0 && result.resolvedConflictIds.length === 0) {
      const closest = closestKept(result);
      if (closest !== undefined) {
        const text = await textOf(closest.memoryId);
        if (text !== '') {
          described.keptBeside = { id: closest.memoryId, text, score: closest.score, reason: closest.reason };
          lines.push(`  kept beside #${closest.memoryId} ${quote(text)} (similarity ${closest.score.toFixed(2)}): ${closest.reason}`);
        }
      }
    }
    for (const conflict of settled) {
      // The side this add did not judge: the one held (or kept) beside the memory it replaced.
      const otherSide = judged(conflict.memoryAId) ? conflict.memoryBId : conflict.memoryAId;
      // A merge: answered by neither side, the new memory is kept and the other side archived too.
      if (conflict.resolutionDecision === 'merge') await settle(conflict.id, result.memoryId, otherSide);
      // Otherwise the other side stands: kept, and the side this add replaced is the one archived.
      else await settle(conflict.id, otherSide, otherSide === conflict.memoryAId ? conflict.memoryBId : conflict.memoryAId);
    }
  } else if (result.action === 'duplicate') {
    const existing = await lookup.memory(result.memoryId);
    const duplicate = {
      id: result.memoryId,
      text: existing?.memory.text ?? text,
      mentionCount: existing?.memory.mentionCount ?? 1,
      reason: reasonFor(result.memoryId),
    };
    described.duplicateOf = duplicate;
    lines.push(`duplicate of #${duplicate.id} ${quote(duplicate.text)} (mentioned ${duplicate.mentionCount} times)`);
    if (duplicate.reason !== '') lines.push(`  ${duplicate.reason}`);
    for (const id of result.supersededIds) {
      const replaced = { id, text: await textOf(id), reason: 'said again with a word that settles it' };
      described.supersedes.push(replaced);
      lines.push(`  replaces #${id} ${quote(replaced.text)}: ${replaced.reason}`);
    }
    for (const conflict of await settledConflicts(result, lookup)) {
      // Settled by saying one side again: keep_a or keep_b, so it has a winner.
      const keptId = conflict.winningMemoryId ?? conflict.memoryBId;
      await settle(conflict.id, keptId, keptId === conflict.memoryAId ? conflict.memoryBId : conflict.memoryAId);
    }
  } else {
    for (const conflictId of result.conflictIds) {
      const conflict = await lookup.conflict(conflictId);
      if (conflict === null) continue;
      const entry = {
        id: conflict.id,
        question: conflict.clarificationHint,
        category: conflict.category,
        memoryA: { id: conflict.memoryAId, text: await textOf(conflict.memoryAId) },
        memoryB: { id: conflict.memoryBId, text },
        reason: reasonFor(conflict.memoryAId),
      };
      described.conflicts.push(entry);
      lines.push(`conflict #${entry.id}: ${quote(text)} contradicts #${entry.memoryA.id} ${quote(entry.memoryA.text)}`);
      if (entry.reason !== '') lines.push(`  ${entry.reason}`);
      lines.push(`  ask the user: ${entry.question}`);
      if (options.nextStep !== undefined) lines.push(`  then: ${options.nextStep(entry.id)}`);
    }
    lines.push(`  the new statement, #${result.memoryId}, is kept out of recall until then`);
  }
  for (const warning of described.warnings) lines.push(`  warning: ${warning}`);
  return described;
}

/** The most similar earlier memory the add compared and left as it was (neither archived nor in a conflict). */
function closestKept(result: AddResult): AddDecision | undefined {
  let closest: AddDecision | undefined;
  for (const decision of result.decisions) {
    if (decision.outcome !== 'neutral' || result.supersededIds.includes(decision.memoryId)) continue;
    if (closest === undefined || decision.score > closest.score) closest = decision;
  }
  return closest;
}

/** The conflicts the add settled, as stored now (one deleted meanwhile is left out). */
async function settledConflicts(result: AddResult, lookup: AddResultLookup): Promise<MemoryConflict[]> {
  const conflicts = await Promise.all(result.resolvedConflictIds.map((id) => lookup.conflict(id)));
  return conflicts.filter((conflict): conflict is MemoryConflict => conflict !== null);
}
