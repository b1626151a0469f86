import { cosineSimilarity } from '@casual-memory/core';
import { SentenceEncoderEmbeddingProvider } from '../src';

// TensorFlow.js keeps one backend per process (jest gives each test file its own): the plain
// JavaScript backend, for machines where WebAssembly is not wanted. Slow, so few sentences.
describe('SentenceEncoderEmbeddingProvider on the cpu backend', () => {
  it('embeds like the wasm backend: unit vectors, batches equal to single calls, paraphrases closer', async () => {
    const encoder = await SentenceEncoderEmbeddingProvider.create({ backend: 'cpu', batchSize: 2 });
    try {
      expect(encoder.backend).toBe('cpu');
      const texts = ['I live in Berlin', "I'm based in Berlin", 'My favourite colour is green'];
      const [home, paraphrase, unrelated] = await encoder.embedDocuments(texts);
      expect(Math.hypot(...home!)).toBeCloseTo(1, 5);
      expect(cosineSimilarity(home!, paraphrase!)).toBeGreaterThan(cosineSimilarity(home!, unrelated!));
      expect(cosineSimilarity(unrelated!, await encoder.embedQuery(texts[2]!))).toBeGreaterThan(0.9999);
    } finally {
      await encoder.close();
    }
  });
});
