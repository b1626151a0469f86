import assert from 'node:assert/strict';
import { MAX_JSON_DEPTH, ValidationError } from '@casual-memory/core';
import { assertProtoKeyKept } from '../assert-proto-key-kept';
import { assertRejectsWith } from '../assert-rejects-with';
import {
  AWKWARD_STRINGS,
  DateSubclass,
  hostileDates,
  hostileMetadata,
  hostileNonStrings,
  hostileOptions,
  jsonDepth,
  nestedJson,
  protoKeyJson,
  throwingProxy,
  withChangingGetter,
  withThrowingGetter,
} from '../hostile-values';
import { randomId } from '../random-id';
import { succeedsOrRejectsWith } from '../succeeds-or-rejects-with';
import { takeAwkwardStrings } from '../take-awkward-strings';
import { contents, messageContents, messages, type ShortTermHarness } from './short-term-fixtures';

/** Deliberately bad input, typed loosely as JavaScript callers would send it. */
type Loose = never;

export function registerHostileInputTests({ it, withStore, exactStrings }: ShortTermHarness): void {
  it(
    'a huge limit returns what exists, without a RangeError',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.addMessages(userId, messages(3));
      for (const limit of [1e10, Number.MAX_SAFE_INTEGER]) {
        assert.deepEqual(contents(await store.getRecentMessages(userId, { limit })), messageContents(0, 3), `limit ${limit}`);
      }
    }),
  );

  it(
    'rejects circular and deeply nested metadata with VALIDATION_ERROR, storing none of the batch',
    withStore(async (store) => {
      const userId = randomId('user');
      for (const [what, metadata] of hostileMetadata(MAX_JSON_DEPTH)) {
        await assertRejectsWith(
          () => store.addMessages(userId, [...messages(1), { role: 'user', content: 'x', metadata } as Loose]),
          'VALIDATION_ERROR',
          what,
        );
      }
      assert.equal(await store.getMessageCount(userId), 0);
      await store.addMessages(userId, [{ role: 'user', content: 'deep', metadata: nestedJson(MAX_JSON_DEPTH) as Loose }]);
      const [stored] = await store.getRecentMessages(userId);
      assert.equal(jsonDepth(stored?.metadata), MAX_JSON_DEPTH, `metadata nested ${MAX_JSON_DEPTH} levels (the limit) round-trips`);
    }),
  );

  it(
    'rejects hostile user ids with VALIDATION_ERROR in every method',
    withStore(async (store) => {
      for (const [what, bad] of hostileNonStrings()) {
        const userId = bad as Loose;
        await assertRejectsWith(() => store.addMessages(userId, messages(1)), 'VALIDATION_ERROR', `addMessages with ${what}`);
        await assertRejectsWith(() => store.getRecentMessages(userId), 'VALIDATION_ERROR', `getRecentMessages with ${what}`);
        await assertRejectsWith(() => store.getMessageCount(userId), 'VALIDATION_ERROR', `getMessageCount with ${what}`);
        await assertRejectsWith(() => store.clearUserMessages(userId), 'VALIDATION_ERROR', `clearUserMessages with ${what}`);
      }
    }),
  );

  it(
    'rejects hostile batches, messages and options with VALIDATION_ERROR, storing none of the batch',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.addMessages(userId, messages(2));
      const message = { role: 'user', content: 'x' };
      const batches: [string, unknown][] = [
        ['a batch Proxy whose traps throw', throwingProxy(messages(2))],
        [
          'a batch with a throwing element getter',
          Object.defineProperty(messages(2), 1, {
            get: () => {
              throw new Error('hostile element');
            },
          }),
        ],
        ['a message whose content getter throws', [...messages(1), withThrowingGetter(message, 'content')]],
        ['a message whose metadata getter throws', [...messages(1), withThrowingGetter({ ...message, metadata: {} }, 'metadata')]],
        ['metadata whose getter throws', [...messages(1), { ...message, metadata: withThrowingGetter({ a: 1 }, 'b') }]],
        ['a message Proxy whose traps throw', [...messages(1), throwingProxy(message)]],
        ['a metadata Proxy whose traps throw', [...messages(1), { ...message, metadata: throwingProxy() }]],
        ['a Symbol content', [...messages(1), { ...message, content: Symbol('content') }]],
        ['a BigInt content', [...messages(1), { ...message, content: 1n }]],
        ['a BigInt timestamp', [...messages(1), { ...message, timestamp: 1n }]],
        ['BigInt metadata', [...messages(1), { ...message, metadata: { n: 1n } }]],
        ['Symbol metadata', [...messages(1), { ...message, metadata: { s: Symbol('s') } }]],
        ...hostileDates().map(([what, date]): [string, unknown] => [
          `${what} as timestamp`,
          [...messages(1), { ...message, timestamp: date }],
        ]),
      ];
      for (const [what, batch] of batches) {
        await assertRejectsWith(() => store.addMessages(userId, batch as Loose), 'VALIDATION_ERROR', `addMessages with ${what}`);
      }
      for (const [what, options] of hostileOptions('limit')) {
        await assertRejectsWith(
          () => store.getRecentMessages(userId, options as Loose),
          'VALIDATION_ERROR',
          `getRecentMessages with ${what}`,
        );
      }
      assert.deepEqual(contents(await store.getRecentMessages(userId)), messageContents(0, 2));
    }),
  );

  it(
    'rejects a batch with a hole, naming messages[1], and stores none of it',
    withStore(async (store) => {
      const userId = randomId('user');
      const [first, second] = messages(2);
      // biome-ignore lint/suspicious/noSparseArray: the hole is the point
      const batch = [first, , second];
      const error = await assertRejectsWith(() => store.addMessages(userId, batch as Loose), 'VALIDATION_ERROR', 'addMessages([m, , m])');
      assert.match(error.message, /messages\[1\]/, `the error names messages[1]: ${error.message}`);
      assert.equal(await store.getMessageCount(userId), 0);
    }),
  );

  it(
    'reads each field once: a value that turns invalid on a second read is never stored',
    withStore(async (store) => {
      const userId = randomId('user');
      const changing = withChangingGetter({ role: 'user', content: 'x' }, 'content', 'first read', 42);
      const added = await succeedsOrRejectsWith(
        () => store.addMessages(userId, [changing.value as Loose]),
        'VALIDATION_ERROR',
        'a content that changes when read again',
      );
      assert.deepEqual(contents(await store.getRecentMessages(userId)), added.ok ? ['first read'] : []);
    }),
  );

  it(
    'keeps a __proto__ metadata key as plain data',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.addMessages(userId, [{ role: 'user', content: 'x', metadata: protoKeyJson() as Loose }]);
      assertProtoKeyKept((await store.getRecentMessages(userId))[0]?.metadata);
    }),
  );

  it(
    'keeps content and metadata with NUL or lone surrogates exactly (or, with exactStrings: false, rejects them with VALIDATION_ERROR)',
    withStore(async (store) => {
      const userId = randomId('user');
      const kept: string[] = [];
      for (const text of AWKWARD_STRINGS) {
        const message = { role: 'user' as const, content: text, metadata: { [text]: text, list: [text] } };
        const added = await takeAwkwardStrings(
          exactStrings,
          () => store.addMessages(userId, [message]),
          `addMessages ${JSON.stringify(text)}`,
        );
        if (!added.ok) continue;
        kept.push(text);
        const [stored] = await store.getRecentMessages(userId, { limit: 1 });
        assert.equal(stored?.content, text, `content ${JSON.stringify(text)} came back as ${JSON.stringify(stored?.content)}`);
        assert.deepEqual(stored.metadata, { [text]: text, list: [text] });
      }
      assert.equal(await store.getMessageCount(userId), kept.length);
      // A user id with a NUL is its own user, never the user before the NUL.
      const withNul = await takeAwkwardStrings(
        exactStrings,
        () => store.addMessages(`${userId}\u0000x`, messages(1)),
        'a user id with a NUL',
      );
      if (withNul.ok) assert.equal(await store.getMessageCount(`${userId}\u0000x`), 1);
      assert.equal(await store.getMessageCount(userId), kept.length);
    }),
  );

  it(
    'stores a Date subclass as the plain Date of the same instant',
    withStore(async (store) => {
      const userId = randomId('user');
      const at = '2026-02-03T04:05:06.789Z';
      await store.addMessages(userId, [{ role: 'user', content: 'x', timestamp: new DateSubclass(at) }]);
      const [stored] = await store.getRecentMessages(userId);
      assert.ok(stored?.timestamp instanceof Date);
      assert.equal(stored.timestamp.toISOString(), at);
    }),
  );

  it(
    '100 000 bad messages give a short message that lists a few and counts the rest, with every issue kept',
    withStore(async (store) => {
      const userId = randomId('user');
      const batch = Array.from({ length: 100_000 }, (_, i) => ({ role: 'robot', content: `bad ${i}` }));
      const error = await assertRejectsWith(() => store.addMessages(userId, batch as Loose), 'VALIDATION_ERROR', '100 000 bad messages');
      assert.ok(error.message.length < 2000, `the message has ${error.message.length} characters`);
      assert.match(error.message, /and \d+ more/);
      assert.ok(ValidationError.isInstance(error));
      assert.equal(error.issues.length, 100_000, 'every issue stays on .issues');
      assert.equal(await store.getMessageCount(userId), 0);
    }),
  );
}
