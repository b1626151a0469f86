import type { AddResult, MemoryService } from '@casual-memory/service';

/** What `remember` returns: the decision, the memories it concerns with their texts, and why. */
export interface RememberOutput {
  [key: string]: unknown;
  action: AddResult['action'];
  memoryId: string;
  text: string;
  summary: string;
  supersedes: { id: string; text: string; reason: string }[];
  duplicateOf: { id: string; text: string; mentionCount: number; reason: string } | null;
  conflicts: {
    id: string;
    question: string;
    category: string;
    memoryA: { id: string; text: string };
    memoryB: { id: string; text: string };
    reason: string;
  }[];
  decisions: AddResult['decisions'];
  warnings: string[];
}

const quote = (text: string) => JSON.stringify(text);

/**
 * The add result as the CLI prints it (added / duplicate of / supersedes / conflict with the question
 * to ask), with full ids a model can pass back to `resolve_conflict` or `forget`.
 */
export async function describeAddResult(
  service: MemoryService,
  userId: string,
  text: string,
  result: AddResult,
): Promise<{ output: RememberOutput; lines: string[] }> {
  const textOf = async (id: string) => (await service.vectorStore.getById(userId, id))?.memory.text ?? '';
  const reasonFor = (id: string) => result.decisions.find((decision) => decision.memoryId === id)?.reason ?? '';
  const lines: string[] = [];
  const output: RememberOutput = {
    action: result.action,
    memoryId: result.memoryId,
    text,
    summary: '',
    supersedes: [],
    duplicateOf: null,
    conflicts: [],
    decisions: result.decisions,
    warnings: result.failures.map((failure) => failure.message),
  };

  if (result.action === 'added') {
    lines.push(`added #${result.memoryId} ${quote(text)}`);
    for (const id of result.supersededIds) {
      const superseded = { id, text: await textOf(id), reason: reasonFor(id) };
      output.supersedes.push(superseded);
      lines.push(`  supersedes #${id} ${quote(superseded.text)}: ${superseded.reason}`);
    }
  } else if (result.action === 'duplicate') {
    const existing = await service.vectorStore.getById(userId, result.memoryId);
    const duplicate = {
      id: result.memoryId,
      text: existing?.memory.text ?? text,
      mentionCount: existing?.memory.mentionCount ?? 1,
      reason: reasonFor(result.memoryId),
    };
    output.duplicateOf = duplicate;
    lines.push(`duplicate of #${duplicate.id} ${quote(duplicate.text)} (mentioned ${duplicate.mentionCount} times)`);
    if (duplicate.reason !== '') lines.push(`  ${duplicate.reason}`);
  } else {
    for (const conflictId of result.conflictIds) {
      const conflict = await service.conflictStore.getConflict(userId, conflictId);
      if (conflict === null) continue;
      const described = {
        id: conflict.id,
        question: conflict.clarificationHint,
        category: conflict.category,
        memoryA: { id: conflict.memoryAId, text: await textOf(conflict.memoryAId) },
        memoryB: { id: conflict.memoryBId, text },
        reason: reasonFor(conflict.memoryAId),
      };
      output.conflicts.push(described);
      lines.push(`conflict #${described.id}: ${quote(text)} contradicts #${described.memoryA.id} ${quote(described.memoryA.text)}`);
      if (described.reason !== '') lines.push(`  ${described.reason}`);
      lines.push(`  ask the user: ${described.question}`);
      lines.push(
        `  then: resolve_conflict { conflictId: ${quote(described.id)}, decision: keep_a (the earlier) | keep_b (the newer) | merge (with mergedText) | both_valid }`,
      );
    }
    lines.push(`  #${result.memoryId} is kept out of recall until then`);
  }
  for (const warning of output.warnings) lines.push(`  warning: ${warning}`);
  output.summary = lines[0] ?? '';
  return { output, lines };
}
