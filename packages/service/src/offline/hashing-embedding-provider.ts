import type { EmbeddingProvider } from '@casual-memory/core';
import { ValidationError } from '@casual-memory/core';
import { fnv1a, parseStoreOptions, z } from '@casual-memory/core/backend';
import { analyzeStatement, contentOf } from './analyze-statement';
import { WEEKDAYS } from './word-lists';

/** Options of `new HashingEmbeddingProvider(options?)`. Must match the schema below. */
export interface HashingEmbeddingProviderOptions {
  /** Vector length, 16..65536 (default 384, the size of small sentence-embedding models). */
  dimensions?: number;
  /**
   * The cosine similarity of two texts with no feature in common, 0..0.9 (default 0.5). Sentence-embedding
   * models score unrelated sentences well above 0, and the pipeline's thresholds (0.85 similar, 0.7 search)
   * were set for such models; a shared constant component puts this embedder on the same scale. 0 gives
   * plain feature-hashing cosines.
   */
  baseline?: number;
}

const OptionsSchema = z.strictObject({
  dimensions: z.number().int().min(16).max(65_536).default(384),
  baseline: z.number().min(0).max(0.9).default(0.5),
});

// Feature weights before normalisation. The attribute a statement is about ("where one lives") weighs
// most, so "I live in London" and "I moved to Paris" land close, as the pipeline needs them to.
const ATTRIBUTE_WEIGHT = 3;
const WORD_WEIGHT = 1;
const NEGATION_WEIGHT = 0.5;
const BIGRAM_WEIGHT = 0.5;
// Numbers, dates and times also give their kind, so "on July 14" and "on August 14" still share a feature.
const KIND_WEIGHT = 0.8;
// ... and the exact number weighs less than a word: it is the value, the rest of the sentence the topic.
const VALUE_WEIGHT = 0.5;
// The character trigrams of all words together weigh this much of the word features (typos, inflections).
const CHARACTER_SHARE = 0.35;
// Floors as a share of the distance from the baseline to 1 (see `similarityFloor`, `recallFloor`).
const SIMILARITY_FLOOR_ABOVE_BASELINE = 0.01;
const RECALL_FLOOR_ABOVE_BASELINE = -0.02;

/**
 * A deterministic embedder that needs no model and no network: word, word-bigram and character-trigram
 * features of the normalised text (lower-cased, contractions expanded, stop words dropped, light
 * stemming, common paraphrases rewritten) plus the attribute the statement is about when a rule knows
 * it, hashed with FNV-1a into a signed vector, L2-normalised. The same text gives the same vector on
 * every run and machine. Paraphrases that share words score high; it has no idea that "vegetarian" and
 * "doesn't eat meat" mean the same thing (see the README's "Offline mode").
 */
export class HashingEmbeddingProvider implements EmbeddingProvider {
  readonly dimensions: number;
  readonly baseline: number;
  readonly modelId: string;
  /**
   * Any shared feature lifts two texts above `baseline`, and related statements often share only one
   * (the attribute, a name): so the write pipeline compares whatever clears the baseline, and the rules
   * sort out the rest (calibrated on the development pairs, see BENCHMARKS.md).
   */
  readonly similarityFloor: number;
  /**
   * A question shares few features with its answer ("where do I live" / "I moved to Lisbon" share only
   * the attribute), so recall keeps nearly everything and the ranking does the work: just below the
   * baseline, where 41 of 42 answers of our own calibration questions are (BENCHMARKS.md).
   */
  readonly recallFloor: number;

  constructor(options?: HashingEmbeddingProviderOptions) {
    const parsed = parseStoreOptions(OptionsSchema, options, 'HashingEmbeddingProvider');
    this.dimensions = parsed.dimensions;
    this.baseline = parsed.baseline;
    this.modelId = `hashing-${parsed.dimensions}${parsed.baseline === 0.5 ? '' : `-b${parsed.baseline}`}`;
    this.similarityFloor = parsed.baseline + (1 - parsed.baseline) * SIMILARITY_FLOOR_ABOVE_BASELINE;
    this.recallFloor = parsed.baseline + (1 - parsed.baseline) * RECALL_FLOOR_ABOVE_BASELINE;
  }

  async embedDocuments(texts: string[]): Promise<Float32Array[]> {
    if (!Array.isArray(texts)) throw new ValidationError({ path: 'texts', message: 'texts must be an array of strings' });
    return texts.map((text, index) => this.embed(text, `texts[${index}]`));
  }

  async embedQuery(text: string): Promise<Float32Array> {
    return this.embed(text, 'text');
  }

  /** Synchronous embedding of one text, for callers that do not need a promise. */
  embed(text: string, path = 'text'): Float32Array {
    if (typeof text !== 'string') throw new ValidationError({ path, message: `${path} must be a string` });
    const features = extractFeatures(text);
    const vector = new Float32Array(this.dimensions);
    // Index 0 holds the baseline component; features hash into the rest.
    const slots = this.dimensions - 1;
    let squared = 0;
    const accumulator = new Float64Array(this.dimensions);
    for (const [feature, weight] of features) {
      const hash = fnv1a(feature);
      const slot = 1 + (hash % slots);
      // A second, independent hash picks the sign, so collisions cancel on average instead of adding up.
      const sign = fnv1a(feature, 0x9747b28c) & 1 ? 1 : -1;
      accumulator[slot] = accumulator[slot]! + sign * weight;
    }
    for (let index = 1; index < this.dimensions; index++) squared += accumulator[index]! ** 2;
    const norm = Math.sqrt(squared);
    // Unit feature part, then the constant: cos = (features . features' + c^2) / (1 + c^2), so c^2 = b / (1 - b).
    const constant = Math.sqrt(this.baseline / (1 - this.baseline));
    const scale = 1 / Math.sqrt(1 + constant ** 2);
    if (norm === 0) {
      // Nothing to go on (empty text, only stop words): the constant direction alone, still a unit vector.
      vector[0] = 1;
      return vector;
    }
    vector[0] = constant * scale;
    for (let index = 1; index < this.dimensions; index++) vector[index] = (accumulator[index]! / norm) * scale;
    return vector;
  }
}

/** The weighted features of one text (feature name -> weight). Exported for tests. */
export function extractFeatures(text: string): Map<string, number> {
  const statement = analyzeStatement(text);
  const features = new Map<string, number>();
  const add = (name: string, weight: number) => features.set(name, (features.get(name) ?? 0) + weight);
  // A text of function words only ("it is what it is") keeps them, so it does not collide with every other such text.
  const content = contentOf(statement.tokens);
  const words = content.length > 0 ? content : statement.tokens.filter((token) => token !== 'not');
  for (const word of words) {
    const kind = kindOf(word);
    add(`w:${word}`, kind === undefined ? WORD_WEIGHT : VALUE_WEIGHT);
    if (kind !== undefined) add(`k:${kind}`, KIND_WEIGHT);
  }
  for (let index = 1; index < words.length; index++) {
    if (kindOf(words[index - 1]!) === undefined && kindOf(words[index]!) === undefined)
      add(`b:${words[index - 1]} ${words[index]}`, BIGRAM_WEIGHT);
  }
  if (statement.negated) add('w:not', NEGATION_WEIGHT);
  if (statement.attribute !== undefined) add(`a:${statement.attribute.key}`, ATTRIBUTE_WEIGHT);

  const trigrams = new Map<string, number>();
  for (const word of words) {
    const padded = `#${word}#`;
    for (let index = 0; index + 3 <= padded.length; index++) {
      const gram = `c:${padded.slice(index, index + 3)}`;
      trigrams.set(gram, (trigrams.get(gram) ?? 0) + 1);
    }
  }
  const wordNorm = Math.sqrt([...features.values()].reduce((sum, weight) => sum + weight * weight, 0));
  const gramNorm = Math.sqrt([...trigrams.values()].reduce((sum, weight) => sum + weight * weight, 0));
  if (gramNorm > 0) {
    const scale = (CHARACTER_SHARE * Math.max(wordNorm, 1)) / gramNorm;
    for (const [gram, count] of trigrams) add(gram, count * scale);
  }
  return features;
}

function kindOf(word: string): string | undefined {
  if (/^\d/.test(word)) return 'number';
  if (/^d\d/.test(word) || /^m\d/.test(word) || WEEKDAYS.has(word)) return 'date';
  if (/^t\d/.test(word)) return 'time';
  return undefined;
}
