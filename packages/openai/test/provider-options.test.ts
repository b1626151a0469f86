import { runInNewContext } from 'node:vm';
import { ValidationError } from '@casual-memory/core';
import { OpenAI } from 'openai';
import { OpenAIChatProvider, OpenAIEmbeddingProvider } from '../src';
import { FakeOpenAIServer } from './fake-openai-server';

let server: FakeOpenAIServer;
const savedEnv = { key: process.env['OPENAI_API_KEY'], base: process.env['OPENAI_BASE_URL'] };

beforeEach(async () => {
  server = await FakeOpenAIServer.start();
  delete process.env['OPENAI_API_KEY'];
  delete process.env['OPENAI_BASE_URL'];
});

afterEach(async () => {
  await server.close();
  for (const [name, value] of [
    ['OPENAI_API_KEY', savedEnv.key],
    ['OPENAI_BASE_URL', savedEnv.base],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

function validationError(make: () => unknown): ValidationError {
  try {
    make();
  } catch (error) {
    if (ValidationError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

const hello = [{ role: 'user' as const, content: 'Hello' }];

describe('constructor options', () => {
  it.each([
    ['an unknown key', { model: 'm', apiKey: 'k', baseUrl: 'http://x' }, 'OpenAIChatProvider options'],
    ['no model', { apiKey: 'k' }, 'OpenAIChatProvider options.model'],
    ['a blank model', { model: ' ', apiKey: 'k' }, 'OpenAIChatProvider options.model'],
    ['a baseURL that is not http(s)', { model: 'm', apiKey: 'k', baseURL: 'ftp://host/v1' }, 'OpenAIChatProvider options.baseURL'],
    ['an empty apiKey', { model: 'm', apiKey: '' }, 'OpenAIChatProvider options.apiKey'],
    ['a negative maxRetries', { model: 'm', apiKey: 'k', maxRetries: -1 }, 'OpenAIChatProvider options.maxRetries'],
    ['a zero timeoutMs', { model: 'm', apiKey: 'k', timeoutMs: 0 }, 'OpenAIChatProvider options.timeoutMs'],
    ['a temperature above 2', { model: 'm', apiKey: 'k', temperature: 3 }, 'OpenAIChatProvider options.temperature'],
    ['a client that is not one', { model: 'm', client: {} }, 'OpenAIChatProvider options.client'],
  ])('chat: %s is a ValidationError', (_what, options, path) => {
    expect(validationError(() => new OpenAIChatProvider(options as never)).path).toBe(path);
  });

  it.each([
    ['no dimensions', { model: 'm', apiKey: 'k' }, 'OpenAIEmbeddingProvider options.dimensions'],
    ['fractional dimensions', { model: 'm', apiKey: 'k', dimensions: 1.5 }, 'OpenAIEmbeddingProvider options.dimensions'],
    ['batchSize 0', { model: 'm', apiKey: 'k', dimensions: 4, batchSize: 0 }, 'OpenAIEmbeddingProvider options.batchSize'],
    ['batchSize over 2048', { model: 'm', apiKey: 'k', dimensions: 4, batchSize: 2049 }, 'OpenAIEmbeddingProvider options.batchSize'],
    [
      'an unknown encoding',
      { model: 'm', apiKey: 'k', dimensions: 4, encodingFormat: 'hex' },
      'OpenAIEmbeddingProvider options.encodingFormat',
    ],
    ['a prefix not a string', { model: 'm', apiKey: 'k', dimensions: 4, queryPrefix: 1 }, 'OpenAIEmbeddingProvider options.queryPrefix'],
  ])('embeddings: %s is a ValidationError', (_what, options, path) => {
    expect(validationError(() => new OpenAIEmbeddingProvider(options as never)).path).toBe(path);
  });

  it('a throwing getter in the options is a ValidationError', () => {
    const options = {
      get model(): string {
        throw new Error('boom');
      },
    };
    expect(validationError(() => new OpenAIChatProvider(options as never)).message).toContain('could not be read (boom)');
  });

  it('needs a key for the OpenAI API, named without showing any', () => {
    const error = validationError(() => new OpenAIChatProvider({ model: 'gpt-4o-mini' }));
    expect(error.path).toBe('OpenAIChatProvider options.apiKey');
    expect(error.message).toContain('pass apiKey or set OPENAI_API_KEY');
  });

  it('reads OPENAI_API_KEY when no apiKey is given', async () => {
    process.env['OPENAI_API_KEY'] = 'sk-from-env';
    await new OpenAIChatProvider({ model: 'm', baseURL: server.baseURL }).chat(hello);
    expect(server.requests[0]!.headers.authorization).toBe('Bearer sk-from-env');
  });

  it('goes without a key for a server given by baseURL (a placeholder is sent)', async () => {
    await new OpenAIChatProvider({ model: 'llama3.2', baseURL: server.baseURL }).chat(hello);
    expect(server.requests[0]!.headers.authorization).toBe('Bearer no-key');
  });

  it('goes without a key for a server given by OPENAI_BASE_URL', async () => {
    process.env['OPENAI_BASE_URL'] = server.baseURL;
    const chat = new OpenAIChatProvider({ model: 'llama3.2' });
    expect(chat.endpoint).toBe(server.baseURL);
    await chat.chat(hello);
    expect(server.requests).toHaveLength(1);
  });

  it('shows the endpoint without credentials or query', () => {
    const chat = new OpenAIChatProvider({ model: 'm', apiKey: 'k', baseURL: 'https://user:pass@example.test/openai/v1/?api-version=1' });
    expect(chat.endpoint).toBe('https://example.test/openai/v1');
  });
});

describe("on the user's own client", () => {
  it('sends through it, with its key and base URL', async () => {
    const client = new OpenAI({ apiKey: 'sk-own-client-key', baseURL: server.baseURL, maxRetries: 5 });
    const chat = new OpenAIChatProvider({ model: 'm', client, retryDelayMs: 1 });
    const embed = new OpenAIEmbeddingProvider({ model: 'e', dimensions: 4, client });
    await chat.chat(hello);
    await embed.embedQuery('q');
    expect(server.requests.map((request) => [request.path, request.headers.authorization])).toEqual([
      ['/v1/chat/completions', 'Bearer sk-own-client-key'],
      ['/v1/embeddings', 'Bearer sk-own-client-key'],
    ]);
    expect(chat.endpoint).toBe(server.baseURL);
  });

  it("applies this provider's retries, not the client's", async () => {
    const client = new OpenAI({ apiKey: 'sk-own-client-key', baseURL: server.baseURL, maxRetries: 5 });
    server.enqueue({ status: 500 }, { status: 500 });
    await expect(new OpenAIChatProvider({ model: 'm', client, maxRetries: 1, retryDelayMs: 1 }).chat(hello)).rejects.toMatchObject({
      code: 'PROVIDER_UNAVAILABLE',
    });
    expect(server.requests).toHaveLength(2);
  });

  it("redacts the client's key from messages", async () => {
    const client = new OpenAI({ apiKey: 'sk-own-client-key', baseURL: server.baseURL });
    server.enqueue({ status: 401, json: { error: { message: 'bad key sk-own-client-key' } } });
    const error = await new OpenAIChatProvider({ model: 'm', client }).chat(hello).catch((caught: unknown) => caught);
    expect((error as Error).message).not.toContain('sk-own-client-key');
  });

  it('uses timeoutMs when given, else the client timeout', async () => {
    const client = new OpenAI({ apiKey: 'sk-own-client-key', baseURL: server.baseURL, timeout: 60 });
    server.enqueue({ delayMs: 2000 }, { delayMs: 2000 });
    await expect(new OpenAIChatProvider({ model: 'm', client, maxRetries: 0 }).chat(hello)).rejects.toThrow('no answer within 60 ms');
    await expect(new OpenAIChatProvider({ model: 'm', client, maxRetries: 0, timeoutMs: 40 }).chat(hello)).rejects.toThrow(
      'no answer within 40 ms',
    );
  });

  it('cannot be combined with baseURL or apiKey', () => {
    const client = new OpenAI({ apiKey: 'k', baseURL: server.baseURL });
    const error = validationError(() => new OpenAIChatProvider({ model: 'm', client, baseURL: server.baseURL, apiKey: 'k' }));
    expect(error.issues.map((issue) => issue.path)).toEqual(['OpenAIChatProvider options.baseURL', 'OpenAIChatProvider options.apiKey']);
    expect(error.message).toContain('cannot be combined with client');
  });

  it('a stand-in client with the same methods works too, and what it throws of ours passes through', async () => {
    const client = {
      chat: { completions: { create: async () => ({ choices: [{ message: { content: 'from a stand-in' } }] }) } },
      embeddings: {
        create: async () => {
          throw new ValidationError({ path: 'input', message: 'refused by the stand-in' });
        },
      },
    };
    await expect(new OpenAIChatProvider({ model: 'm', client: client as never }).chat(hello)).resolves.toBe('from a stand-in');
    await expect(new OpenAIEmbeddingProvider({ model: 'e', dimensions: 2, client: client as never }).embedQuery('q')).rejects.toMatchObject(
      {
        code: 'VALIDATION_ERROR',
        message: 'refused by the stand-in',
      },
    );
  });

  it('knows malformed JSON from another realm by its class name', async () => {
    const foreign: unknown = runInNewContext('new SyntaxError("Unexpected end of JSON input")');
    expect(foreign instanceof SyntaxError).toBe(false);
    const client = {
      chat: {
        completions: {
          create: async () => {
            throw foreign;
          },
        },
      },
      embeddings: { create: async () => ({}) },
    };
    await expect(new OpenAIChatProvider({ model: 'm', client: client as never }).chat(hello)).rejects.toMatchObject({
      code: 'PROVIDER_BAD_RESPONSE',
      message: expect.stringContaining('malformed JSON (Unexpected end of JSON input)'),
    });
  });

  it('anything else a client throws is PROVIDER_UNAVAILABLE, not retried', async () => {
    let calls = 0;
    const client = {
      chat: {
        completions: {
          create: async () => {
            calls++;
            throw new TypeError('something odd');
          },
        },
      },
      embeddings: { create: async () => ({}) },
    };
    await expect(new OpenAIChatProvider({ model: 'm', client: client as never }).chat(hello)).rejects.toMatchObject({
      code: 'PROVIDER_UNAVAILABLE',
      message: expect.stringContaining('(something odd)'),
    });
    expect(calls).toBe(1);
  });
});
