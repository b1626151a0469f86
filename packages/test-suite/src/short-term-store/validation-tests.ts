import assert from 'node:assert/strict';
import { assertRejectsWith } from '../assert-rejects-with';
import { BAD_IDS, describeBadId } from '../bad-ids';
import { randomId } from '../random-id';
import { contents, messageContents, messages, type ShortTermHarness } from './short-term-fixtures';

/** Deliberately bad input, typed loosely as JavaScript callers would send it. */
type Loose = never;

/** One bad message of each kind, with what is wrong with it. */
const BAD_MESSAGES: [string, unknown][] = [
  ['unknown role', { role: 'robot', content: 'x' }],
  ['role in the wrong case', { role: 'User', content: 'x' }],
  ['missing role', { content: 'x' }],
  ['missing content', { role: 'user' }],
  ['number content', { role: 'user', content: 42 }],
  ['null content', { role: 'user', content: null }],
  ['invalid Date timestamp', { role: 'user', content: 'x', timestamp: new Date('not a date') }],
  ['string timestamp', { role: 'user', content: 'x', timestamp: '2026-01-01T00:00:00.000Z' }],
  ['number timestamp', { role: 'user', content: 'x', timestamp: 1767225600000 }],
  ['null timestamp', { role: 'user', content: 'x', timestamp: null }],
  ['unknown key', { role: 'user', content: 'x', extra: true }],
  ['snake_case key', { role: 'user', content: 'x', user_id: 'u' }],
  ['Date in metadata', { role: 'user', content: 'x', metadata: { at: new Date() } }],
  ['Infinity in metadata', { role: 'user', content: 'x', metadata: { n: Number.POSITIVE_INFINITY } }],
  ['NaN in metadata', { role: 'user', content: 'x', metadata: { nested: { n: Number.NaN } } }],
  ['undefined in metadata', { role: 'user', content: 'x', metadata: { list: [undefined] } }],
  ['function in metadata', { role: 'user', content: 'x', metadata: { f: () => 1 } }],
  ['bigint in metadata', { role: 'user', content: 'x', metadata: { b: BigInt(1) } }],
  ['array as metadata', { role: 'user', content: 'x', metadata: [1, 2] }],
  ['null metadata', { role: 'user', content: 'x', metadata: null }],
  ['string metadata', { role: 'user', content: 'x', metadata: '{"a":1}' }],
  ['null message', null],
  ['string message', 'hello'],
  ['array message', [{ role: 'user', content: 'x' }]],
];

export function registerValidationTests({ it, withStore }: ShortTermHarness): void {
  it(
    'rejects blank or non-string user ids in every method',
    withStore(async (store) => {
      for (const userId of BAD_IDS) {
        const what = describeBadId(userId);
        await assertRejectsWith(() => store.addMessages(userId as Loose, messages(1)), 'VALIDATION_ERROR', `addMessages(${what})`);
        await assertRejectsWith(() => store.getRecentMessages(userId as Loose), 'VALIDATION_ERROR', `getRecentMessages(${what})`);
        await assertRejectsWith(() => store.getMessageCount(userId as Loose), 'VALIDATION_ERROR', `getMessageCount(${what})`);
        await assertRejectsWith(() => store.clearUserMessages(userId as Loose), 'VALIDATION_ERROR', `clearUserMessages(${what})`);
      }
    }),
  );

  it(
    'rejects a batch with one bad message and stores none of that batch',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.addMessages(userId, messages(2));
      for (const [i, [what, bad]] of BAD_MESSAGES.entries()) {
        // Three messages, the bad one in each position in turn: a store writing one by one would keep some.
        const batch: unknown[] = messages(2, 100 + 2 * i);
        batch.splice(i % 3, 0, bad);
        await assertRejectsWith(() => store.addMessages(userId, batch as Loose), 'VALIDATION_ERROR', what);
      }
      assert.equal(await store.getMessageCount(userId), 2);
      assert.deepEqual(contents(await store.getRecentMessages(userId)), messageContents(0, 2));
      // A rejected call leaves the store working.
      assert.equal(await store.addMessages(userId, messages(1, 2)), 1);
      assert.deepEqual(contents(await store.getRecentMessages(userId)), messageContents(0, 3));
    }),
  );

  it(
    'rejects messages that are not an array',
    withStore(async (store) => {
      const userId = randomId('user');
      for (const notArray of [undefined, null, 'hello', 42, { role: 'user', content: 'x' }, new Set(messages(1))]) {
        await assertRejectsWith(() => store.addMessages(userId, notArray as Loose), 'VALIDATION_ERROR', `messages ${String(notArray)}`);
      }
      assert.equal(await store.getMessageCount(userId), 0);
    }),
  );

  it(
    'names the failing message and field in the error',
    withStore(async (store) => {
      const error = await assertRejectsWith(
        () => store.addMessages(randomId('user'), [...messages(2), { role: 'robot', content: 'x' }] as Loose),
        'VALIDATION_ERROR',
        'bad role',
      );
      assert.match(error.message, /messages\[2\]\.role/);
    }),
  );

  it(
    'rejects bad limits, unknown option keys and a bare number',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.addMessages(userId, messages(3));
      for (const limit of [-1, -20, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '2', true, null]) {
        await assertRejectsWith(() => store.getRecentMessages(userId, { limit } as Loose), 'VALIDATION_ERROR', `limit ${String(limit)}`);
      }
      for (const options of [{ Limit: 2 }, { limit: 2, offset: 1 }, { topK: 2 }, 2, '2', true]) {
        await assertRejectsWith(
          () => store.getRecentMessages(userId, options as Loose),
          'VALIDATION_ERROR',
          `options ${JSON.stringify(options)}`,
        );
      }
      assert.equal(await store.getMessageCount(userId), 3);
    }),
  );
}
