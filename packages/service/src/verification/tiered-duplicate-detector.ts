import type { MemoryFact } from '@casual-memory/core';
import type { CountingOptions } from '../observability/call-counts';
import { metricsOf } from '../observability/metrics-of';
import type { DuplicateDetector, DuplicateVerdict } from './verdicts';

/**
 * Asks its detectors in order and returns the first verdict that is not `unsure` (or the last
 * verdict when all are unsure): heuristics first, an LLM only for what they cannot tell.
 */
export class TieredDuplicateDetector implements DuplicateDetector {
  readonly detectors: readonly DuplicateDetector[];

  constructor(detectors: readonly DuplicateDetector[]) {
    this.detectors = [...detectors];
  }

  async checkDuplicate(
    existing: MemoryFact,
    incoming: MemoryFact,
    similarity: number,
    options?: CountingOptions,
  ): Promise<DuplicateVerdict> {
    let verdict: DuplicateVerdict = { relation: 'unsure', method: 'tiered', confidence: 0, reason: 'no detector was asked' };
    for (const detector of this.detectors) {
      verdict = await detector.checkDuplicate(existing, incoming, similarity, options);
      if (verdict.relation !== 'unsure') return verdict;
    }
    return verdict;
  }

  getMetrics(): Record<string, unknown> {
    return Object.assign({}, ...this.detectors.map((detector) => metricsOf(detector)));
  }
}
