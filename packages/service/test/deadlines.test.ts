import { CasualMemoryError, type ChatOptions, type EmbeddingProvider } from '@casual-memory/core';
import { withDeadline } from '../src/service/call-deadline';
import { guardChat } from '../src/service/guard-dependencies';
import { TEST_DIMENSIONS } from './helpers/rule-providers';
import { ruleService } from './helpers/service';

const u1 = (text: string) => ({ text, type: 'fact' as const, userId: 'u1' });
const never = () => new Promise<never>(() => undefined);

describe('deadlines', () => {
  it('a store call that never answers ends the add with a retryable typed error, and the next add of that user goes ahead', async () => {
    const { service, vectorStore } = ruleService();
    jest.spyOn(vectorStore, 'findSimilarMemories').mockImplementationOnce(never);
    const hung = service.add(u1('I like tea'), { timeoutMs: 100 });
    // Queued behind the hung one, on the same user's lock.
    const next = service.add(u1('I work as a teacher'), { timeoutMs: 5_000 });
    await expect(hung).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', retryable: true });
    await expect(hung).rejects.toThrow(/MemoryService.add did not finish within 100 ms .*VectorMemoryStore.findSimilarMemories/);
    expect((await next).action).toBe('added');
    expect(vectorStore.size).toBe(1);
    expect((await service.add(u1('I like tea'))).action).toBe('added');
  });

  it('the service-wide timeoutMs applies to every call, a call may override it', async () => {
    const { service, vectorStore, conflictStore } = ruleService({ timeoutMs: 100 });
    await service.add(u1('I live in London'));
    const paris = await service.add(u1('I live in Paris'));
    jest.spyOn(vectorStore, 'search').mockImplementation(never);
    jest.spyOn(vectorStore, 'listMemories').mockImplementation(never);
    await expect(service.query('u1', 'where do I live')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', retryable: true });
    await expect(service.history('u1')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    jest.spyOn(conflictStore, 'getPendingConflicts').mockImplementationOnce(never);
    await expect(service.getPendingConflicts('u1')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    jest.spyOn(conflictStore, 'getConflict').mockImplementationOnce(never);
    await expect(service.resolveConflict('u1', paris.conflictIds[0] ?? '', 'keep_b')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    // Nothing was claimed: the conflict still waits, and resolves normally.
    jest.restoreAllMocks();
    expect(await service.resolveConflict('u1', paris.conflictIds[0] ?? '', 'keep_b', { timeoutMs: 5_000 })).toMatchObject({
      applied: true,
      complete: true,
    });
  });

  it('an aborted signal ends the call with a typed error and starts nothing', async () => {
    const { service, vectorStore } = ruleService();
    const controller = new AbortController();
    controller.abort(new Error('user went away'));
    await expect(service.add(u1('I like tea'), { signal: controller.signal })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      retryable: true,
    });
    expect(vectorStore.size).toBe(0);
    const later = new AbortController();
    jest.spyOn(vectorStore, 'findSimilarMemories').mockImplementationOnce(never);
    const pending = service.add(u1('I like tea'), { signal: later.signal });
    setTimeout(() => later.abort(), 20);
    await expect(pending).rejects.toThrow(/cancelled by the caller's signal/);
    expect((await service.add(u1('I like tea'))).action).toBe('added');
  });

  it('passes the deadline to the chat provider as its signal, and ends a hung model call', async () => {
    const seen: ChatOptions[] = [];
    const chat = guardChat({
      chat: (_messages, options) => {
        seen.push(options ?? {});
        return never();
      },
    });
    const asked = withDeadline('MemoryService.add', { timeoutMs: 50 }, undefined, (deadline) =>
      chat.chat([{ role: 'user', content: 'hi' }], { json: true, signal: deadline?.signal }),
    );
    await expect(asked).rejects.toMatchObject({ code: 'PROVIDER_UNAVAILABLE', retryable: true, provider: 'ChatProvider' });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.json).toBe(true);
    expect(seen[0]?.signal?.aborted).toBe(true);
    // The caller's own signal is kept: aborting it aborts the one the provider sees.
    const listening = guardChat({
      chat: (_messages, options) =>
        new Promise<string>((_, reject) => options?.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    });
    const own = new AbortController();
    const second = withDeadline('MemoryService.add', {}, undefined, () =>
      listening.chat([{ role: 'user', content: 'hi' }], { signal: own.signal }),
    );
    own.abort();
    await expect(second).rejects.toMatchObject({ code: 'PROVIDER_UNAVAILABLE', message: expect.stringContaining('aborted') });
  });

  it("an add's model call gets the add's deadline as its signal, and a hung one ends the add", async () => {
    const seen: ChatOptions[] = [];
    const { service, vectorStore } = ruleService({
      nli: undefined,
      conflictVerifier: undefined,
      duplicateDetector: undefined,
      similarityThreshold: 0.1,
      chat: {
        chat: (_messages, options) => {
          seen.push(options ?? {});
          return never();
        },
      },
    });
    await service.add(u1('I like tea'));
    const hung = service.add(u1('I like green tea a lot these days, mostly sencha'), { timeoutMs: 100 });
    // The model's verdict is lost with the deadline, and nothing more is started: the add ends there.
    await expect(hung).rejects.toMatchObject({
      retryable: true,
      message: expect.stringContaining('MemoryService.add did not finish within 100 ms'),
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.signal?.aborted).toBe(true);
    // Nothing was written after the deadline, and the user's lock is free again.
    expect(vectorStore.size).toBe(1);
    expect((await service.add(u1('I work as a teacher'), { timeoutMs: 5_000 })).action).toBe('added');
  });

  it('a hung NLI model ends the add at its deadline, and nothing is written after it', async () => {
    const { service, vectorStore } = ruleService({ nli: { predict: never }, timeoutMs: 100 });
    await expect(service.add(u1('I like tea'))).resolves.toMatchObject({ action: 'added' });
    await expect(service.add(u1('I like green tea'))).rejects.toThrow(/MemoryService.add did not finish within 100 ms/);
    expect(vectorStore.size).toBe(1);
  });

  it('rejects a bad timeoutMs or signal as a ValidationError', async () => {
    const { service } = ruleService();
    for (const timeoutMs of [0, -1, 1.5, Number.NaN]) {
      await expect(service.add(u1('I like tea'), { timeoutMs })).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
      await expect(service.query('u1', 'tea', { timeoutMs })).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    }
    await expect(service.repair('u1', { signal: 'stop' as never })).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    expect(() => ruleService({ timeoutMs: -5 })).toThrow(expect.objectContaining({ code: 'VALIDATION_ERROR' }));
  });
});

describe('provider and store answers that cannot be used', () => {
  const broken = (vectors: unknown): EmbeddingProvider => ({
    dimensions: TEST_DIMENSIONS,
    embedDocuments: async () => vectors as Float32Array[],
    embedQuery: async () => (Array.isArray(vectors) ? vectors[0] : vectors) as Float32Array,
  });

  it.each([
    ['null', null],
    ['[null]', [null]],
    ['no vector', []],
    ['a short vector', [new Float32Array(3)]],
    ['NaN', [new Float32Array(TEST_DIMENSIONS).fill(Number.NaN)]],
  ])('an embedding provider answering %s is a ProviderError and nothing is stored', async (_what, vectors) => {
    const { service, vectorStore } = ruleService({ embedding: broken(vectors) });
    const error = await service.add(u1('I like tea')).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', retryable: false, provider: 'EmbeddingProvider' });
    expect(CasualMemoryError.isInstance(error)).toBe(true);
    expect(vectorStore.size).toBe(0);
    await expect(service.query('u1', 'tea')).rejects.toMatchObject({ code: 'PROVIDER_BAD_RESPONSE' });
  });

  it('a raw error from a provider or a store arrives typed, keeping it as cause', async () => {
    const { service, vectorStore, embedding } = ruleService();
    const raw = new TypeError('socket hang up');
    jest.spyOn(embedding, 'embedDocuments').mockRejectedValueOnce(raw);
    await expect(service.add(u1('I like tea'))).rejects.toMatchObject({ code: 'PROVIDER_UNAVAILABLE', retryable: true, cause: raw });
    jest.spyOn(vectorStore, 'add').mockRejectedValueOnce(raw);
    await expect(service.add(u1('I like tea'))).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', retryable: true, cause: raw });
    expect(vectorStore.size).toBe(0);
  });
});

it('nothing raw leaves a public call, even from a store missing a method of the contract', async () => {
  const { service, conflictStore } = ruleService();
  Object.defineProperty(conflictStore, 'getUnappliedResolutions', { value: undefined });
  const error = await service.repair('u1').catch((thrown: unknown) => thrown);
  expect(CasualMemoryError.isInstance(error)).toBe(true);
  expect(error).toMatchObject({ code: 'CASUAL_MEMORY_ERROR', retryable: false, message: expect.stringContaining('MemoryService.repair') });
});
