import { DimensionMismatchError, ProviderError, ValidationError } from '@casual-memory/core';
import { OpenAIEmbeddingProvider, type OpenAIEmbeddingProviderOptions } from '../src';
import { embeddingsFor, FakeOpenAIServer, vectorFor } from './fake-openai-server';

let server: FakeOpenAIServer;

beforeEach(async () => {
  server = await FakeOpenAIServer.start();
});

afterEach(async () => {
  await server.close();
});

function provider(options: Partial<OpenAIEmbeddingProviderOptions> = {}): OpenAIEmbeddingProvider {
  return new OpenAIEmbeddingProvider({
    model: 'test-embed',
    dimensions: 4,
    baseURL: server.baseURL,
    apiKey: 'sk-test',
    retryDelayMs: 1,
    ...options,
  });
}

describe('OpenAIEmbeddingProvider', () => {
  it('embeds documents as Float32Arrays, asking for base64', async () => {
    const embed = provider();
    const vectors = await embed.embedDocuments(['I live in London', 'I like tea']);
    expect(vectors).toEqual([vectorFor('I live in London', 4), vectorFor('I like tea', 4)]);
    expect(vectors[0]).toBeInstanceOf(Float32Array);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.path).toBe('/v1/embeddings');
    expect(server.requests[0]!.body).toEqual({ model: 'test-embed', input: ['I live in London', 'I like tea'], encoding_format: 'base64' });
    expect(embed).toMatchObject({ model: 'test-embed', dimensions: 4, batchSize: 128, queryPrefix: '', documentPrefix: '' });
    expect(embed.endpoint).toBe(server.baseURL);
  });

  it('sends batches of batchSize, one after the other, and keeps the order', async () => {
    const texts = Array.from({ length: 300 }, (_, i) => `memory number ${i}`);
    const vectors = await provider().embedDocuments(texts);
    expect(server.requests.map((request) => request.body.input.length)).toEqual([128, 128, 44]);
    expect(server.requests.flatMap((request) => request.body.input)).toEqual(texts);
    expect(vectors).toEqual(texts.map((text) => vectorFor(text, 4)));
  });

  it('takes a smaller batchSize', async () => {
    await provider({ batchSize: 2 }).embedDocuments(['a', 'b', 'c', 'd', 'e']);
    expect(server.requests.map((request) => request.body.input)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('puts the items back in index order when the server lists them otherwise', async () => {
    server.enqueue((request) => {
      const answer = embeddingsFor(request, 4) as { data: unknown[] };
      return { json: { ...answer, data: [...answer.data].reverse() } };
    });
    await expect(provider().embedDocuments(['first', 'second', 'third'])).resolves.toEqual([
      vectorFor('first', 4),
      vectorFor('second', 4),
      vectorFor('third', 4),
    ]);
  });

  it('takes items without index in the order listed', async () => {
    server.enqueue((request) => {
      const answer = embeddingsFor(request, 4) as { data: { index?: number }[] };
      return { json: { ...answer, data: answer.data.map(({ index: _index, ...item }) => item) } };
    });
    await expect(provider().embedDocuments(['x', 'y'])).resolves.toEqual([vectorFor('x', 4), vectorFor('y', 4)]);
  });

  it('prefixes documents and queries, as E5 models need', async () => {
    const embed = provider({ queryPrefix: 'query: ', documentPrefix: 'passage: ' });
    const [document] = await embed.embedDocuments(['I live in London']);
    const query = await embed.embedQuery('Where do I live?');
    expect(server.requests.map((request) => request.body.input)).toEqual([['passage: I live in London'], ['query: Where do I live?']]);
    expect(document).toEqual(vectorFor('passage: I live in London', 4));
    expect(query).toEqual(vectorFor('query: Where do I live?', 4));
  });

  it('understands a server that ignores base64 and sends numbers', async () => {
    server.enqueue((request) => ({ json: embeddingsFor(request, 4, { ignoreBase64: true }) }));
    await expect(provider().embedQuery('hello')).resolves.toEqual(vectorFor('hello', 4));
  });

  it('asks for numbers with encodingFormat: float', async () => {
    await expect(provider({ encodingFormat: 'float' }).embedQuery('hello')).resolves.toEqual(vectorFor('hello', 4));
    expect(server.requests[0]!.body.encoding_format).toBe('float');
  });

  it('sends dimensions only with sendDimensions', async () => {
    await provider().embedQuery('a');
    await provider({ sendDimensions: true }).embedQuery('a');
    expect(server.requests.map((request) => request.body.dimensions)).toEqual([undefined, 4]);
  });

  it('sends nothing for no documents', async () => {
    await expect(provider().embedDocuments([])).resolves.toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  describe('vectors of another size', () => {
    it('are a DimensionMismatchError naming the model and the text', async () => {
      server.dimensions = 3;
      const error = await provider({ model: 'nomic-embed-text' })
        .embedDocuments(['a', 'b'])
        .catch((caught: unknown) => caught);
      expect(DimensionMismatchError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ expected: 4, actual: 3, path: 'texts[0]' });
      expect((error as Error).message).toBe(
        'OpenAIEmbeddingProvider: model "nomic-embed-text" returned 3 dimensions for texts[0], but this provider is configured with dimensions: 4',
      );
    });

    it('in a later batch name the text by its place in the whole input', async () => {
      server.enqueue(
        (request) => ({ json: embeddingsFor(request, 4) }),
        (request) => ({ json: embeddingsFor(request, 5) }),
      );
      await expect(provider({ batchSize: 2 }).embedDocuments(['a', 'b', 'c'])).rejects.toMatchObject({
        code: 'DIMENSION_MISMATCH',
        path: 'texts[2]',
        actual: 5,
      });
    });

    it('for a query is named `text`', async () => {
      server.dimensions = 8;
      await expect(provider().embedQuery('q')).rejects.toMatchObject({ code: 'DIMENSION_MISMATCH', expected: 4, actual: 8, path: 'text' });
    });
  });

  describe('unusable answers are PROVIDER_BAD_RESPONSE', () => {
    const b64 = (values: number[]): string => Buffer.from(new Float32Array(values).buffer).toString('base64');
    it.each([
      ['malformed JSON', { raw: '{"data": [' }, /malformed JSON/],
      ['no data array', { json: { object: 'list' } }, /no data array/],
      ['fewer embeddings than inputs', { json: { data: [{ index: 0, embedding: b64([1, 2, 3, 4]) }] } }, /holds 1 embeddings for 2 inputs/],
      [
        'repeated indices',
        {
          json: {
            data: [
              { index: 0, embedding: b64([1, 2, 3, 4]) },
              { index: 0, embedding: b64([1, 2, 3, 4]) },
            ],
          },
        },
        /indices are not 0 to 1 once each/,
      ],
      [
        'a missing embedding',
        { json: { data: [{ index: 0 }, { index: 1, embedding: [1, 2, 3, 4] }] } },
        /embedding for texts\[0\] is missing/,
      ],
      [
        'text that is not base64',
        {
          json: {
            data: [
              { index: 0, embedding: 'not base64!' },
              { index: 1, embedding: [1, 2, 3, 4] },
            ],
          },
        },
        /texts\[0\] is neither base64/,
      ],
      [
        'base64 of a partial float',
        {
          json: {
            data: [
              { index: 0, embedding: b64([1, 2, 3, 4]) },
              { index: 1, embedding: 'AAAA' },
            ],
          },
        },
        /texts\[1\] is 3 bytes of base64/,
      ],
      [
        'a non-number',
        {
          json: {
            data: [
              { index: 0, embedding: [1, 2, 3, 4] },
              { index: 1, embedding: [1, '2', 3, 4] },
            ],
          },
        },
        /texts\[1\] has a non-number at \[1\]/,
      ],
      [
        'a value float32 cannot hold',
        {
          json: {
            data: [
              { index: 0, embedding: [1, 2, 3, 1e39] },
              { index: 1, embedding: [1, 2, 3, 4] },
            ],
          },
        },
        /texts\[0\] has a non-finite value at \[3\]/,
      ],
      [
        'NaN in base64',
        {
          json: {
            data: [
              { index: 0, embedding: b64([1, Number.NaN, 3, 4]) },
              { index: 1, embedding: [1, 2, 3, 4] },
            ],
          },
        },
        /texts\[0\] has a non-finite value at \[1\]/,
      ],
    ])('%s', async (_what, reply, message) => {
      server.enqueue(reply);
      const error = await provider({ maxRetries: 2 })
        .embedDocuments(['a', 'b'])
        .catch((caught: unknown) => caught);
      expect(ProviderError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', retryable: false, model: 'test-embed' });
      expect((error as Error).message).toMatch(message);
      expect(server.requests).toHaveLength(1);
    });
  });

  describe('arguments are checked before anything is sent', () => {
    it.each([
      ['not an array', 'hello', 'texts'],
      ['a non-string', ['a', 7], 'texts[1]'],
      ['an empty text', ['a', ''], 'texts[1]'],
      ['a blank text', ['  \n'], 'texts[0]'],
    ])('documents: %s', async (_what, texts, path) => {
      const error = await provider()
        .embedDocuments(texts as never)
        .catch((caught: unknown) => caught);
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((error as ValidationError).path).toBe(path);
      expect(server.requests).toHaveLength(0);
    });

    it('a blank query', async () => {
      await expect(provider().embedQuery(' ')).rejects.toMatchObject({ code: 'VALIDATION_ERROR', path: 'text' });
      await expect(provider().embedQuery(undefined as never)).rejects.toMatchObject({ code: 'VALIDATION_ERROR', path: 'text' });
      expect(server.requests).toHaveLength(0);
    });

    it('bad call options', async () => {
      await expect(provider().embedQuery('q', { signal: 'stop' } as never)).rejects.toMatchObject({
        code: 'VALIDATION_ERROR',
        path: 'options.signal',
      });
      await expect(provider().embedDocuments(['q'], { timeout: 5 } as never)).rejects.toMatchObject({
        code: 'VALIDATION_ERROR',
        path: 'options',
      });
    });
  });
});
