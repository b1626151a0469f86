import { type AddResult, describeAddResult as describeAdd, type MemoryService } from '@casual-memory/service';
import type { MemoryRef } from './memory-ref';

/** What `remember` answers: the decision, the memories it touched, and why, in words the model can pass on. */
export interface RememberOutput {
  ok: true;
  action: AddResult['action'];
  /** The stored memory; for `duplicate`, the existing one. */
  memoryId: string;
  /** One sentence saying what happened. */
  summary: string;
  /** The reason of each decision, closest earlier memory first. */
  reasons: string[];
  /** Earlier memories archived because the new one replaces them (`added`), or because a settling repeat does (`duplicate`). */
  supersedes: MemoryRef[];
  /** The existing memory and its mention count (`duplicate`). */
  duplicateOf?: MemoryRef & { mentionCount: number };
  /** Each contradiction recorded, with the question to ask the user (`conflict`). */
  conflicts: Array<{ conflictId: string; contradicts: MemoryRef; question: string }>;
  /**
   * Pending contradictions this statement answered, with the memory kept and the one archived: by saying
   * one side again ("to be clear, ..."), or by replacing one side (an update: the new memory is kept).
   */
  settled?: Array<{ conflictId: string; kept: MemoryRef; archived: MemoryRef }>;
}

/** Turns an `AddResult` into the tool's answer, with the texts of the memories it names (the service's `describeAddResult`). */
export async function describeAddResult(service: MemoryService, userId: string, text: string, result: AddResult): Promise<RememberOutput> {
  const described = await describeAdd(result, text, {
    memory: (id) => service.vectorStore.getById(userId, id),
    conflict: (id) => service.conflictStore.getConflict(userId, id),
  });
  const supersedes = described.supersedes.map(({ id, text }) => ({ id, text }));
  const output: RememberOutput = {
    ok: true,
    action: result.action,
    memoryId: result.memoryId,
    summary: '',
    reasons: result.decisions.map((decision) => decision.reason),
    supersedes,
    conflicts: described.conflicts.map(({ id, memoryA, question }) => ({ conflictId: id, contradicts: memoryA, question })),
  };
  if (described.settled.length > 0)
    output.settled = described.settled.map(({ id: conflictId, kept, archived }) => ({ conflictId, kept, archived }));
  if (described.duplicateOf !== null) {
    const { id, text: known, mentionCount } = described.duplicateOf;
    output.duplicateOf = { id, text: known, mentionCount };
    output.summary = `Already known as "${known}" (mentioned ${mentionCount} times).`;
    // Said again with "to be clear" and the like: the values it settled are no longer current.
    const dropped = [...described.settled.map((entry) => entry.archived), ...supersedes];
    if (dropped.length > 0) output.summary += ` That settles it: ${dropped.map((ref) => `"${ref.text}"`).join(', ')} no longer holds.`;
  } else if (result.action === 'added') {
    output.summary =
      supersedes.length === 0
        ? `Remembered "${text}".`
        : `Remembered "${text}"; it replaces ${supersedes.map((ref) => `"${ref.text}"`).join(', ')}.`;
  } else {
    const first = output.conflicts[0];
    output.summary =
      first === undefined
        ? `"${text}" contradicts what is remembered; it is kept aside until the user settles it.`
        : `"${text}" contradicts "${first.contradicts.text}". Ask the user: ${first.question} Then call resolve with conflict ${first.conflictId}.`;
  }
  return output;
}
