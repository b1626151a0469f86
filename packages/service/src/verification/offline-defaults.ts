import type { ConflictVerdict, ConflictVerifier, DuplicateDetector, DuplicateVerdict } from './verdicts';

// Interim stand-ins until the offline heuristics land in src/offline/.
export function defaultConflictVerifier(): ConflictVerifier {
  return {
    async verifyConflict(): Promise<ConflictVerdict> {
      return { relation: 'unsure', method: 'heuristic', confidence: 0, reason: 'no offline heuristic' };
    },
  };
}

export function defaultDuplicateDetector(): DuplicateDetector {
  return {
    async checkDuplicate(_existing, _incoming, similarity): Promise<DuplicateVerdict> {
      return similarity >= 0.95
        ? { relation: 'duplicate', method: 'heuristic', confidence: 0.6, reason: 'nearly identical vectors' }
        : { relation: 'unsure', method: 'heuristic', confidence: 0, reason: 'no offline heuristic' };
    },
  };
}
