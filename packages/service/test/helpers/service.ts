import { InMemoryConflictStore } from '@casual-memory/memory-conflicts';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import { MemoryService } from '../../src/service/memory-service';
import type { MemoryServiceOptions } from '../../src/service/memory-service-options';
import { ruleConflictVerifier, ruleDuplicateDetector, ruleNli, TEST_DIMENSIONS, topicEmbedding } from './rule-providers';

/** A service on the in-memory stores with the rule-based providers; options override. */
export function ruleService(options: Partial<MemoryServiceOptions> = {}) {
  const vectorStore = new InMemoryVectorStore({ dimensions: TEST_DIMENSIONS });
  const conflictStore = new InMemoryConflictStore();
  const embedding = topicEmbedding();
  const service = new MemoryService({
    vectorStore,
    conflictStore,
    embedding,
    nli: ruleNli,
    conflictVerifier: ruleConflictVerifier,
    duplicateDetector: ruleDuplicateDetector,
    ...options,
  });
  return { service, vectorStore, conflictStore, embedding };
}
