import { randomUUID } from 'node:crypto';
import { InMemoryConflictStore } from '@casual-memory/memory-conflicts';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import * as service from '@casual-memory/service';

/**
 * A real MemoryService on the in-memory stores. The classifier chain is the offline heuristics, fixed
 * here, so these tests of the integration do not move when the service's defaults do.
 */
export function newService(options: Partial<service.MemoryServiceOptions> = {}) {
  const classifiers = [
    new service.NliClassifier(new service.HeuristicNliProvider()),
    new service.ConflictClassifier(new service.HeuristicConflictVerifier()),
    new service.DuplicateClassifier(new service.HeuristicDuplicateDetector()),
    new service.AutoResolutionClassifier(),
  ];
  const vectorStore = new InMemoryVectorStore({ dimensions: 384 });
  return new service.MemoryService({ vectorStore, conflictStore: new InMemoryConflictStore(), classifiers, ...options });
}

export const newUserId = () => `user-${randomUUID()}`;
