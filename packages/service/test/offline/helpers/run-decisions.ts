import { type ChatProvider, MemoryFactSchema } from '@casual-memory/core';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import { AutoResolutionClassifier } from '../../../src/classification/auto-resolution-classifier';
import { ConflictClassifier } from '../../../src/classification/conflict-classifier';
import { DuplicateClassifier } from '../../../src/classification/duplicate-classifier';
import { MemoryClassificationPipeline } from '../../../src/classification/memory-classification-pipeline';
import { NliClassifier } from '../../../src/classification/nli-classifier';
import { HashingEmbeddingProvider } from '../../../src/offline/hashing-embedding-provider';
import { HeuristicConflictVerifier } from '../../../src/offline/heuristic-conflict-verifier';
import { HeuristicDuplicateDetector } from '../../../src/offline/heuristic-duplicate-detector';
import { HeuristicNliProvider } from '../../../src/offline/heuristic-nli-provider';
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
  score: number | undefined;
  reason: string;
}

/** Runs every case through the offline pipeline: the earlier statement stored, the later one classified. */
export async function runDecisions(cases: readonly DecisionCase[] = DECISION_CASES, chat?: ChatProvider): Promise<DecisionResult[]> {
  void chat;
  const embedding = new HashingEmbeddingProvider();
  const store = new InMemoryVectorStore({ dimensions: embedding.dimensions });
  const pipeline = new MemoryClassificationPipeline([
    new NliClassifier(new HeuristicNliProvider()),
    new ConflictClassifier(new HeuristicConflictVerifier()),
    new DuplicateClassifier(new HeuristicDuplicateDetector()),
    new AutoResolutionClassifier(),
  ]);
  const results: DecisionResult[] = [];
  for (const [index, entry] of cases.entries()) {
    const userId = `user-${index}`;
    await store.add(embedding.embed(entry.earlier), { text: entry.earlier, type: 'fact', userId });
    const newMemory = MemoryFactSchema.parse({ text: entry.later, type: 'fact', userId });
    const similar = await store.findSimilarMemories(userId, embedding.embed(entry.later));
    const result = await pipeline.classify(newMemory, similar);
    const actual: Outcome =
      result.overallOutcome === 'skip'
        ? 'same'
        : result.overallOutcome === 'conflict'
          ? 'conflict'
          : result.supersedes.length > 0
            ? 'superseded'
            : 'neutral';
    const first = result.similarityResults[0];
    results.push({
      ...entry,
      actual,
      score: similar[0]?.score,
      reason: first === undefined ? 'nothing similar stored' : `${first.classifier}: ${first.reason}`,
    });
  }
  return results;
}
