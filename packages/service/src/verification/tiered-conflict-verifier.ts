import type { MemoryFact } from '@casual-memory/core';
import type { CountingOptions } from '../observability/call-counts';
import { metricsOf } from '../observability/metrics-of';
import type { ConflictVerdict, ConflictVerifier } from './verdicts';

/**
 * Asks its verifiers in order and returns the first verdict that is not `unsure` (or the last
 * verdict when all are unsure). Put cheap heuristics first and an LLM last: the LLM is asked only
 * about the pairs the heuristics cannot tell.
 */
export class TieredConflictVerifier implements ConflictVerifier {
  readonly verifiers: readonly ConflictVerifier[];

  constructor(verifiers: readonly ConflictVerifier[]) {
    this.verifiers = [...verifiers];
  }

  async verifyConflict(
    existing: MemoryFact,
    incoming: MemoryFact,
    similarity: number,
    options?: CountingOptions,
  ): Promise<ConflictVerdict> {
    let verdict: ConflictVerdict = { relation: 'unsure', method: 'tiered', confidence: 0, reason: 'no verifier was asked' };
    for (const verifier of this.verifiers) {
      verdict = await verifier.verifyConflict(existing, incoming, similarity, options);
      if (verdict.relation !== 'unsure') return verdict;
    }
    return verdict;
  }

  getMetrics(): Record<string, unknown> {
    return Object.assign({}, ...this.verifiers.map((verifier) => metricsOf(verifier)));
  }
}
