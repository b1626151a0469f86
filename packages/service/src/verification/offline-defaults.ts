import type { EmbeddingProvider, NliProvider } from '@casual-memory/core';
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

export function defaultEmbedding(dimensions: number): EmbeddingProvider {
  const embed = (text: string) => {
    const vector = new Float32Array(dimensions);
    vector[0] = 1;
    for (const word of text.toLowerCase().match(/[a-z0-9']+/g) ?? []) {
      let hash = 2166136261;
      for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 16777619);
      const index = (hash >>> 0) % dimensions;
      vector[index] = (vector[index] ?? 0) + 1;
    }
    return vector;
  };
  return { dimensions, embedDocuments: async (texts) => texts.map(embed), embedQuery: async (text) => embed(text) };
}

export function defaultNli(): NliProvider {
  return {
    async predict(premise, hypothesis) {
      const same = premise.trim().toLowerCase() === hypothesis.trim().toLowerCase();
      return same ? { contradiction: 0, entailment: 1, neutral: 0 } : { contradiction: 0.34, entailment: 0.33, neutral: 0.33 };
    },
  };
}
