import { cosineSimilarity, StoreClosedError, ValidationError } from '@casual-memory/core';
import * as tf from '@tensorflow/tfjs-core';
import { DIMENSIONS, MODEL_ID, SentenceEncoderEmbeddingProvider } from '../src';

// One provider for the file: the real weights from node_modules, on the default backend (wasm).
let encoder: SentenceEncoderEmbeddingProvider;

beforeAll(async () => {
  encoder = await SentenceEncoderEmbeddingProvider.create();
});

afterAll(async () => {
  await encoder.close();
});

const norm = (vector: Float32Array) => Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));

describe('SentenceEncoderEmbeddingProvider', () => {
  it('describes its model: 512 dimensions, a model id, a model floor and a recall floor below the similarity floor', () => {
    expect(encoder.dimensions).toBe(DIMENSIONS);
    expect(DIMENSIONS).toBe(512);
    expect(encoder.modelId).toBe(MODEL_ID);
    expect(encoder.backend).toBe('wasm');
    expect(encoder.similarityFloor).toBeGreaterThan(0);
    expect(encoder.similarityFloor).toBeLessThan(1);
    expect(encoder.recallFloor).toBeGreaterThan(0);
    expect(encoder.recallFloor).toBeLessThan(encoder.similarityFloor);
    // With a chat model the pipeline compares weaker pairs too: between the two.
    expect(encoder.modelFloor).toBeLessThan(encoder.similarityFloor);
    expect(encoder.modelFloor).toBeGreaterThan(encoder.recallFloor);
    // A pair close enough to be one statement said again is closer than any it compares.
    expect(encoder.paraphraseFloor).toBeGreaterThan(encoder.similarityFloor);
    expect(encoder.paraphraseFloor).toBeLessThan(1);
  });

  it('returns unit-length Float32Arrays of 512 values, one per text, in order', async () => {
    const texts = ['I live in Denver', 'My sister is a nurse in Boston and works night shifts', 'ok', 'Café au lait ☕ at 7:30'];
    const vectors = await encoder.embedDocuments(texts);
    expect(vectors).toHaveLength(texts.length);
    for (const vector of vectors) {
      expect(vector).toBeInstanceOf(Float32Array);
      expect(vector).toHaveLength(512);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
    // In order: each document vector is the query vector of the same text.
    for (const [i, text] of texts.entries()) {
      expect(cosineSimilarity(vectors[i]!, await encoder.embedQuery(text))).toBeGreaterThan(0.9999);
    }
  });

  it('is deterministic: the same texts give the same vectors', async () => {
    const texts = ['My dog Max is a beagle', 'I take metformin every morning'];
    const first = await encoder.embedDocuments(texts);
    const second = await encoder.embedDocuments(texts);
    expect(second).toEqual(first);
    expect(await encoder.embedQuery('My dog Max is a beagle')).toEqual(await encoder.embedQuery('My dog Max is a beagle'));
  });

  it('reads a statement typed in capitals as the same words in lower case, and keeps acronyms', async () => {
    const [earlier, shouted, lower] = await encoder.embedDocuments([
      'hey so I drive a 2014 honda civic, silver',
      'SOLD THE CIVIC. $6800 to a college kid',
      'sold the civic. $6800 to a college kid',
    ]);
    expect(cosineSimilarity(earlier!, shouted!)).toBeCloseTo(cosineSimilarity(earlier!, lower!), 5);
    expect(cosineSimilarity(earlier!, shouted!)).toBeGreaterThan(encoder.similarityFloor);
    // One acronym in an ordinary sentence is no shouting: its case is kept.
    const [acronym, lowered] = await encoder.embedDocuments(['I moved to NYC last year', 'i moved to nyc last year']);
    expect(cosineSimilarity(acronym!, lowered!)).toBeLessThan(0.9999);
    expect(cosineSimilarity(await encoder.embedQuery('WHERE DO I LIVE'), await encoder.embedQuery('where do i live'))).toBeGreaterThan(
      0.9999,
    );
  });

  it('scores a paraphrase above an unrelated statement', async () => {
    const triples = [
      ['I live in Berlin', "I'm based in Berlin", 'My favourite colour is green'],
      ['I work as a nurse', 'My job is nursing', 'I bought a new bicycle'],
      ['My sister lives in Boston', 'Boston is where my sister lives', 'I am allergic to peanuts'],
      ["I'm vegetarian", "I don't eat meat", 'My car is a red Toyota'],
      ['Where do I live?', 'I live in Denver', 'I play the guitar on weekends'],
    ];
    for (const [anchor, paraphrase, unrelated] of triples) {
      const [a, p, u] = await encoder.embedDocuments([anchor!, paraphrase!, unrelated!]);
      expect(cosineSimilarity(a!, p!)).toBeGreaterThan(cosineSimilarity(a!, u!));
    }
  });

  it('tells apart texts in characters the model has no pieces for (Japanese, emoji), which it alone reads as one', async () => {
    const [dog, pizza, sisterInTokyo, fatherInOsaka, sisterAgain] = await encoder.embedDocuments([
      '🐶',
      '🍕',
      '私の妹は東京に住んでいます',
      '父は大阪に住んでいます',
      '私の妹は東京に住んでいます',
    ]);
    expect(cosineSimilarity(dog!, pizza!)).toBeLessThan(0.3);
    expect(cosineSimilarity(dog!, sisterInTokyo!)).toBeLessThan(0.3);
    expect(cosineSimilarity(sisterInTokyo!, sisterAgain!)).toBeCloseTo(1, 5);
    // Sentences sharing characters ("に住んでいます", lives in) stay closer than unrelated ones.
    expect(cosineSimilarity(sisterInTokyo!, fatherInOsaka!)).toBeGreaterThan(cosineSimilarity(sisterInTokyo!, dog!));
    const [lovePizza, loveDogs] = await encoder.embedDocuments(['I love 🍕', 'I love 🐶']);
    expect(cosineSimilarity(lovePizza!, loveDogs!)).toBeLessThan(0.9);
    // A question in such characters is embedded the same way as a stored text.
    const question = await encoder.embedQuery('私の妹は東京に住んでいます');
    expect(cosineSimilarity(question, sisterInTokyo!)).toBeCloseTo(1, 5);
  });

  it('ranks a question’s answer above other stored statements', async () => {
    const stored = ['I drive a blue Honda Civic', 'I live in Denver', 'My dentist is Dr. Patel', 'I have two cats'];
    const vectors = await encoder.embedDocuments(stored);
    const questions: [string, number][] = [
      ['what car do I drive', 0],
      ['where do I live', 1],
      ['who is my dentist', 2],
      ['what pets do I have', 3],
    ];
    for (const [question, answer] of questions) {
      const query = await encoder.embedQuery(question);
      const scores = vectors.map((vector) => cosineSimilarity(query, vector));
      expect(scores.indexOf(Math.max(...scores))).toBe(answer);
    }
  });

  it('gives the same vectors in batches as one by one, whatever the batch size', async () => {
    const texts = Array.from({ length: 23 }, (_, i) => `${'very '.repeat(i % 7)}memory number ${i} about my week`);
    const small = new SentenceEncoderEmbeddingProvider({ batchSize: 4 });
    try {
      const batched = await small.embedDocuments(texts);
      const whole = await encoder.embedDocuments(texts);
      for (const [i, text] of texts.entries()) {
        const single = await encoder.embedQuery(text);
        expect(cosineSimilarity(batched[i]!, single)).toBeGreaterThan(0.9999);
        expect(cosineSimilarity(whole[i]!, single)).toBeGreaterThan(0.9999);
      }
    } finally {
      await small.close();
    }
  });

  it('answers parallel calls from several providers, each as it would alone', async () => {
    const texts = ['I moved to Paris', 'I quit smoking', 'My brother Sam is a chef', 'I run 5k on Sundays', 'I hate olives'];
    const alone = await encoder.embedDocuments(texts);
    const other = new SentenceEncoderEmbeddingProvider();
    try {
      const results = await Promise.all([
        ...texts.map((text) => encoder.embedQuery(text)),
        other.embedDocuments(texts),
        encoder.embedDocuments([...texts].reverse()),
      ]);
      texts.forEach((_, i) => {
        expect(cosineSimilarity(results[i] as Float32Array, alone[i]!)).toBeGreaterThan(0.9999);
      });
      const fromOther = results[texts.length] as Float32Array[];
      const reversed = results[texts.length + 1] as Float32Array[];
      texts.forEach((_, i) => {
        expect(cosineSimilarity(fromOther[i]!, alone[i]!)).toBeGreaterThan(0.9999);
        expect(cosineSimilarity(reversed[texts.length - 1 - i]!, alone[i]!)).toBeGreaterThan(0.9999);
      });
    } finally {
      await other.close();
    }
  });

  it('embeds a text longer than the model reads from its first pieces, without failing', async () => {
    const long = `I live in Denver. ${'I like long walks by the river. '.repeat(200)}`;
    const [vector] = await encoder.embedDocuments([long]);
    expect(norm(vector!)).toBeCloseTo(1, 5);
  });

  it('returns [] for no texts', async () => {
    await expect(encoder.embedDocuments([])).resolves.toEqual([]);
  });

  it.each([
    ['a string instead of a list', () => encoder.embedDocuments('I live in Paris' as unknown as string[]), 'texts'],
    ['a number in the list', () => encoder.embedDocuments(['ok', 42 as unknown as string]), 'texts[1]'],
    ['a blank text', () => encoder.embedDocuments(['ok', '   ']), 'texts[1]'],
    ['an empty query', () => encoder.embedQuery(''), 'text'],
    ['a non-string query', () => encoder.embedQuery(undefined as unknown as string), 'text'],
  ])('refuses %s with a ValidationError naming the field', async (_name, call, path) => {
    const error = await call().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).path).toBe(path);
  });

  it.each([
    [{ batchSize: 0 }, 'batchSize'],
    [{ batchSize: 1.5 }, 'batchSize'],
    [{ batchSize: 10_000 }, 'batchSize'],
    [{ backend: 'gpu' }, 'backend'],
    [{ weightsDir: '' }, 'weightsDir'],
    [{ batchsize: 8 }, 'batchsize'],
  ])('refuses the options %j with a ValidationError', (options, field) => {
    expect(() => new SentenceEncoderEmbeddingProvider(options as never)).toThrow(ValidationError);
    expect(() => new SentenceEncoderEmbeddingProvider(options as never)).toThrow(field);
  });

  it('refuses a second backend while a model runs on another one in this process', async () => {
    const cpu = new SentenceEncoderEmbeddingProvider({ backend: 'cpu' });
    await expect(cpu.embedQuery('hello')).rejects.toThrow(ValidationError);
    await expect(cpu.embedQuery('hello')).rejects.toThrow('already runs the sentence encoder on "wasm"');
    await cpu.close();
  });

  it('loads the weights once per process and frees their tensors when the last provider closes', async () => {
    const before = tf.memory().numTensors;
    const second = await SentenceEncoderEmbeddingProvider.create();
    expect(tf.memory().numTensors).toBe(before); // shared with `encoder`, nothing loaded again
    await second.embedDocuments(['I moved to Paris', 'I quit smoking']);
    expect(tf.memory().numTensors).toBe(before); // no tensor left behind by a call
    await second.close();
    await second.close(); // idempotent
    await expect(second.embedQuery('hello')).rejects.toThrow(StoreClosedError);
    await expect(second.embedDocuments(['hello'])).rejects.toThrow(StoreClosedError);
    await expect(encoder.embedQuery('still open')).resolves.toHaveLength(512);

    // Closing the last user frees the weights; a new provider loads them again.
    await encoder.close();
    expect(tf.memory().numTensors).toBeLessThan(before);
    await expect(encoder.embedQuery('hello')).rejects.toThrow(StoreClosedError);
    encoder = await SentenceEncoderEmbeddingProvider.create();
    expect(tf.memory().numTensors).toBe(before);
  });
});
