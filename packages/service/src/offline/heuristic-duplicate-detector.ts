import type { MemoryFact } from '@casual-memory/core';
import type { DuplicateDetector, DuplicateVerdict } from '../verification/verdicts';
import { compareTexts } from './statement-cache';

/**
 * Decides duplicates with rules, no model: the same fact in other words (after normalisation: "I reside
 * in Berlin" / "I live in Berlin", "I love dogs" / "I like dogs") is a `duplicate`; the same fact made more
 * precise ("I live in London" -> "I live in Central London near the park") a `refinement`; other subjects,
 * attributes or values are `distinct`; related statements the rules cannot read are `unsure`.
 */
export class HeuristicDuplicateDetector implements DuplicateDetector {
  #checks = 0;
  #unsure = 0;

  async checkDuplicate(existing: MemoryFact, incoming: MemoryFact, _similarity: number): Promise<DuplicateVerdict> {
    this.#checks += 1;
    const { relation, reason } = compareTexts(existing.text, incoming.text);
    switch (relation) {
      case 'equal':
      case 'narrower':
        return { relation: 'duplicate', method: 'heuristic', confidence: 0.85, reason };
      case 'refinement':
        return { relation: 'refinement', method: 'heuristic', confidence: 0.75, reason };
      case 'unclear':
        this.#unsure += 1;
        return { relation: 'unsure', method: 'heuristic', confidence: 0.3, reason };
      default:
        return { relation: 'distinct', method: 'heuristic', confidence: 0.8, reason };
    }
  }

  getMetrics(): Record<string, unknown> {
    return { heuristicDuplicateChecks: this.#checks, heuristicDuplicateUnsure: this.#unsure };
  }
}
