import { ConflictStateError, type MemoryConflictInput, StoreClosedError, ValidationError } from '@casual-memory/core';
import { InMemoryConflictStore } from '../src';

const conflict = (userId: string, extra: Partial<MemoryConflictInput> = {}): MemoryConflictInput => ({
  userId,
  memoryAId: 'memory-london',
  memoryBId: 'memory-paris',
  category: 'location',
  similarityScore: 0.91,
  avgImportance: 0.8,
  clarificationHint: 'Where do you currently live?',
  ...extra,
});

/** What a synchronous call threw, or undefined. */
function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('InMemoryConflictStore options', () => {
  it('takes nothing, undefined or an empty object', () => {
    expect(new InMemoryConflictStore().size).toBe(0);
    expect(new InMemoryConflictStore(undefined).size).toBe(0);
    expect(new InMemoryConflictStore({}).size).toBe(0);
  });

  it('rejects any option by name, since it has none (a typo is never silently ignored)', () => {
    // @ts-expect-error: the store takes no options
    const caught = thrownBy(() => new InMemoryConflictStore({ maxConflicts: 5 }));
    expect(ValidationError.isInstance(caught)).toBe(true);
    expect((caught as ValidationError).code).toBe('VALIDATION_ERROR');
    expect((caught as ValidationError).message).toContain('"maxConflicts"');
  });

  it.each([5, 'x', [], true])('rejects options %p that are not an object', (options) => {
    expect(ValidationError.isInstance(thrownBy(() => new InMemoryConflictStore(options as never)))).toBe(true);
  });

  it('turns options that throw while read into a ValidationError, not a raw error', () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys() {
          throw new TypeError('no keys for you');
        },
      },
    );
    const caught = thrownBy(() => new InMemoryConflictStore(throwing));
    expect(ValidationError.isInstance(caught)).toBe(true);
    expect((caught as ValidationError).cause).toBeInstanceOf(TypeError);
  });
});

describe('InMemoryConflictStore ids are per user', () => {
  it('lets two users hold the same caller-chosen id, each seeing only their own', async () => {
    const store = new InMemoryConflictStore();
    expect(await store.addConflict(conflict('u1', { id: 'c1', category: 'location' }))).toBe('c1');
    expect(await store.addConflict(conflict('u2', { id: 'c1', category: 'job' }))).toBe('c1');
    expect(store.size).toBe(2);
    expect((await store.getConflict('u1', 'c1'))?.category).toBe('location');
    expect((await store.getConflict('u2', 'c1'))?.category).toBe('job');

    expect(
      await store.resolveConflict('u1', 'c1', { conflictId: 'c1', decision: 'keep_a', resolutionType: 'manual', resolvedBy: 'u1' }),
    ).toBe(true);
    expect((await store.getConflict('u1', 'c1'))?.status).toBe('resolved');
    expect((await store.getConflict('u2', 'c1'))?.status).toBe('pending');
    expect(await store.clearUserConflicts('u2')).toBe(1);
    expect(await store.getConflict('u1', 'c1')).not.toBeNull();
  });

  it('rejects an id the same user already has with CONFLICT_STATE and keeps the first', async () => {
    const store = new InMemoryConflictStore();
    await store.addConflict(conflict('u1', { id: 'c1', category: 'location' }));
    const error = await store.addConflict(conflict('u1', { id: 'c1', category: 'job' })).catch((thrown: unknown) => thrown);
    expect(ConflictStateError.isInstance(error)).toBe(true);
    expect((await store.getConflict('u1', 'c1'))?.category).toBe('location');
    expect(store.size).toBe(1);
  });

  it('treats an id of another user exactly like an unknown id', async () => {
    const store = new InMemoryConflictStore();
    await store.addConflict(conflict('owner', { id: 'c1' }));
    const resolution = { conflictId: 'c1', decision: 'keep_b' as const, resolutionType: 'conversational' as const, resolvedBy: 'intruder' };
    expect(await store.getConflict('intruder', 'c1')).toBeNull();
    expect(await store.resolveConflict('intruder', 'c1', resolution)).toBe(false);
    expect(await store.escalateConflict('intruder', 'c1')).toBe(false);
    expect(await store.getPendingConflicts('intruder')).toEqual([]);
    expect(await store.getConflictCount('intruder')).toBe(0);
    expect(await store.clearUserConflicts('intruder')).toBe(0);
    const untouched = await store.getConflict('owner', 'c1');
    expect(untouched).toMatchObject({ status: 'pending', resolutionAttempts: 0 });
  });
});

describe('InMemoryConflictStore resolutions', () => {
  it('writes a resolution into the conflict’s own fields and leaves metadata as the caller gave it', async () => {
    const store = new InMemoryConflictStore();
    const metadata = { resolvedBy: 'the caller’s own key', source: 'chat' };
    const id = await store.addConflict(conflict('u1', { metadata }));
    await store.resolveConflict('u1', id, {
      conflictId: id,
      decision: 'merge',
      resolutionType: 'automated',
      resolvedBy: 'system',
      confirmingMemoryText: 'Lives in Paris, works in London',
      notes: 'both were true at different times',
    });
    const resolved = await store.getConflict('u1', id);
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolutionDecision: 'merge',
      resolutionType: 'automated',
      resolvedBy: 'system',
      mergedText: 'Lives in Paris, works in London',
      resolutionNotes: 'both were true at different times',
    });
    expect(resolved?.resolvedAt).toBeInstanceOf(Date);
    expect(resolved).not.toHaveProperty('winningMemoryId');
    expect(resolved?.metadata).toEqual(metadata);
  });

  it('names the winner for keep_a and refuses to resolve or escalate twice', async () => {
    const store = new InMemoryConflictStore();
    const id = await store.addConflict(conflict('u1'));
    expect(await store.escalateConflict('u1', id)).toBe(true);
    expect(await store.resolveConflict('u1', id, { conflictId: id, decision: 'keep_a', resolutionType: 'manual', resolvedBy: 'u1' })).toBe(
      true,
    );
    const resolved = await store.getConflict('u1', id);
    expect(resolved).toMatchObject({ winningMemoryId: 'memory-london', resolutionAttempts: 1 });
    expect(await store.resolveConflict('u1', id, { conflictId: id, decision: 'keep_b', resolutionType: 'manual', resolvedBy: 'u1' })).toBe(
      false,
    );
    expect(await store.escalateConflict('u1', id)).toBe(false);
    expect(await store.getConflict('u1', id)).toEqual(resolved);
  });

  it('lets exactly one of many racing resolutions win', async () => {
    const store = new InMemoryConflictStore();
    const id = await store.addConflict(conflict('u1'));
    const decisions = ['keep_a', 'keep_b', 'both_valid', 'keep_a', 'keep_b'] as const;
    const outcomes = await Promise.all(
      decisions.map((decision) =>
        store.resolveConflict('u1', id, { conflictId: id, decision, resolutionType: 'manual', resolvedBy: 'u1' }),
      ),
    );
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect((await store.getConflict('u1', id))?.resolutionDecision).toBe(decisions[outcomes.indexOf(true)]);
  });

  it('clears only the status asked for and forgets a user once empty', async () => {
    const store = new InMemoryConflictStore();
    const resolvedId = await store.addConflict(conflict('u1'));
    await store.addConflict(conflict('u1'));
    await store.resolveConflict('u1', resolvedId, {
      conflictId: resolvedId,
      decision: 'both_valid',
      resolutionType: 'manual',
      resolvedBy: 'u1',
    });
    expect(await store.getConflictCount('u1', 'resolved')).toBe(1);
    expect(await store.clearUserConflicts('u1', 'escalated')).toBe(0);
    expect(await store.clearUserConflicts('u1', 'resolved')).toBe(1);
    expect(await store.getConflictCount('u1')).toBe(1);
    expect(await store.clearUserConflicts('u1', 'pending')).toBe(1);
    expect(store.size).toBe(0);
  });
});

describe('InMemoryConflictStore pending conflicts', () => {
  it('lists pending and escalated ones, most important first, then oldest, up to the limit', async () => {
    const store = new InMemoryConflictStore();
    const at = (iso: string) => new Date(iso);
    await store.addConflict(conflict('u1', { id: 'low', avgImportance: 0.2, createdAt: at('2024-01-01') }));
    await store.addConflict(conflict('u1', { id: 'high-new', avgImportance: 0.9, createdAt: at('2024-03-01') }));
    await store.addConflict(conflict('u1', { id: 'high-old', avgImportance: 0.9, createdAt: at('2024-02-01') }));
    await store.addConflict(conflict('u1', { id: 'done', avgImportance: 1 }));
    await store.resolveConflict('u1', 'done', { conflictId: 'done', decision: 'both_valid', resolutionType: 'manual', resolvedBy: 'u1' });
    await store.escalateConflict('u1', 'low');
    const ids = async (limit?: number) =>
      (await store.getPendingConflicts('u1', limit === undefined ? undefined : { limit })).map((c) => c.id);
    expect(await ids()).toEqual(['high-old', 'high-new', 'low']);
    expect(await ids(2)).toEqual(['high-old', 'high-new']);
    expect(await ids(0)).toEqual([]);
    expect(await ids(1e10)).toEqual(['high-old', 'high-new', 'low']);
  });
});

describe('InMemoryConflictStore copies', () => {
  it('keeps nothing of the caller’s object and hands out nothing of its own', async () => {
    const store = new InMemoryConflictStore();
    const createdAt = new Date('2024-01-01T00:00:00Z');
    const input = conflict('u1', { createdAt, metadata: { tags: ['a'] } });
    const id = await store.addConflict(input);
    createdAt.setUTCFullYear(1999);
    (input.metadata as { tags: string[] }).tags.push('changed by the caller');

    const first = await store.getConflict('u1', id);
    expect(first?.createdAt.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(first?.metadata).toEqual({ tags: ['a'] });
    first?.createdAt.setUTCFullYear(1999);
    (first!.metadata as { tags: string[] }).tags.push('changed by the reader');
    const [pending] = await store.getPendingConflicts('u1');
    pending?.createdAt.setUTCFullYear(1999);

    expect(await store.getConflict('u1', id)).toMatchObject({ createdAt: new Date('2024-01-01T00:00:00Z'), metadata: { tags: ['a'] } });
  });
});

describe('InMemoryConflictStore metadata', () => {
  it('rejects circular metadata with a ValidationError and stores nothing', async () => {
    const store = new InMemoryConflictStore();
    const metadata: Record<string, unknown> = { name: 'loop' };
    metadata['self'] = metadata;
    const error = await store.addConflict(conflict('u1', { metadata: metadata as never })).catch((thrown: unknown) => thrown);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).path).toBe('conflict.metadata.self');
    expect(store.size).toBe(0);
  });

  it('rejects metadata nested 5000 levels with a ValidationError, not a stack overflow', async () => {
    const store = new InMemoryConflictStore();
    let metadata: Record<string, unknown> = {};
    for (let level = 0; level < 5000; level++) metadata = { inner: metadata };
    const error = await store.addConflict(conflict('u1', { metadata: metadata as never })).catch((thrown: unknown) => thrown);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).message).toMatch(/nests more than 64 levels/);
    expect(store.size).toBe(0);
  });

  it('keeps a __proto__ key as plain data through add and read', async () => {
    const store = new InMemoryConflictStore();
    const metadata = JSON.parse('{"__proto__": {"polluted": true}, "kept": 1}') as Record<string, never>;
    const id = await store.addConflict(conflict('u1', { metadata }));
    const read = await store.getConflict('u1', id);
    expect(Object.getPrototypeOf(read?.metadata)).toBe(Object.prototype);
    expect(Object.keys(read?.metadata ?? {})).toEqual(['__proto__', 'kept']);
    expect(Object.getOwnPropertyDescriptor(read?.metadata, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('InMemoryConflictStore close', () => {
  it('drops its data, then rejects every call with STORE_CLOSED', async () => {
    const store = new InMemoryConflictStore();
    const id = await store.addConflict(conflict('u1'));
    await store.addConflict(conflict('u2'));
    expect(store.size).toBe(2);
    await store.close();
    await store.close();
    expect(store.closed).toBe(true);
    expect(store.size).toBe(0);
    const calls: (() => Promise<unknown>)[] = [
      () => store.addConflict(conflict('u1')),
      () => store.getConflict('u1', id),
      () => store.getPendingConflicts('u1'),
      () => store.resolveConflict('u1', id, { conflictId: id, decision: 'keep_a', resolutionType: 'manual', resolvedBy: 'u1' }),
      () => store.escalateConflict('u1', id),
      () => store.getConflictCount('u1'),
      () => store.clearUserConflicts('u1'),
    ];
    for (const call of calls) {
      const error = await call().catch((thrown: unknown) => thrown);
      expect(StoreClosedError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'STORE_CLOSED', retryable: false });
    }
  });
});
