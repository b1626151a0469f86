import type { MemoryFact } from '@casual-memory/core';
import type { SimilarityResult } from './similarity-result';

/** What to do with a new memory: store it (`add`), record a contradiction (`conflict`), or count a mention of a duplicate (`skip`). */
export type MemoryOutcome = 'add' | 'conflict' | 'skip';

export interface MemoryClassificationResult {
  newMemory: MemoryFact;
  overallOutcome: MemoryOutcome;
  similarityResults: SimilarityResult[];
  /** Ids of the memories the new one contradicts, in order. */
  conflictsWith: string[];
  /** Ids of the memories the new one replaces, in order. */
  supersedes: string[];
  /** Id of the first memory the new one duplicates, or `null`. */
  sameAs: string | null;
}

/** Builds a classification result with its derived id lists. */
export function createClassificationResult(
  newMemory: MemoryFact,
  overallOutcome: MemoryOutcome,
  similarityResults: SimilarityResult[],
): MemoryClassificationResult {
  const idsWith = (outcome: SimilarityResult['outcome']) =>
    similarityResults.filter((result) => result.outcome === outcome).map((result) => result.similar.id);
  return {
    newMemory,
    overallOutcome,
    similarityResults,
    conflictsWith: idsWith('conflict'),
    supersedes: idsWith('superseded'),
    sameAs: idsWith('same')[0] ?? null,
  };
}
