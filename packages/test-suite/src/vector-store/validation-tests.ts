import assert from 'node:assert/strict';
import type { VectorMemoryStore } from '@casual-memory/core';
import { assertRejectsWith } from '../assert-rejects-with';
import { randomId } from '../random-id';
import { SUITE_DIMENSIONS, axis, fact } from './vector-fixtures';
import type { VectorHarness } from './vector-harness';

/** Deliberately bad input, typed loosely as JavaScript callers would send it. */
type Loose = never;

async function assertNothingStored(store: VectorMemoryStore, userId: string): Promise<void> {
  const hits = await store.findSimilarMemories(axis(0), { userId, threshold: -1, limit: 100, excludeArchived: false });
  assert.deepEqual(hits, [], 'a rejected call must store nothing');
}

export function registerValidationTests({ it, withStore }: VectorHarness): void {
  it('rejects vectors of the wrong length with DimensionMismatchError', withStore(async (store) => {
    const userId = randomId('user');
    const short = axis(0).slice(1);
    const long = [...axis(0), 0];
    await assertRejectsWith(() => store.add(short, fact(userId, 'x')), 'DIMENSION_MISMATCH', 'add');
    await assertRejectsWith(() => store.add(long, fact(userId, 'x')), 'DIMENSION_MISMATCH', 'add');
    await assertRejectsWith(() => store.addMany([{ vector: long, memory: fact(userId, 'x') }]), 'DIMENSION_MISMATCH', 'addMany');
    await assertRejectsWith(() => store.search(short, { filter: { userId } }), 'DIMENSION_MISMATCH', 'search');
    await assertRejectsWith(() => store.findSimilarMemories(long, { userId }), 'DIMENSION_MISMATCH', 'findSimilarMemories');
    await assertNothingStored(store, userId);
  }));

  it('rejects NaN, Infinity, zero and non-array vectors', withStore(async (store) => {
    const userId = randomId('user');
    const withValue = (value: number) => axis(0).map((x, i) => (i === 3 ? value : x));
    for (const vector of [withValue(Number.NaN), withValue(Infinity), withValue(-Infinity), new Array(SUITE_DIMENSIONS).fill(0), 'abc', null, undefined, [1, 2, 3, 4, 5, 6, 7, '8']]) {
      const error = await assertRejectsWith(() => store.add(vector as Loose, fact(userId, 'x')), 'VALIDATION_ERROR', `add(${String(vector)})`);
      assert.match((error as { path?: string }).path ?? '', /vector/);
      await assertRejectsWith(() => store.search(vector as Loose, { filter: { userId } }), 'VALIDATION_ERROR', 'search');
    }
    await assertNothingStored(store, userId);
  }));

  it('rejects invalid memories, naming the field', withStore(async (store) => {
    const userId = randomId('user');
    const cases: [Record<string, unknown>, string][] = [
      [{ ...fact(userId, '') }, 'text'],
      [{ ...fact(userId, '  \n ') }, 'text'],
      [{ ...fact(userId, 'x'), type: 'opinion' }, 'type'],
      [{ ...fact(userId, 'x'), importance: 1.5 }, 'importance'],
      [{ ...fact(userId, 'x'), importance: -0.1 }, 'importance'],
      [{ ...fact(userId, 'x'), confidence: 2 }, 'confidence'],
      [{ ...fact(userId, 'x'), mentionCount: 0 }, 'mentionCount'],
      [{ text: 'x', type: 'fact' }, 'userId'],
      [{ ...fact('', 'x') }, 'userId'],
      [{ ...fact(userId, 'x'), user_id: userId }, 'memory'],
      [{ ...fact(userId, 'x'), validUntil: 'tomorrow' }, 'validUntil'],
      [{ ...fact(userId, 'x'), validUntil: new Date('not a date') }, 'validUntil'],
    ];
    for (const [memory, field] of cases) {
      const error = await assertRejectsWith(() => store.add(axis(0), memory as Loose), 'VALIDATION_ERROR', `add ${JSON.stringify(memory)}`);
      assert.match(error.message, new RegExp(field), `the message names ${field}: ${error.message}`);
    }
    await assertNothingStored(store, userId);
  }));

  it('rejects bad search options', withStore(async (store) => {
    const userId = randomId('user');
    await store.add(axis(0), fact(userId, 'x'));
    const bad: unknown[] = [
      undefined,
      {},
      { filter: {} },
      { filter: { userId: '' } },
      { filter: { userId }, topK: -1 },
      { filter: { userId }, topK: 1.5 },
      { filter: { userId }, minScore: 2 },
      { filter: { userId }, minScore: Number.NaN },
      { filter: { userId, types: [] } },
      { filter: { userId, tags: [] } },
      { filter: { userId, types: ['opinion'] } },
      { filter: { userId, minImportance: 3 } },
      { filter: { userId, validAt: 'now' } },
    ];
    for (const options of bad) {
      await assertRejectsWith(() => store.search(axis(0), options as Loose), 'VALIDATION_ERROR', `search ${JSON.stringify(options)}`);
    }
  }));

  it('rejects bad findSimilarMemories options', withStore(async (store) => {
    const userId = randomId('user');
    for (const options of [undefined, {}, { userId: ' ' }, { userId, limit: -1 }, { userId, limit: 2.5 }, { userId, threshold: Number.NaN }, { userId, threshold: 1.5 }]) {
      await assertRejectsWith(() => store.findSimilarMemories(axis(0), options as Loose), 'VALIDATION_ERROR', `findSimilarMemories ${JSON.stringify(options)}`);
    }
  }));

  it('rejects blank ids and user ids', withStore(async (store) => {
    for (const id of ['', '   ', undefined, 42]) {
      await assertRejectsWith(() => store.getById(id as Loose), 'VALIDATION_ERROR', 'getById');
      await assertRejectsWith(() => store.updateMemory(id as Loose, { confidence: 1 }), 'VALIDATION_ERROR', 'updateMemory');
      await assertRejectsWith(() => store.archiveMemory(id as Loose), 'VALIDATION_ERROR', 'archiveMemory');
      await assertRejectsWith(() => store.deleteMemory(id as Loose), 'VALIDATION_ERROR', 'deleteMemory');
      await assertRejectsWith(() => store.clearUserMemories(id as Loose), 'VALIDATION_ERROR', 'clearUserMemories');
    }
  }));

  it('rejects a blank supersededBy and leaves the memory unarchived', withStore(async (store) => {
    const userId = randomId('user');
    const id = await store.add(axis(0), fact(userId, 'x'));
    await assertRejectsWith(() => store.archiveMemory(id, ' '), 'VALIDATION_ERROR', 'archiveMemory');
    assert.equal((await store.getById(id))?.memory.archived, false);
  }));
}
