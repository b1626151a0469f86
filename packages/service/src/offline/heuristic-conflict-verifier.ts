import type { MemoryFact } from '@casual-memory/core';
import type { ConflictVerdict, ConflictVerifier } from '../verification/verdicts';
import { compareTexts } from './statement-cache';

/**
 * Decides contradictions with rules, no model: two values of a single-valued attribute (where one lives
 * or is from, job title, employer, name, age, relationship status, a favourite), the same predicate
 * negated ("I like coffee" / "I don't like coffee") or another number, date or time for the same thing
 * are a `contradiction`; the same said as a change ("moved to", "now", "no longer", "anymore", "these
 * days", "switched to", "started", "quit", "used to") is an `update`; statements about someone else, other
 * attributes, or other values of a many-valued one (pets, hobbies, languages) are `none`; related
 * statements the rules cannot read are `unsure`, for the next verifier (an LLM) to decide.
 */
export class HeuristicConflictVerifier implements ConflictVerifier {
  #checks = 0;
  #unsure = 0;

  async verifyConflict(existing: MemoryFact, incoming: MemoryFact, _similarity: number): Promise<ConflictVerdict> {
    this.#checks += 1;
    const comparison = compareTexts(existing.text, incoming.text);
    const { relation, reason, category } = comparison;
    switch (relation) {
      case 'negation':
      case 'value-change':
        return { relation: 'contradiction', method: 'heuristic', confidence: relation === 'negation' ? 0.85 : 0.8, reason, category };
      case 'denial':
        return { relation: 'contradiction', method: 'heuristic', confidence: 0.7, reason, category };
      case 'update':
      case 'loose-update':
      case 'one-word-update':
      case 'correction':
        return { relation: 'update', method: 'heuristic', confidence: 0.8, reason, category };
      case 'unclear':
        this.#unsure += 1;
        return { relation: 'unsure', method: 'heuristic', confidence: 0.3, reason };
      default:
        return { relation: 'none', method: 'heuristic', confidence: relation === 'refinement' ? 0.7 : 0.8, reason };
    }
  }

  getMetrics(): Record<string, unknown> {
    return { heuristicConflictChecks: this.#checks, heuristicConflictUnsure: this.#unsure };
  }
}
