import { ProviderError, ValidationError } from '@casual-memory/core';
import { OpenAIChatProvider, type OpenAIChatProviderOptions } from '../src';
import { chatCompletion, FakeOpenAIServer } from './fake-openai-server';

let server: FakeOpenAIServer;

beforeEach(async () => {
  server = await FakeOpenAIServer.start();
});

afterEach(async () => {
  await server.close();
});

function provider(options: Partial<OpenAIChatProviderOptions> = {}): OpenAIChatProvider {
  return new OpenAIChatProvider({ model: 'test-chat', baseURL: server.baseURL, apiKey: 'sk-test-key-123', retryDelayMs: 1, ...options });
}

const hello = [{ role: 'user' as const, content: 'Hello' }];

describe('OpenAIChatProvider.chat', () => {
  it('sends the model and messages to /chat/completions and returns the reply text', async () => {
    server.chatReply = 'Hi there';
    const chat = provider();
    const reply = await chat.chat([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hello' },
    ]);
    expect(reply).toBe('Hi there');
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request!.path).toBe('/v1/chat/completions');
    expect(request!.headers.authorization).toBe('Bearer sk-test-key-123');
    expect(request!.body).toEqual({
      model: 'test-chat',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hello' },
      ],
    });
    expect(chat.model).toBe('test-chat');
    expect(chat.endpoint).toBe(server.baseURL);
  });

  it('sends the temperature when one is set', async () => {
    await provider({ temperature: 0.2 }).chat(hello);
    expect(server.requests[0]!.body.temperature).toBe(0.2);
  });

  it('returns an empty reply as it is', async () => {
    server.chatReply = '';
    await expect(provider().chat(hello)).resolves.toBe('');
  });

  describe('with json: true', () => {
    it('asks for a JSON object through response_format and returns it', async () => {
      server.chatReply = '{"memories": []}';
      await expect(provider().chat(hello, { json: true })).resolves.toBe('{"memories": []}');
      expect(server.requests[0]!.body.response_format).toEqual({ type: 'json_object' });
    });

    it('takes the first JSON object out of a reply from a server that ignored JSON mode', async () => {
      server.chatReply =
        'Sure! Here it is:\n```json\n{"memories": [{"text": "I live in {Paris}"}]}\n```\nAnything else? {"not": "this one"}';
      await expect(provider().chat(hello, { json: true })).resolves.toBe('{"memories": [{"text": "I live in {Paris}"}]}');
    });

    it('rejects a reply with no JSON object as PROVIDER_BAD_RESPONSE, quoting it', async () => {
      server.chatReply = 'I cannot answer in JSON, sorry.';
      const error = await provider()
        .chat(hello, { json: true })
        .catch((caught: unknown) => caught);
      expect(ProviderError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', retryable: false, model: 'test-chat', provider: 'OpenAIChatProvider' });
      expect((error as Error).message).toContain('holds no JSON object');
      expect((error as Error).message).toContain('I cannot answer in JSON');
      expect(server.requests).toHaveLength(1);
    });

    it('says when the JSON was cut off by the token limit', async () => {
      server.enqueue({ json: chatCompletion('{"memories": [{"text": "I live', { finish_reason: 'length' }) });
      await expect(provider().chat(hello, { json: true })).rejects.toThrow(/cut off: finish_reason "length"/);
    });

    it('does not send response_format without json: true', async () => {
      await provider().chat(hello, { json: false });
      expect(server.requests[0]!.body).not.toHaveProperty('response_format');
    });
  });

  describe('unusable answers are PROVIDER_BAD_RESPONSE, never retried', () => {
    it.each([
      ['malformed JSON', { raw: '{"choices": [ oops' }, /malformed JSON/],
      ['no choices', { json: { id: 'x', choices: [] } }, /no choices\[0\]\.message/],
      ['a body that is not an object', { raw: '"just a string"' }, /no choices\[0\]\.message/],
      ['no text (a refusal)', { json: chatCompletion(null, { refusal: 'I will not.' }) }, /no text: the model refused \("I will not\."\)/],
      ['no text', { json: chatCompletion(null) }, /the reply has no text$/],
    ])('%s', async (_what, reply, message) => {
      server.enqueue(reply);
      const error = await provider({ maxRetries: 3 })
        .chat(hello)
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', retryable: false });
      expect((error as Error).message).toMatch(message);
      expect(server.requests).toHaveLength(1);
    });
  });

  describe('arguments are checked before anything is sent', () => {
    it.each([
      ['not an array', 'Hello', 'messages'],
      ['no messages', [], 'messages'],
      ['an unknown role', [{ role: 'tool', content: 'x' }], 'messages[0].role'],
      ['content not a string', [{ role: 'user', content: 42 }], 'messages[0].content'],
      ['an unknown key', [{ role: 'user', content: 'x', name: 'bob' }], 'messages[0]'],
    ])('messages: %s', async (_what, messages, path) => {
      const error = await provider()
        .chat(messages as never)
        .catch((caught: unknown) => caught);
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((error as ValidationError).path).toBe(path);
      expect(server.requests).toHaveLength(0);
    });

    it.each([
      ['json not a boolean', { json: 'yes' }, 'options.json'],
      ['signal not an AbortSignal', { signal: {} }, 'options.signal'],
      ['an unknown key', { jsonMode: true }, 'options'],
    ])('options: %s', async (_what, options, path) => {
      const error = await provider()
        .chat(hello, options as never)
        .catch((caught: unknown) => caught);
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((error as ValidationError).path).toBe(path);
      expect(server.requests).toHaveLength(0);
    });
  });
});
