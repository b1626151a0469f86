import type { EmbeddingProvider, NliProvider } from '@casual-memory/core';
import { HashingEmbeddingProvider } from '../offline/hashing-embedding-provider';
import { HeuristicConflictVerifier } from '../offline/heuristic-conflict-verifier';
import { HeuristicDuplicateDetector } from '../offline/heuristic-duplicate-detector';
import { HeuristicNliProvider } from '../offline/heuristic-nli-provider';
import type { ConflictVerifier, DuplicateDetector } from './verdicts';

// What the service and the LLM verifiers use when no model is given: the offline heuristics. One
// place, so a change of defaults is one edit.

export function defaultConflictVerifier(): ConflictVerifier {
  return new HeuristicConflictVerifier();
}

export function defaultDuplicateDetector(): DuplicateDetector {
  return new HeuristicDuplicateDetector();
}

export function defaultEmbedding(dimensions: number): EmbeddingProvider {
  return new HashingEmbeddingProvider({ dimensions });
}

export function defaultNli(): NliProvider {
  return new HeuristicNliProvider();
}
