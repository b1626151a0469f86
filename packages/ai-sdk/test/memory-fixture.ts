import { InMemoryConflictStore } from '@casual-memory/memory-conflicts';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import {
  AutoResolutionClassifier,
  ConflictClassifier,
  DuplicateClassifier,
  HeuristicConflictVerifier,
  HeuristicDuplicateDetector,
  HeuristicNliProvider,
  MemoryService,
  NliClassifier,
  type ServiceEvent,
} from '@casual-memory/service';
import type { MemoryEvent } from '../src';

/**
 * The offline heuristics as one fixed chain: these tests are about the integration, so they pin the
 * classification they rely on (a contradiction, an update) instead of the service's current defaults.
 */
export function heuristicClassifiers() {
  return [
    new NliClassifier(new HeuristicNliProvider()),
    new ConflictClassifier(new HeuristicConflictVerifier()),
    new DuplicateClassifier(new HeuristicDuplicateDetector()),
    new AutoResolutionClassifier(),
  ];
}

/** A real service on the in-memory stores, with the events it and the integration emit. */
export function memoryFixture() {
  const serviceEvents: ServiceEvent[] = [];
  const events: MemoryEvent[] = [];
  const vectorStore = new InMemoryVectorStore({ dimensions: 384 });
  const conflictStore = new InMemoryConflictStore();
  const service = new MemoryService({
    vectorStore,
    conflictStore,
    classifiers: heuristicClassifiers(),
    onEvent: (event) => serviceEvents.push(event),
  });
  const userId = `user-${Math.random().toString(36).slice(2)}`;
  const onEvent = (event: MemoryEvent) => events.push(event);
  /** How many `add` calls the service completed. */
  const adds = () => serviceEvents.filter((event) => event.name === 'casual_memory.add' && event.status === 'ok').length;
  const texts = async (query: string) => (await service.query(userId, query)).map((hit) => hit.memory.text);
  /** What the integration's helpers take. */
  const options = { service, userId, onEvent };
  return { service, vectorStore, conflictStore, userId, events, options, adds, texts };
}
