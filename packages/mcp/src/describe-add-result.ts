import { type AddResult, describeAddResult as describeAdd, type MemoryService } from '@casual-memory/service';

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
  settled: { id: string; kept: { id: string; text: string }; archived: { id: string; text: string } }[];
  decisions: AddResult['decisions'];
  warnings: string[];
}

/**
 * The add result in the service's words (added / duplicate of / supersedes / conflict with the
 * question to ask), with full ids a model can pass back to `resolve_conflict` or `forget`.
 */
export async function describeAddResult(
  service: MemoryService,
  userId: string,
  text: string,
  result: AddResult,
): Promise<{ output: RememberOutput; lines: string[] }> {
  const described = await describeAdd(
    result,
    text,
    {
      memory: (id) => service.vectorStore.getById(userId, id),
      conflict: (id) => service.conflictStore.getConflict(userId, id),
    },
    {
      nextStep: (conflictId) =>
        `resolve_conflict { conflictId: ${JSON.stringify(conflictId)}, decision: keep_a (the earlier) | keep_b (the newer) | merge (with mergedText) | both_valid }`,
    },
  );
  const { action, memoryId, supersedes, duplicateOf, conflicts, settled, warnings, lines } = described;
  const output: RememberOutput = {
    action,
    memoryId,
    text,
    summary: lines[0] ?? '',
    supersedes,
    duplicateOf,
    conflicts,
    settled,
    decisions: result.decisions,
    warnings,
  };
  return { output, lines };
}
