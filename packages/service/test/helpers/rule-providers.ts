import type { EmbeddingProvider, MemoryFact, NliProvider } from '@casual-memory/core';
import type { ConflictVerdict, ConflictVerifier, DuplicateDetector, DuplicateVerdict } from '../../src/verification/verdicts';

// Rule-based stand-ins for the models, as the original's service integration test used (REFERENCE §5.3),
// but deterministic: texts about the same topic embed close together, other topics far apart.
const TOPICS: ReadonlyArray<readonly [string, RegExp]> = [
  ['home', /\b(live|lives|living|moved|reside)\b/],
  ['job', /\b(work|works|job|engineer|teacher|doctor|nurse)\b/],
  ['coffee', /\bcoffee\b/],
  ['name', /\bname\b/],
  ['tea', /\btea\b/],
  ['dentist', /\bdentist\b/],
];
export const TEST_DIMENSIONS = 16;

const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '')
    .trim();

function hash(word: string): number {
  let value = 2166136261;
  for (let i = 0; i < word.length; i++) value = Math.imul(value ^ word.charCodeAt(i), 16777619);
  return value >>> 0;
}

/** One axis per topic plus a small word-hash component, so paraphrases on one topic score about 0.95-0.99. */
export function topicEmbedding(): EmbeddingProvider & { documentCalls: string[][]; queryCalls: string[] } {
  const documentCalls: string[][] = [];
  const queryCalls: string[] = [];
  const embed = (text: string) => {
    const vector = new Float32Array(TEST_DIMENSIONS);
    const normalized = normalize(text);
    const topic = TOPICS.findIndex(([, pattern]) => pattern.test(normalized));
    vector[topic === -1 ? TOPICS.length + (hash(normalized) % (TEST_DIMENSIONS - TOPICS.length)) : topic] = 4;
    for (const word of normalized.split(/\s+/)) {
      const index = TOPICS.length + (hash(word) % (TEST_DIMENSIONS - TOPICS.length));
      vector[index] = (vector[index] ?? 0) + 0.1;
    }
    return vector;
  };
  return {
    dimensions: TEST_DIMENSIONS,
    documentCalls,
    queryCalls,
    async embedDocuments(texts) {
      documentCalls.push(texts);
      return texts.map(embed);
    },
    async embedQuery(text) {
      queryCalls.push(text);
      return embed(text);
    },
  };
}

/** Entails identical texts; unsure otherwise (so the conflict and duplicate checks decide). */
export const ruleNli: NliProvider = {
  async predict(premise, hypothesis) {
    return normalize(premise) === normalize(hypothesis)
      ? { contradiction: 0, entailment: 0.99, neutral: 0.01 }
      : { contradiction: 0.4, entailment: 0.3, neutral: 0.3 };
  },
};

const valueAfter = (text: string, pattern: RegExp) => pattern.exec(normalize(text))?.[1];

/** "moved to" is an update; two different homes, jobs or names contradict; anything else is no conflict. */
export const ruleConflictVerifier: ConflictVerifier = {
  async verifyConflict(existing: MemoryFact, incoming: MemoryFact): Promise<ConflictVerdict> {
    const verdict = (relation: ConflictVerdict['relation'], reason: string, category?: string): ConflictVerdict => ({
      relation,
      method: 'rules',
      confidence: 0.9,
      reason,
      ...(category === undefined ? {} : { category }),
    });
    if (/\bmoved to\b/.test(normalize(incoming.text))) return verdict('update', 'the user moved', 'location');
    for (const [category, pattern] of [
      ['location', /\blive in (\w+)$/],
      ['job', /\bwork as an? (\w+)$/],
      ['name', /\bname is (\w+)$/],
    ] as const) {
      const before = valueAfter(existing.text, pattern);
      const after = valueAfter(incoming.text, pattern);
      if (before !== undefined && after !== undefined && before !== after)
        return verdict('contradiction', `${before} vs ${after}`, category);
    }
    return verdict('none', 'compatible');
  },
};

/** Texts whose words (3+ letters) one contains all of are duplicates (a longer one becomes a refinement by length); else distinct. */
export const ruleDuplicateDetector: DuplicateDetector = {
  async checkDuplicate(existing: MemoryFact, incoming: MemoryFact): Promise<DuplicateVerdict> {
    const words = (text: string) =>
      normalize(text)
        .split(/\s+/)
        .filter((word) => word.length >= 3);
    const before = words(existing.text);
    const after = words(incoming.text);
    const same = before.every((word) => after.includes(word)) || after.every((word) => before.includes(word));
    return { relation: same ? 'duplicate' : 'distinct', method: 'rules', confidence: 0.9, reason: same ? 'same words' : 'different words' };
  },
};
