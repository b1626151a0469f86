import { cosineSimilarity, ValidationError } from '@casual-memory/core';
import { extractFeatures, HashingEmbeddingProvider } from '../../src/offline/hashing-embedding-provider';

const embedder = new HashingEmbeddingProvider();
const similarity = (a: string, b: string) => cosineSimilarity(embedder.embed(a), embedder.embed(b));
const norm = (vector: Float32Array) => Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));

describe('HashingEmbeddingProvider', () => {
  it('has 384 dimensions by default and unit-length Float32Array vectors', async () => {
    expect(embedder.dimensions).toBe(384);
    const [vector] = await embedder.embedDocuments(['I live in London']);
    expect(vector).toBeInstanceOf(Float32Array);
    expect(vector).toHaveLength(384);
    expect(norm(vector!)).toBeCloseTo(1, 5);
  });

  it('is deterministic: the same text gives the same vector across calls and instances', async () => {
    const again = new HashingEmbeddingProvider();
    const text = "I don't live in Chicago anymore, I live in Denver";
    expect([...(await again.embedQuery(text))]).toEqual([...embedder.embed(text)]);
    expect([...(await embedder.embedDocuments([text, text]))[1]!]).toEqual([...embedder.embed(text)]);
  });

  it('is stable across runs and platforms: pinned values for one text', () => {
    // A change here changes every stored vector: bump the major version and say so in the changelog.
    const vector = embedder.embed('I live in London');
    const nonZero = [...vector].flatMap((value, index) => (value === 0 ? [] : [[index, Number(value.toFixed(6))]]));
    // Index 0 is the baseline component: sqrt(0.5) with the default baseline of 0.5.
    expect(vector[0]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(nonZero.slice(1, 6)).toEqual([
      [10, -0.077864],
      [41, 0.596948],
      [57, 0.077864],
      [78, -0.198983],
      [83, -0.077864],
    ]);
  });

  it('scores identical text 1 and keeps documents in order', async () => {
    expect(similarity('I work as a nurse', 'I work as a nurse')).toBeCloseTo(1, 6);
    const vectors = await embedder.embedDocuments(['I like tea', 'I live in Oslo']);
    expect(cosineSimilarity(vectors[0]!, embedder.embed('I like tea'))).toBeCloseTo(1, 6);
    expect(cosineSimilarity(vectors[1]!, embedder.embed('I live in Oslo'))).toBeCloseTo(1, 6);
  });

  it.each([
    ['I live in Berlin', 'I reside in Berlin', 'I like pizza'],
    ['I love dogs', 'I like dogs', 'My car is red'],
    ['I work as a nurse', "I'm a nurse", 'I play tennis on Sundays'],
    ['I drink coffee every morning', 'Every morning I drink coffee', 'My sister lives in Rome'],
    ["I don't like coffee", 'I do not like coffee', 'I have two cats'],
    ['I am 30 years old', "I'm thirty", 'I speak French'],
    ['I live in London', 'I moved to Paris', 'I enjoy jazz'],
  ])('scores a paraphrase or the same attribute higher than an unrelated sentence: %s', (text, close, unrelated) => {
    expect(similarity(text, close)).toBeGreaterThan(similarity(text, unrelated) + 0.2);
  });

  it('puts statements about one attribute above the 0.85 similarity threshold, so the pipeline compares them', () => {
    expect(similarity('I live in London', 'I live in Paris')).toBeGreaterThanOrEqual(0.85);
    expect(similarity('I work at Google', 'I work at Microsoft')).toBeGreaterThanOrEqual(0.85);
    expect(similarity('I like coffee', "I don't like coffee")).toBeGreaterThanOrEqual(0.85);
    expect(similarity('I wake up at 6am', 'I wake up at 9am')).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps unrelated sentences near the baseline and below the search default of 0.7', () => {
    expect(similarity('I live in London', 'I like pizza')).toBeLessThan(0.7);
    expect(similarity('I work in London', 'I live in London')).toBeLessThan(0.85);
    const plain = new HashingEmbeddingProvider({ baseline: 0 });
    expect(cosineSimilarity(plain.embed('I play chess'), plain.embed('The weather is nice'))).toBeCloseTo(0, 1);
  });

  it('matches a question to the statement that answers it', () => {
    expect(similarity('Where do I live?', 'I live in London')).toBeGreaterThan(similarity('Where do I live?', 'I like pizza') + 0.3);
  });

  it('honours dimensions and gives a unit vector for text with no features', () => {
    const small = new HashingEmbeddingProvider({ dimensions: 64 });
    expect(small.embed('I live in London')).toHaveLength(64);
    const empty = embedder.embed('');
    expect(norm(empty)).toBeCloseTo(1, 6);
    expect(norm(embedder.embed('the of and'))).toBeCloseTo(1, 6);
  });

  it('rejects bad options and non-string input with ValidationError', async () => {
    expect(() => new HashingEmbeddingProvider({ dimensions: 8 })).toThrow(ValidationError);
    expect(() => new HashingEmbeddingProvider({ dimensions: 100.5 })).toThrow(ValidationError);
    expect(() => new HashingEmbeddingProvider({ baseline: 1 })).toThrow(ValidationError);
    expect(() => new HashingEmbeddingProvider({ dimension: 64 } as never)).toThrow(ValidationError);
    await expect(embedder.embedDocuments('text' as never)).rejects.toThrow(ValidationError);
    await expect(embedder.embedDocuments([42 as never])).rejects.toThrow(ValidationError);
    await expect(embedder.embedQuery(null as never)).rejects.toThrow(ValidationError);
  });

  it('weighs the attribute a statement is about, words, bigrams and character trigrams', () => {
    const features = extractFeatures('I live in Central London');
    expect(features.get('a:residence')).toBeGreaterThan(features.get('w:london')!);
    expect(features.has('b:central london')).toBe(true);
    expect(features.has('c:lon')).toBe(true);
    expect(extractFeatures("I don't smoke").has('w:not')).toBe(true);
    expect(extractFeatures('I wake up at 6am').has('k:time')).toBe(true);
  });
});
