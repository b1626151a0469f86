import { createServer } from 'node:net';
import { inspect } from 'node:util';
import { ProviderError } from '@casual-memory/core';
import { AuthenticationError } from 'openai';
import { OpenAIChatProvider, type OpenAIChatProviderOptions, OpenAIEmbeddingProvider } from '../src';
import { chatCompletion, FakeOpenAIServer } from './fake-openai-server';

const API_KEY = 'sk-secret-test-key-0123456789';

let server: FakeOpenAIServer;

beforeEach(async () => {
  server = await FakeOpenAIServer.start();
});

afterEach(async () => {
  await server.close();
});

/** Retries are kept fast: a 1 ms first back-off. */
function provider(options: Partial<OpenAIChatProviderOptions> = {}): OpenAIChatProvider {
  return new OpenAIChatProvider({
    model: 'test-chat',
    baseURL: server.baseURL,
    apiKey: API_KEY,
    retryDelayMs: 1,
    maxRetryDelayMs: 5,
    ...options,
  });
}

const hello = [{ role: 'user' as const, content: 'Hello' }];

async function failure(call: Promise<unknown>): Promise<ProviderError> {
  const caught = await call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
  if (!ProviderError.isInstance(caught)) throw caught;
  return caught;
}

describe('credentials refused (401, 403)', () => {
  it.each([401, 403])('%i is PROVIDER_AUTH at once, and never shows the key', async (status) => {
    server.enqueue({ status, json: { error: { message: `Incorrect API key provided: ${API_KEY}.`, type: 'invalid_request_error' } } });
    const error = await failure(provider({ maxRetries: 3 }).chat(hello));
    expect(error).toMatchObject({ code: 'PROVIDER_AUTH', retryable: false, status, model: 'test-chat' });
    expect(error.message).toContain('refused the API key');
    expect(error.message).toContain('[redacted]');
    // The server echoed the key: it is gone from the message, the cause and everything inspect prints.
    expect(inspect(error, { depth: 10 })).not.toContain(API_KEY);
    expect(String((error.cause as Error).message)).not.toContain(API_KEY);
    expect((error.cause as { status?: number }).status).toBe(status);
    expect(server.requests).toHaveLength(1);
  });

  it('keeps the SDK error as the cause when it holds no secret', async () => {
    server.enqueue({ status: 401, json: { error: { message: 'Invalid token' } } });
    const error = await failure(provider().chat(hello));
    expect(error.cause).toBeInstanceOf(AuthenticationError);
  });

  it('never prints the key when a provider is logged', () => {
    const chat = provider();
    const embed = new OpenAIEmbeddingProvider({ model: 'e', dimensions: 4, baseURL: server.baseURL, apiKey: API_KEY });
    expect(inspect(chat, { depth: 10 })).not.toContain(API_KEY);
    expect(inspect(embed, { depth: 10 })).not.toContain(API_KEY);
    expect(JSON.stringify(chat)).not.toContain(API_KEY);
  });
});

describe('a missing model (404)', () => {
  it('is PROVIDER_NOT_FOUND naming the model, not retried', async () => {
    server.enqueue({ status: 404, json: { error: { message: 'The model `gpt-9` does not exist', code: 'model_not_found' } } });
    const error = await failure(provider({ model: 'gpt-9', maxRetries: 3 }).chat(hello));
    expect(error).toMatchObject({ code: 'PROVIDER_NOT_FOUND', retryable: false, status: 404, model: 'gpt-9' });
    expect(error.message).toContain('model "gpt-9" was not found');
    expect(error.message).toContain('The model `gpt-9` does not exist');
    expect(server.requests).toHaveLength(1);
  });
});

describe('other 4xx are not retried', () => {
  it.each([400, 408, 409, 413, 422])('%i is PROVIDER_BAD_RESPONSE after one request', async (status) => {
    server.enqueue({ status, json: { error: { message: 'bad request' } } });
    const error = await failure(provider({ maxRetries: 3 }).chat(hello));
    expect(error).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', retryable: false, status });
    expect(error.message).toContain(`refused the request for model "test-chat" (${status}: bad request)`);
    expect(server.requests).toHaveLength(1);
  });
});

describe('429, 5xx and timeouts are retried', () => {
  it('a 429 then success succeeds', async () => {
    server.enqueue({ status: 429, json: { error: { message: 'Rate limit reached' } } });
    server.chatReply = 'after the wait';
    await expect(provider().chat(hello)).resolves.toBe('after the wait');
    expect(server.requests).toHaveLength(2);
  });

  it('5xx then success succeeds', async () => {
    server.enqueue({ status: 500 }, { status: 502, raw: '<html>Bad Gateway</html>' }, { status: 503 });
    server.chatReply = 'back';
    await expect(provider({ maxRetries: 3 }).chat(hello)).resolves.toBe('back');
    expect(server.requests).toHaveLength(4);
  });

  it('gives up after maxRetries with PROVIDER_UNAVAILABLE, keeping the last failure as cause', async () => {
    server.enqueue({ status: 500 }, { status: 500 }, { status: 503, json: { error: { message: 'overloaded' } } });
    const error = await failure(provider({ maxRetries: 2 }).chat(hello));
    expect(error).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', retryable: true, status: 503 });
    expect(error.message).toContain('failed for model "test-chat" after 3 attempts (503: overloaded)');
    expect((error.cause as { status: number }).status).toBe(503);
    expect(server.requests).toHaveLength(3);
  });

  it('an exhausted quota (429 insufficient_quota) fails at once', async () => {
    server.enqueue({ status: 429, json: { error: { message: 'You exceeded your current quota', code: 'insufficient_quota' } } });
    const error = await failure(provider({ maxRetries: 3 }).chat(hello));
    expect(error).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', status: 429 });
    expect(error.message).toContain('after 1 attempt (429: You exceeded your current quota)');
    expect(server.requests).toHaveLength(1);
  });

  it('tries once with maxRetries: 0', async () => {
    server.enqueue({ status: 429 });
    const error = await failure(provider({ maxRetries: 0 }).chat(hello));
    expect(error.message).toContain('after 1 attempt (429');
    expect(server.requests).toHaveLength(1);
  });

  it('follows the back-off: retryDelayMs doubles with each retry', async () => {
    server.enqueue({ status: 500 }, { status: 500 });
    const started = Date.now();
    await provider({ maxRetries: 2, retryDelayMs: 100, maxRetryDelayMs: 1000 }).chat(hello);
    // Waits of 50..100 ms then 100..200 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it("waits as long as the server's retry-after-ms says", async () => {
    server.enqueue({ status: 429, headers: { 'retry-after-ms': '150' } });
    const started = Date.now();
    await provider({ retryDelayMs: 1 }).chat(hello);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('a timed-out attempt is retried, then PROVIDER_UNAVAILABLE names the timeout', async () => {
    // A timeout long enough for a loaded machine to deliver each request before it fires.
    server.enqueue({ delayMs: 8000 }, { delayMs: 8000 });
    const error = await failure(provider({ timeoutMs: 1500, maxRetries: 1, retryDelayMs: 1 }).chat(hello));
    expect(error).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', retryable: true });
    expect(error.message).toContain('after 2 attempts (no answer within 1500 ms)');
    expect(server.requests).toHaveLength(2);
  });

  it('a slow first answer then a quick one succeeds', async () => {
    server.enqueue({ delayMs: 2000, json: chatCompletion('too late') });
    server.chatReply = 'in time';
    await expect(provider({ timeoutMs: 100 }).chat(hello)).resolves.toBe('in time');
  });

  it('a server that cannot be reached is PROVIDER_UNAVAILABLE after the retries', async () => {
    const port = await closedPort();
    const error = await failure(provider({ baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 1 }).chat(hello));
    expect(error).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', retryable: true });
    expect(error.message).toMatch(/after 2 attempts \(could not connect: /);
  });

  it('embeddings follow the same policy', async () => {
    server.enqueue({ status: 429 }, { status: 500 });
    const embed = new OpenAIEmbeddingProvider({ model: 'e', dimensions: 4, baseURL: server.baseURL, apiKey: API_KEY, retryDelayMs: 1 });
    await expect(embed.embedQuery('hello')).resolves.toHaveLength(4);
    expect(server.requests).toHaveLength(3);
    server.enqueue({ status: 401 });
    await expect(embed.embedDocuments(['a'])).rejects.toMatchObject({ code: 'PROVIDER_AUTH', provider: 'OpenAIEmbeddingProvider' });
  });
});

describe('AbortSignal', () => {
  it('an abort in flight rejects at once with the AbortError, not a ProviderError', async () => {
    server.enqueue({ delayMs: 5000 });
    const controller = new AbortController();
    const started = Date.now();
    const call = provider().chat(hello, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await call.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(ProviderError.isInstance(error)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("rejects with the caller's own reason when one was given", async () => {
    server.enqueue({ delayMs: 5000 });
    const controller = new AbortController();
    const reason = new Error('user left');
    setTimeout(() => controller.abort(reason), 20);
    await expect(provider().chat(hello, { signal: controller.signal })).rejects.toBe(reason);
  });

  it('an already aborted signal sends nothing', async () => {
    await expect(provider().chat(hello, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
  });

  it('an abort during the back-off stops the retries', async () => {
    server.enqueue({ status: 503 }, { status: 503 });
    const controller = new AbortController();
    const call = provider({ retryDelayMs: 5000, maxRetryDelayMs: 5000 }).chat(hello, { signal: controller.signal });
    // Abort once the first attempt has been answered, i.e. during the back-off, however loaded the machine.
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    setTimeout(() => controller.abort(), 50);
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(1);
  });

  it('aborts embeddings too', async () => {
    server.enqueue({ delayMs: 5000 });
    const embed = new OpenAIEmbeddingProvider({ model: 'e', dimensions: 4, baseURL: server.baseURL, apiKey: API_KEY });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(embed.embedDocuments(['a', 'b'], { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
