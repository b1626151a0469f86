import { ValidationError } from '@casual-memory/core';
import { OpenAIEmbeddingProvider } from '../src';

// No request is made: the floors are read off the options and the model name.
const provider = (options: Partial<ConstructorParameters<typeof OpenAIEmbeddingProvider>[0]>) =>
  new OpenAIEmbeddingProvider({ apiKey: 'sk-test', model: 'text-embedding-3-small', dimensions: 1536, ...options });

describe('similarity floors of an embedding model', () => {
  it("declares the floors of OpenAI's current models, which score related statements far below 0.85", () => {
    const small = provider({});
    expect(small.similarityFloor).toBeLessThan(0.85);
    expect(small.recallFloor).toBeLessThan(small.similarityFloor ?? 0);
    expect(small.modelId).toBe('openai:text-embedding-3-small:1536');
  });

  it('keeps the E5 values for models on that scale', () => {
    expect(provider({ model: 'intfloat/multilingual-e5-large', dimensions: 1024 })).toMatchObject({
      similarityFloor: 0.85,
      recallFloor: 0.75,
    });
    expect(provider({ model: 'text-embedding-ada-002' })).toMatchObject({ similarityFloor: 0.85, recallFloor: 0.75 });
  });

  it('declares none for a model it does not know, so the service uses its defaults', () => {
    const unknown = provider({ model: 'nomic-embed-text', dimensions: 768 });
    expect(unknown.similarityFloor).toBeUndefined();
    expect(unknown.recallFloor).toBeUndefined();
  });

  it('takes floors calibrated by the caller, and refuses ones outside [-1, 1]', () => {
    expect(provider({ model: 'nomic-embed-text', similarityFloor: 0.6, recallFloor: 0.4 })).toMatchObject({
      similarityFloor: 0.6,
      recallFloor: 0.4,
    });
    expect(() => provider({ similarityFloor: 1.5 })).toThrow(ValidationError);
  });
});
