import { type MemoryConflictInput, StoreUnavailableError } from '@casual-memory/core';
import { randomId } from '@casual-memory/test-suite';
import { TypeORMConflictStore } from '../src';
import { PrivatePostgres } from './helpers/private-postgres';
import { loadedTypeormVersion } from './helpers/test-databases';

const conflict = (userId: string, i: number): MemoryConflictInput => ({
  userId,
  id: `conflict-${i}`,
  memoryAId: `a-${i}`,
  memoryBId: `b-${i}`,
  category: 'location',
  similarityScore: 0.9,
  avgImportance: 0.5,
  clarificationHint: 'Where do you live?',
  metadata: { i },
});

/** Runs `action`, expecting a STORE_UNAVAILABLE rejection with the driver's error as cause; returns how long it took. */
async function expectUnavailable(action: () => Promise<unknown>): Promise<number> {
  const startedAt = Date.now();
  const outcome = await action().then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  expect('error' in outcome && StoreUnavailableError.isInstance(outcome.error)).toBe(true);
  expect((outcome as { error: Error }).error.cause).toBeDefined();
  return Date.now() - startedAt;
}

/** Retries `action` until it succeeds (the store's errors are retryable), for at most `ms`. */
async function eventually<T>(action: () => Promise<T>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await action();
    } catch (error) {
      if (!StoreUnavailableError.isInstance(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

const reason = PrivatePostgres.unavailableReason();
const describeWithServer = reason === undefined ? describe : describe.skip;
if (reason !== undefined) {
  if (process.env['CI'] === 'true')
    test('the restart test needs a private PostgreSQL', () => {
      throw new Error(reason);
    });
  else console.warn(`Skipping the restart test: ${reason}`);
}

describeWithServer(`a private PostgreSQL stopped and restarted under the store (TypeORM ${loadedTypeormVersion()})`, () => {
  let server: PrivatePostgres;
  let store: TypeORMConflictStore;
  const userId = randomId('user');

  beforeAll(async () => {
    server = await PrivatePostgres.start();
    store = await TypeORMConflictStore.create({
      type: 'postgres',
      url: server.url,
      connectTimeoutMs: 2000,
      statementTimeoutMs: 2000,
      poolSize: 4,
    });
  }, 120_000);

  afterAll(async () => {
    await store?.close().catch(() => undefined);
    server?.destroy();
  });

  it('fails fast with STORE_UNAVAILABLE while it is down, works again once it is back, and keeps every committed row', async () => {
    for (let i = 0; i < 10; i++) await store.addConflict(conflict(userId, i));
    expect(
      await store.resolveConflict(userId, 'conflict-0', {
        conflictId: 'conflict-0',
        decision: 'keep_b',
        resolutionType: 'manual',
        resolvedBy: userId,
      }),
    ).toBe(true);

    // Writers in flight when the server dies: each either committed or failed as unavailable.
    const inFlight = Array.from({ length: 40 }, (_, i) =>
      store.addConflict(conflict(userId, 100 + i)).then(
        () => ({ i: 100 + i, ok: true as const }),
        (error: unknown) => ({ i: 100 + i, ok: false as const, error }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    server.crash();
    const outcomes = await Promise.all(inFlight);
    for (const outcome of outcomes) if (!outcome.ok) expect(StoreUnavailableError.isInstance(outcome.error)).toBe(true);

    // Down: every kind of call fails typed, within the timeouts, never hangs.
    for (const call of [
      () => store.getConflict(userId, 'conflict-1'),
      () => store.addConflict(conflict(userId, 999)),
      () => store.getPendingConflicts(userId, { limit: 10 }),
      () =>
        store.resolveConflict(userId, 'conflict-1', {
          conflictId: 'conflict-1',
          decision: 'keep_a',
          resolutionType: 'manual',
          resolvedBy: userId,
        }),
      () => store.getConflictCount(userId),
    ]) {
      expect(await expectUnavailable(call)).toBeLessThan(6000);
    }

    server.startServer();
    const count = await eventually(() => store.getConflictCount(userId));
    const committed = outcomes.filter((outcome) => outcome.ok).map((outcome) => outcome.i);
    expect(count).toBe(10 + committed.length);
    for (const i of committed) expect((await store.getConflict(userId, `conflict-${i}`))?.metadata).toEqual({ i });
    const resolved = await store.getConflict(userId, 'conflict-0');
    expect([resolved?.status, resolved?.winningMemoryId]).toEqual(['resolved', 'b-0']);
    // And it writes again.
    await store.addConflict(conflict(userId, 1000));
    expect(await store.escalateConflict(userId, 'conflict-1000')).toBe(true);
  }, 120_000);

  it('a server that stops answering (frozen, connections still open) is STORE_UNAVAILABLE after the statement timeout', async () => {
    await store.getConflictCount(userId); // a connection in the pool
    server.signalAll('SIGSTOP');
    try {
      const took = await expectUnavailable(() => store.getConflict(userId, 'conflict-1'));
      expect(took).toBeGreaterThanOrEqual(1900);
      expect(took).toBeLessThan(8000);
    } finally {
      server.signalAll('SIGCONT');
    }
    expect((await eventually(() => store.getConflict(userId, 'conflict-1')))?.id).toBe('conflict-1');
  }, 120_000);
});
