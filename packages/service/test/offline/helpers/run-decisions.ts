import type { ChatProvider } from '@casual-memory/core';
import { InMemoryConflictStore } from '@casual-memory/memory-conflicts';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import type { AddResult } from '../../../src/service/add-result';
import { MemoryService } from '../../../src/service/memory-service';
import decisions from '../fixtures/write-decisions.json';

export type Outcome = 'same' | 'superseded' | 'conflict' | 'neutral';

export interface DecisionCase {
  id: string;
  category: string;
  split: 'dev' | 'holdout';
  earlier: string;
  later: string;
  expected: Outcome;
}

export const DECISION_CASES = decisions.cases as DecisionCase[];

export interface DecisionResult extends DecisionCase {
  actual: Outcome;
  /** Similarity of the closest earlier memory the service compared, if any. */
  score: number | undefined;
  reason: string;
  llmCalls: number;
}

/** The outcome of the later add, in the labels' words. */
export function outcomeOf(result: AddResult): Outcome {
  if (result.action === 'duplicate') return 'same';
  if (result.action === 'conflict') return 'conflict';
  return result.supersededIds.length > 0 ? 'superseded' : 'neutral';
}

/**
 * Runs cases through `MemoryService` on in-memory stores with its offline defaults (plus `chat` when
 * given): the earlier statement is added, then the later one, for a fresh user per case.
 */
export async function runDecisions(cases: readonly DecisionCase[] = DECISION_CASES, chat?: ChatProvider): Promise<DecisionResult[]> {
  const vectorStore = new InMemoryVectorStore({ dimensions: 384 });
  const conflictStore = new InMemoryConflictStore();
  const service = new MemoryService({ vectorStore, conflictStore, ...(chat === undefined ? {} : { chat }) });
  const results: DecisionResult[] = [];
  for (const [index, entry] of cases.entries()) {
    const userId = `user-${index}`;
    await service.add({ text: entry.earlier, type: 'fact', userId });
    const result = await service.add({ text: entry.later, type: 'fact', userId });
    const first = result.decisions[0];
    results.push({
      ...entry,
      actual: outcomeOf(result),
      score: first?.score,
      reason: first === undefined ? 'nothing similar stored' : `${first.classifier}: ${first.reason}`,
      llmCalls: result.calls.llm,
    });
  }
  await vectorStore.close();
  await conflictStore.close();
  return results;
}
