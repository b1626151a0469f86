import type { AddResult, MemoryService } from '@casual-memory/service';
import { type MemoryRef, memoryRefs } from './memory-ref';

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
  /** Earlier memories archived because the new one replaces them (`added`). */
  supersedes: MemoryRef[];
  /** The existing memory and its mention count (`duplicate`). */
  duplicateOf?: MemoryRef & { mentionCount: number };
  /** Each contradiction recorded, with the question to ask the user (`conflict`). */
  conflicts: Array<{ conflictId: string; contradicts: MemoryRef; question: string }>;
}

/** Turns an `AddResult` into the tool's answer, reading the texts of the memories it names. */
export async function describeAddResult(service: MemoryService, userId: string, text: string, result: AddResult): Promise<RememberOutput> {
  const { ref, refs } = memoryRefs(service, userId);
  const output: RememberOutput = {
    ok: true,
    action: result.action,
    memoryId: result.memoryId,
    summary: '',
    reasons: result.decisions.map((decision) => decision.reason),
    supersedes: await refs(result.supersededIds),
    conflicts: [],
  };
  if (result.action === 'added') {
    output.summary =
      output.supersedes.length === 0
        ? `Remembered "${text}".`
        : `Remembered "${text}"; it replaces ${output.supersedes.map((ref) => `"${ref.text}"`).join(', ')}.`;
  } else if (result.action === 'duplicate') {
    const existing = await service.vectorStore.getById(userId, result.memoryId);
    const mentionCount = existing?.memory.mentionCount ?? 1;
    output.duplicateOf = { id: result.memoryId, text: existing?.memory.text ?? text, mentionCount };
    output.summary = `Already known as "${output.duplicateOf.text}" (mentioned ${mentionCount} times).`;
  } else {
    for (const conflictId of result.conflictIds) {
      const conflict = await service.conflictStore.getConflict(userId, conflictId);
      if (conflict === null) continue;
      output.conflicts.push({
        conflictId,
        contradicts: await ref(conflict.memoryAId),
        question: conflict.clarificationHint,
      });
    }
    const first = output.conflicts[0];
    output.summary =
      first === undefined
        ? `"${text}" contradicts what is remembered; it is kept aside until the user settles it.`
        : `"${text}" contradicts "${first.contradicts.text}". Ask the user: ${first.question} Then call resolve with conflict ${first.conflictId}.`;
  }
  return output;
}
