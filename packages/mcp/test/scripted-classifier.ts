import type { MemoryFact, ScoredMemory } from '@casual-memory/core';
import { clarificationHint, type MemoryClassifier, type SimilarityResult } from '@casual-memory/service';

type Verdict = { outcome: 'same' | 'superseded' | 'conflict' | 'neutral'; reason: string; category?: string };

/**
 * A classifier chain of one that decides known pairs from a table and keeps both memories otherwise:
 * these tests check that the tools report exactly what the service decided, so the decisions are
 * pinned here rather than left to the offline heuristics (the service's own tests measure those).
 */
export class ScriptedClassifier implements MemoryClassifier {
  readonly name = 'scripted';
  readonly #table: Map<string, Verdict>;

  constructor(pairs: [earlier: string, later: string, verdict: Verdict][]) {
    this.#table = new Map(pairs.map(([earlier, later, verdict]) => [`${earlier}\u0000${later}`, verdict]));
  }

  async classifyPair(newMemory: MemoryFact, similar: ScoredMemory): Promise<SimilarityResult> {
    const verdict: Verdict =
      similar.memory.text === newMemory.text
        ? { outcome: 'same', reason: 'the same words again' }
        : (this.#table.get(`${similar.memory.text}\u0000${newMemory.text}`) ?? {
            outcome: 'neutral' as Verdict['outcome'],
            reason: 'unrelated',
          });
    const category = verdict.category ?? 'factual';
    return {
      similar,
      outcome: verdict.outcome,
      confidence: 0.9,
      classifier: this.name,
      reason: verdict.reason,
      metadata: verdict.outcome === 'conflict' ? { category, clarificationHint: clarificationHint(category) } : {},
    };
  }
}

/** The pairs the scenario and the other tests use. */
export const SCRIPTED_PAIRS: ConstructorParameters<typeof ScriptedClassifier>[0] = [
  ['I live in London', 'I moved to Lisbon', { outcome: 'superseded', reason: 'the later one says it changed ("moved")' }],
  ['I moved to Lisbon', 'I live in Porto', { outcome: 'conflict', reason: 'two places one lives at once', category: 'location' }],
  ['I live in London', 'I live in Paris', { outcome: 'conflict', reason: 'two places one lives at once', category: 'location' }],
  ['I work at Google', 'I work at Microsoft', { outcome: 'conflict', reason: 'two workplaces', category: 'job' }],
  ['I live in Porto', 'I live in Madrid', { outcome: 'conflict', reason: 'two places one lives at once', category: 'location' }],
  ['I live in Porto', 'To be clear, I live in Porto', { outcome: 'same', reason: 'the same place one lives' }],
  ['I live in Porto', 'I live in Seville', { outcome: 'conflict', reason: 'two places one lives at once', category: 'location' }],
  ['I live in Porto', 'I moved to Valencia', { outcome: 'superseded', reason: 'the later one says it changed ("moved")' }],
  ['I live in Seville', 'I moved to Valencia', { outcome: 'superseded', reason: 'the later one says it changed ("moved")' }],
];
