import assert from 'node:assert/strict';
import { assertRejectsWith } from '../assert-rejects-with';
import { BAD_IDS, badIdPositions, describeBadId } from '../bad-ids';
import { randomId } from '../random-id';
import { assertNoMemories } from './assert-no-memories';
import { axis, fact, SUITE_DIMENSIONS, storedFact } from './vector-fixtures';
import type { VectorHarness } from './vector-harness';

/** Deliberately bad input, typed loosely as JavaScript callers would send it. */
type Loose = never;

export function registerValidationTests({ it, withStore }: VectorHarness): void {
  it(
    'rejects vectors of the wrong length with DimensionMismatchError',
    withStore(async (store) => {
      const userId = randomId('user');
      const short = axis(0).slice(1);
      const long = [...axis(0), 0];
      await assertRejectsWith(() => store.add(short, fact(userId, 'x')), 'DIMENSION_MISMATCH', 'add');
      await assertRejectsWith(() => store.add(long, fact(userId, 'x')), 'DIMENSION_MISMATCH', 'add');
      await assertRejectsWith(() => store.addMany([{ vector: long, memory: fact(userId, 'x') }]), 'DIMENSION_MISMATCH', 'addMany');
      await assertRejectsWith(() => store.search(userId, short), 'DIMENSION_MISMATCH', 'search');
      await assertRejectsWith(() => store.findSimilarMemories(userId, long), 'DIMENSION_MISMATCH', 'findSimilarMemories');
      await assertNoMemories(store, userId);
    }),
  );

  it(
    'rejects NaN, Infinity, zero and non-array vectors',
    withStore(async (store) => {
      const userId = randomId('user');
      const withValue = (value: number) => axis(0).map((x, i) => (i === 3 ? value : x));
      for (const vector of [
        withValue(Number.NaN),
        withValue(Infinity),
        withValue(-Infinity),
        new Array(SUITE_DIMENSIONS).fill(0),
        'abc',
        null,
        undefined,
        [1, 2, 3, 4, 5, 6, 7, '8'],
      ]) {
        const error = await assertRejectsWith(
          () => store.add(vector as Loose, fact(userId, 'x')),
          'VALIDATION_ERROR',
          `add(${String(vector)})`,
        );
        assert.match((error as { path?: string }).path ?? '', /vector/);
        await assertRejectsWith(() => store.search(userId, vector as Loose), 'VALIDATION_ERROR', 'search');
      }
      await assertNoMemories(store, userId);
    }),
  );

  it(
    'rejects invalid memories, naming the field',
    withStore(async (store) => {
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
        const error = await assertRejectsWith(
          () => store.add(axis(0), memory as Loose),
          'VALIDATION_ERROR',
          `add ${JSON.stringify(memory)}`,
        );
        assert.match(error.message, new RegExp(field), `the message names ${field}: ${error.message}`);
      }
      await assertNoMemories(store, userId);
    }),
  );

  it(
    'search and findSimilarMemories work without options, with the defaults',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.add(axis(0), fact(userId, 'x'));
      assert.deepEqual(
        (await store.search(userId, axis(0))).map((hit) => hit.id),
        [id],
      );
      assert.deepEqual(
        (await store.search(userId, axis(0), {})).map((hit) => hit.id),
        [id],
      );
      assert.deepEqual(
        (await store.search(userId, axis(0), undefined)).map((hit) => hit.id),
        [id],
      );
      assert.deepEqual(
        (await store.findSimilarMemories(userId, axis(0))).map((hit) => hit.id),
        [id],
      );
      assert.deepEqual(
        (await store.findSimilarMemories(userId, axis(0), {})).map((hit) => hit.id),
        [id],
      );
    }),
  );

  it(
    'rejects bad search options, unknown keys included',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.add(axis(0), fact(userId, 'x'));
      const bad: unknown[] = [
        'topK',
        5,
        { topk: 3 },
        { limit: 3 },
        { filter: { userId } },
        { filter: null },
        { filter: { type: ['fact'] } },
        { topK: -1 },
        { topK: 1.5 },
        { topK: '3' },
        { minScore: 2 },
        { minScore: -1.5 },
        { minScore: Number.NaN },
        { filter: { types: [] } },
        { filter: { tags: [] } },
        { filter: { types: ['opinion'] } },
        { filter: { minImportance: 3 } },
        { filter: { validAt: 'now' } },
        { filter: { includeArchived: 'yes' } },
      ];
      for (const options of bad) {
        await assertRejectsWith(
          () => store.search(userId, axis(0), options as Loose),
          'VALIDATION_ERROR',
          `search ${JSON.stringify(options)}`,
        );
      }
    }),
  );

  it(
    'rejects bad findSimilarMemories options, unknown keys included',
    withStore(async (store) => {
      const userId = randomId('user');
      const bad: unknown[] = [
        0.9,
        { userId },
        { treshold: 0.9 },
        { topK: 3 },
        { limit: -1 },
        { limit: 2.5 },
        { threshold: Number.NaN },
        { threshold: 1.5 },
        { excludeArchived: 1 },
      ];
      for (const options of bad) {
        await assertRejectsWith(
          () => store.findSimilarMemories(userId, axis(0), options as Loose),
          'VALIDATION_ERROR',
          `findSimilarMemories ${JSON.stringify(options)}`,
        );
      }
    }),
  );

  it(
    'rejects blank or non-string ids and user ids in every method',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.add(axis(0), fact(userId, 'x'));
      for (const bad of BAD_IDS) {
        const what = describeBadId(bad);
        for (const [user, memoryId] of badIdPositions(bad, userId, id)) {
          await assertRejectsWith(() => store.getById(user, memoryId), 'VALIDATION_ERROR', `getById with ${what}`);
          await assertRejectsWith(
            () => store.updateMemory(user, memoryId, { confidence: 1 }),
            'VALIDATION_ERROR',
            `updateMemory with ${what}`,
          );
          await assertRejectsWith(() => store.archiveMemory(user, memoryId), 'VALIDATION_ERROR', `archiveMemory with ${what}`);
          await assertRejectsWith(() => store.deleteMemory(user, memoryId), 'VALIDATION_ERROR', `deleteMemory with ${what}`);
        }
        await assertRejectsWith(() => store.search(bad as Loose, axis(0)), 'VALIDATION_ERROR', `search with ${what}`);
        await assertRejectsWith(
          () => store.findSimilarMemories(bad as Loose, axis(0)),
          'VALIDATION_ERROR',
          `findSimilarMemories with ${what}`,
        );
        await assertRejectsWith(() => store.clearUserMemories(bad as Loose), 'VALIDATION_ERROR', `clearUserMemories with ${what}`);
      }
      assert.deepEqual(await store.getById(userId, id), { id, memory: storedFact(userId, 'x') });
    }),
  );

  it(
    'rejects calls in the old argument order (id or query first, user in the options)',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.add(axis(0), fact(userId, 'x'));
      await assertRejectsWith(() => (store.getById as (id: string) => Promise<unknown>)(id), 'VALIDATION_ERROR', 'getById(id)');
      await assertRejectsWith(
        () => store.search(axis(0) as Loose, { filter: { userId } } as Loose),
        'VALIDATION_ERROR',
        'search(query, { filter: { userId } })',
      );
      await assertRejectsWith(
        () => store.findSimilarMemories(axis(0) as Loose, { userId } as Loose),
        'VALIDATION_ERROR',
        'findSimilarMemories(vector, { userId })',
      );
      await assertRejectsWith(
        () => store.updateMemory(id, { confidence: 1 } as Loose, undefined as Loose),
        'VALIDATION_ERROR',
        'updateMemory(id, patch)',
      );
      assert.equal((await store.getById(userId, id))?.memory.confidence, 0.5);
    }),
  );

  it(
    'rejects a blank supersededBy and leaves the memory unarchived',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.add(axis(0), fact(userId, 'x'));
      await assertRejectsWith(() => store.archiveMemory(userId, id, ' '), 'VALIDATION_ERROR', 'archiveMemory');
      assert.equal((await store.getById(userId, id))?.memory.archived, false);
    }),
  );
}
