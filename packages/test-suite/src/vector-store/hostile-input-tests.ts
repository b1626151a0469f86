import assert from 'node:assert/strict';
import type { VectorMemoryStore } from '@casual-memory/core';
import { assertRejectsWith } from '../assert-rejects-with';
import { badIdPositions } from '../bad-ids';
import {
  AWKWARD_STRINGS,
  DateSubclass,
  hostileDates,
  hostileNonStrings,
  hostileOptions,
  throwingProxy,
  unprintable,
  withChangingGetter,
  withThrowingGetter,
} from '../hostile-values';
import { randomId } from '../random-id';
import { succeedsOrRejectsWith } from '../succeeds-or-rejects-with';
import { takeAwkwardStrings } from '../take-awkward-strings';
import { assertNoMemories } from './assert-no-memories';
import { atCosine, axis, fact, SCORE_TOLERANCE, SUITE_DIMENSIONS } from './vector-fixtures';
import type { VectorHarness } from './vector-harness';

/** Deliberately bad input, typed loosely as JavaScript callers would send it. */
type Loose = never;

/** `axis(0)` with `value` at index 2. */
function withElement(value: unknown): unknown[] {
  const vector: unknown[] = axis(0);
  vector[2] = value;
  return vector;
}

/** A vector of the suite's length starting with `values`, zeros after. */
function startingWith(...values: number[]): number[] {
  return axis(0).map((_, i) => values[i] ?? 0);
}

/** Vectors that must be refused with `VALIDATION_ERROR`, whatever the store does with numbers. */
function hostileVectors(): [string, unknown][] {
  const throwingElement = axis(0);
  Object.defineProperty(throwingElement, 1, {
    get() {
      throw new Error('hostile element getter');
    },
  });
  return [
    ['an Object.create(null) element', withElement(Object.create(null))],
    ['an element whose toString and valueOf throw', withElement(unprintable())],
    ['a BigInt element', withElement(1n)],
    ['a Symbol element', withElement(Symbol('element'))],
    ['a numeric string element', withElement('1')],
    ['a Number object element', withElement(new Number(1))],
    ['a Proxy array whose traps throw', throwingProxy(axis(0))],
    ['an array with a throwing element getter', throwingElement],
    ['a sparse array', new Array(SUITE_DIMENSIONS)],
    ['an array-like object', { length: SUITE_DIMENSIONS, 0: 1 }],
  ];
}

async function elapsedMs(action: () => Promise<unknown>): Promise<number> {
  const started = Date.now();
  await action();
  return Date.now() - started;
}

/** The user's memories with their scores, every one of them. */
function everything(store: VectorMemoryStore, userId: string, query = axis(0)) {
  return store.search(userId, query, { topK: 1000, minScore: -1, filter: { includeArchived: true, includeExpired: true } });
}

export function registerHostileInputTests({ it, withStore, exactStrings }: VectorHarness): void {
  it(
    'a huge topK or limit returns what exists, without a RangeError, and stays fast',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.addMany([0.9, 0.95, 0.99].map((cosine) => ({ vector: atCosine(cosine), memory: fact(userId, `${cosine}`) })));
      for (const topK of [1e10, Number.MAX_SAFE_INTEGER]) {
        assert.equal((await store.search(userId, axis(0), { topK })).length, 3, `search topK ${topK}`);
        assert.equal((await store.findSimilarMemories(userId, axis(0), { limit: topK })).length, 3, `findSimilarMemories limit ${topK}`);
      }
      const small = await elapsedMs(() => store.search(userId, axis(0), { topK: 5 }));
      const huge = await elapsedMs(() => store.search(userId, axis(0), { topK: 1e9 }));
      assert.ok(
        huge < 1000 + 10 * small,
        `topK 1e9 took ${huge} ms against ${small} ms for topK 5: size work by what is stored, not by topK`,
      );
    }),
  );

  it(
    'rejects hostile vectors with VALIDATION_ERROR in every method, storing nothing',
    withStore(async (store) => {
      const userId = randomId('user');
      for (const [what, vector] of hostileVectors()) {
        await assertRejectsWith(() => store.add(vector as Loose, fact(userId, 'x')), 'VALIDATION_ERROR', `add with ${what}`);
        await assertRejectsWith(
          () => store.addMany([{ vector: vector as Loose, memory: fact(userId, 'x') }]),
          'VALIDATION_ERROR',
          `addMany with ${what}`,
        );
        await assertRejectsWith(() => store.search(userId, vector as Loose), 'VALIDATION_ERROR', `search with ${what}`);
        await assertRejectsWith(
          () => store.findSimilarMemories(userId, vector as Loose),
          'VALIDATION_ERROR',
          `findSimilarMemories with ${what}`,
        );
      }
      await assertNoMemories(store, userId);
    }),
  );

  it(
    'rejects hostile user ids and ids with VALIDATION_ERROR in every method',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.add(axis(0), fact(userId, 'kept'));
      const before = await store.getById(userId, id);
      for (const [what, bad] of hostileNonStrings()) {
        const value = bad as Loose;
        await assertRejectsWith(
          () => store.add(axis(0), { ...fact(userId, 'x'), userId: value }),
          'VALIDATION_ERROR',
          `add with ${what} as memory.userId`,
        );
        await assertRejectsWith(() => store.search(value, axis(0)), 'VALIDATION_ERROR', `search with ${what} as userId`);
        await assertRejectsWith(
          () => store.findSimilarMemories(value, axis(0)),
          'VALIDATION_ERROR',
          `findSimilarMemories with ${what} as userId`,
        );
        await assertRejectsWith(() => store.clearUserMemories(value), 'VALIDATION_ERROR', `clearUserMemories with ${what}`);
        for (const [user, memoryId, position] of badIdPositions(value, userId, id)) {
          await assertRejectsWith(() => store.getById(user, memoryId), 'VALIDATION_ERROR', `getById with ${what} as ${position}`);
          await assertRejectsWith(
            () => store.updateMemory(user, memoryId, { mentionCount: 9 }),
            'VALIDATION_ERROR',
            `updateMemory with ${what} as ${position}`,
          );
          await assertRejectsWith(
            () => store.archiveMemory(user, memoryId),
            'VALIDATION_ERROR',
            `archiveMemory with ${what} as ${position}`,
          );
          await assertRejectsWith(() => store.deleteMemory(user, memoryId), 'VALIDATION_ERROR', `deleteMemory with ${what} as ${position}`);
        }
        await assertRejectsWith(
          () => store.archiveMemory(userId, id, value),
          'VALIDATION_ERROR',
          `archiveMemory with ${what} as supersededBy`,
        );
      }
      assert.deepEqual(await store.getById(userId, id), before);
      assert.equal((await everything(store, userId)).length, 1);
    }),
  );

  it(
    'rejects hostile options objects with VALIDATION_ERROR',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.add(axis(0), fact(userId, 'x'));
      for (const [what, options] of [
        ...hostileOptions('topK'),
        ...hostileOptions('minScore'),
        ['a filter whose getter throws', { filter: withThrowingGetter({}, 'types') }],
        ['a BigInt minImportance', { filter: { minImportance: 1n } }],
      ] as const) {
        await assertRejectsWith(() => store.search(userId, axis(0), options as Loose), 'VALIDATION_ERROR', `search with ${what}`);
      }
      for (const [what, options] of [...hostileOptions('threshold'), ...hostileOptions('limit')]) {
        await assertRejectsWith(
          () => store.findSimilarMemories(userId, axis(0), options as Loose),
          'VALIDATION_ERROR',
          `findSimilarMemories with ${what}`,
        );
      }
    }),
  );

  it(
    'rejects hostile memories and patches with VALIDATION_ERROR, storing and changing nothing',
    withStore(async (store) => {
      const userId = randomId('user');
      const circular: Record<string, unknown> = { ...fact(userId, 'circular') };
      circular['self'] = circular;
      const memories: [string, unknown][] = [
        ['a memory whose text getter throws', withThrowingGetter(fact(userId, 'x'), 'text')],
        ['a memory whose userId getter throws', withThrowingGetter(fact(userId, 'x'), 'userId')],
        ['a memory Proxy whose traps throw', throwingProxy(fact(userId, 'x'))],
        ['a Symbol text', { ...fact(userId, 'x'), text: Symbol('text') }],
        ['a BigInt importance', { ...fact(userId, 'x'), importance: 1n }],
        ['a BigInt mentionCount', { ...fact(userId, 'x'), mentionCount: 2n }],
        ['an unprintable tag', { ...fact(userId, 'x'), tags: [unprintable()] }],
        ['a tags Proxy whose traps throw', { ...fact(userId, 'x'), tags: throwingProxy(['a']) }],
        ['a memory that contains itself', circular],
        ...hostileDates().map(([what, date]): [string, unknown] => [`${what} as validUntil`, { ...fact(userId, 'x'), validUntil: date }]),
      ];
      for (const [what, memory] of memories) {
        await assertRejectsWith(() => store.add(axis(0), memory as Loose), 'VALIDATION_ERROR', `add with ${what}`);
        await assertRejectsWith(
          () => store.addMany([{ vector: axis(0), memory: memory as Loose }]),
          'VALIDATION_ERROR',
          `addMany with ${what}`,
        );
      }
      await assertNoMemories(store, userId);

      const id = await store.add(axis(0), fact(userId, 'kept'));
      const before = await store.getById(userId, id);
      const patches: [string, unknown][] = [
        ['a patch whose getter throws', withThrowingGetter({ mentionCount: 2 }, 'text')],
        ['a patch Proxy whose traps throw', throwingProxy({ mentionCount: 2 })],
        ['a BigInt in a patch', { mentionCount: 2n }],
        ['a Symbol in a patch', { text: Symbol('text') }],
        ...hostileDates().map(([what, date]): [string, unknown] => [`${what} in a patch`, { lastSeen: date }]),
      ];
      for (const [what, patch] of patches) {
        await assertRejectsWith(() => store.updateMemory(userId, id, patch as Loose), 'VALIDATION_ERROR', `updateMemory with ${what}`);
      }
      assert.deepEqual(await store.getById(userId, id), before);
    }),
  );

  it(
    'rejects an addMany with a hole, naming items[1], and stores nothing',
    withStore(async (store) => {
      const userId = randomId('user');
      const item = { vector: axis(0), memory: fact(userId, 'x') };
      // biome-ignore lint/suspicious/noSparseArray: the hole is the point
      const holed = [item, , item];
      const error = await assertRejectsWith(() => store.addMany(holed as Loose), 'VALIDATION_ERROR', 'addMany([item, , item])');
      assert.match(error.message, /items\[1\]/, `the error names items[1]: ${error.message}`);
      for (const [what, items] of [
        ['null items', [item, null]],
        ['a string item', ['item']],
        ['a Proxy items array', throwingProxy([item])],
        ['an items object', { 0: item, length: 1 }],
      ] as const) {
        await assertRejectsWith(() => store.addMany(items as Loose), 'VALIDATION_ERROR', `addMany with ${what}`);
      }
      await assertNoMemories(store, userId);
    }),
  );

  it(
    'reads each input once: a vector that turns to NaN on a second read never becomes a NaN row',
    withStore(async (store) => {
      const userId = randomId('user');
      const nan = new Array<number>(SUITE_DIMENSIONS).fill(Number.NaN);
      const item = withChangingGetter({ vector: axis(0), memory: fact(userId, 'item getter') }, 'vector', axis(0), nan);
      const element = axis(1);
      let elementReads = 0;
      Object.defineProperty(element, 1, {
        enumerable: true,
        get: () => (++elementReads === 1 ? 1 : Number.NaN),
      });
      const results = [
        await succeedsOrRejectsWith(() => store.addMany([item.value]), 'VALIDATION_ERROR', 'addMany with a changing vector getter'),
        await succeedsOrRejectsWith(
          () => store.add(element, fact(userId, 'element getter')),
          'VALIDATION_ERROR',
          'add with a changing element',
        ),
      ];
      assert.ok(item.reads() <= 1, `addMany read item.vector ${item.reads()} times`);
      assert.ok(elementReads <= 1, `add read vector[1] ${elementReads} times`);
      for (const [i, query] of [axis(0), axis(1)].entries()) {
        const hits = await store.search(userId, query, { minScore: 1, topK: 10 });
        assert.equal(hits.length, results[i]!.ok ? 1 : 0, 'what was stored is the vector read first');
        for (const hit of hits) assert.ok(Math.abs(hit.score - 1) < SCORE_TOLERANCE, `score ${hit.score}`);
      }
      for (const hit of await everything(store, userId)) assert.ok(hit.score >= -1 && hit.score <= 1, `a NaN row scored ${hit.score}`);
    }),
  );

  it(
    'scales tiny and huge vectors before normalising',
    withStore(async (store) => {
      const userId = randomId('user');
      const cases: [string, number[], number][] = [
        ['2e-162', startingWith(2e-162), 1],
        ['1e-200', startingWith(1e-200), 1],
        ['the smallest subnormal', startingWith(Number.MIN_VALUE), 1],
        ['1e155 twice', startingWith(1e155, 1e155), Math.SQRT1_2],
        ['the largest double twice', startingWith(Number.MAX_VALUE, Number.MAX_VALUE), Math.SQRT1_2],
        ['mixed 1e-300 and 1e300', startingWith(1e300, 1e-300), 1],
      ];
      for (const [text, vector] of cases) await store.add(vector, fact(userId, text));
      const hits = await everything(store, userId);
      for (const [text, , expected] of cases) {
        const score = hits.find((hit) => hit.memory.text === text)?.score;
        assert.ok(
          score !== undefined && Math.abs(score - expected) < SCORE_TOLERANCE,
          `${text} scored ${score} against [1, 0, ...], expected ${expected}`,
        );
      }
      const [top] = await store.search(userId, startingWith(1e-200), { minScore: 0.99, topK: 1 });
      assert.ok(top !== undefined && Math.abs(top.score - 1) < SCORE_TOLERANCE, 'a tiny query scores like its direction');
      const [huge] = await store.search(userId, startingWith(1e155, 1e155), { minScore: 0.99, topK: 1 });
      assert.ok(huge !== undefined && Math.abs(huge.score - 1) < SCORE_TOLERANCE, 'a huge query scores like its direction');
    }),
  );

  it(
    'keeps text, tags and user ids with NUL, lone surrogates or __proto__ exactly (or, with exactStrings: false, rejects them with VALIDATION_ERROR)',
    withStore(async (store) => {
      const userId = randomId('user');
      for (const [i, text] of [...AWKWARD_STRINGS, '__proto__'].entries()) {
        const memory = fact(userId, text, { tags: [text, '__proto__', 'constructor'], supersededBy: text });
        const result = await takeAwkwardStrings(
          exactStrings,
          () => store.add(axis(i % SUITE_DIMENSIONS), memory),
          `add ${JSON.stringify(text)}`,
        );
        if (!result.ok) continue;
        const stored = await store.getById(userId, result.value);
        assert.equal(stored?.memory.text, text, `text ${JSON.stringify(text)} came back as ${JSON.stringify(stored?.memory.text)}`);
        assert.deepEqual(stored.memory.tags, [text, '__proto__', 'constructor']);
        assert.equal(stored.memory.supersededBy, text);
        const tagged = await store.search(userId, axis(i % SUITE_DIMENSIONS), { filter: { tags: [text] }, topK: 50 });
        assert.ok(
          tagged.some((hit) => hit.id === result.value),
          `a search for the tag ${JSON.stringify(text)} finds it`,
        );
      }
      // A user id with a NUL is its own user, never the user before the NUL.
      const withNul = await takeAwkwardStrings(
        exactStrings,
        () => store.add(axis(0), fact(`${userId}\u0000x`, 'nul user')),
        'a user id with a NUL',
      );
      if (withNul.ok) assert.equal((await store.getById(`${userId}\u0000x`, withNul.value))?.memory.text, 'nul user');
      const own = await store.search(userId, axis(0), { topK: 50, minScore: -1 });
      assert.ok(
        own.every((hit) => hit.memory.userId === userId && hit.memory.text !== 'nul user'),
        "the NUL user's memory stays theirs",
      );
    }),
  );

  it(
    'stores a Date subclass as the plain Date of the same instant',
    withStore(async (store) => {
      const userId = randomId('user');
      const at = '2031-02-03T04:05:06.789Z';
      const id = await store.add(axis(0), fact(userId, 'subclass', { validUntil: new DateSubclass(at), firstSeen: new DateSubclass(at) }));
      const memory = (await store.getById(userId, id))?.memory;
      for (const date of [memory?.validUntil, memory?.firstSeen]) {
        assert.ok(date instanceof Date, 'a Date comes back');
        assert.equal(date.toISOString(), at);
      }
    }),
  );

  it(
    'keeps error messages short whatever the input',
    withStore(async (store) => {
      const userId = randomId('user');
      const items = Array.from({ length: 100_000 }, (_, i) => ({ vector: axis(i % SUITE_DIMENSIONS), memory: fact(userId, ' ') }));
      const many = await assertRejectsWith(() => store.addMany(items), 'VALIDATION_ERROR', '100 000 bad items');
      assert.ok(many.message.length < 2000, `the message has ${many.message.length} characters`);
      const long = new Array<number>(1_000_000).fill(1);
      const dimension = await assertRejectsWith(
        () => store.add(long, fact(userId, 'x')),
        'DIMENSION_MISMATCH',
        'a million-dimension vector',
      );
      assert.ok(dimension.message.length < 2000, `the message has ${dimension.message.length} characters`);
      const huge = await assertRejectsWith(
        () => store.add(axis(0), { ...fact(userId, 'x'), type: 'x'.repeat(1_000_000) } as Loose),
        'VALIDATION_ERROR',
        'a huge type',
      );
      assert.ok(huge.message.length < 2000, `the message has ${huge.message.length} characters`);
      await assertNoMemories(store, userId);
    }),
  );
}
