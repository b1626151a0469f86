import assert from 'node:assert/strict';
import { assertRejectsWith } from '../assert-rejects-with';
import { randomId } from '../random-id';
import { messages, type ShortTermHarness } from './short-term-fixtures';

/** Deliberately bad input, typed loosely as JavaScript callers would send it. */
type Loose = never;

export function registerValidationTests({ it, withStore }: ShortTermHarness): void {
  it('rejects a batch with one bad message and stores none of it', withStore(async (store) => {
    const userId = randomId('user');
    const badMessages: unknown[] = [
      { role: 'robot', content: 'x' },
      { role: 'user' },
      { role: 'user', content: 42 },
      { role: 'user', content: 'x', timestamp: new Date('invalid') },
      { role: 'user', content: 'x', timestamp: '2026-01-01T00:00:00Z' },
      { role: 'user', content: 'x', extra: true },
      { role: 'user', content: 'x', metadata: { at: new Date() } },
      { role: 'user', content: 'x', metadata: { n: Number.POSITIVE_INFINITY } },
      null,
    ];
    for (const bad of badMessages) {
      const batch = [...messages(2), bad];
      await assertRejectsWith(() => store.addMessages(userId, batch as Loose), 'VALIDATION_ERROR', `message ${JSON.stringify(bad)}`);
    }
    for (const notArray of [undefined, 'hello', { role: 'user', content: 'x' }]) {
      await assertRejectsWith(() => store.addMessages(userId, notArray as Loose), 'VALIDATION_ERROR', 'messages not an array');
    }
    assert.equal(await store.getMessageCount(userId), 0);
  }));

  it('names the failing message in the error', withStore(async (store) => {
    const error = await assertRejectsWith(
      () => store.addMessages(randomId('user'), [...messages(2), { role: 'robot', content: 'x' }] as Loose),
      'VALIDATION_ERROR',
      'bad role',
    );
    assert.match(error.message, /messages\[2\]\.role/);
  }));

  it('rejects blank user ids in every method', withStore(async (store) => {
    for (const userId of ['', '  ', undefined, 3]) {
      await assertRejectsWith(() => store.addMessages(userId as Loose, messages(1)), 'VALIDATION_ERROR', 'addMessages');
      await assertRejectsWith(() => store.getRecentMessages(userId as Loose), 'VALIDATION_ERROR', 'getRecentMessages');
      await assertRejectsWith(() => store.getMessageCount(userId as Loose), 'VALIDATION_ERROR', 'getMessageCount');
      await assertRejectsWith(() => store.clearUserMessages(userId as Loose), 'VALIDATION_ERROR', 'clearUserMessages');
    }
  }));

  it('rejects negative or fractional limits', withStore(async (store) => {
    const userId = randomId('user');
    await store.addMessages(userId, messages(3));
    for (const limit of [-1, 2.5, Number.NaN, '2']) {
      await assertRejectsWith(() => store.getRecentMessages(userId, limit as Loose), 'VALIDATION_ERROR', `limit ${String(limit)}`);
    }
  }));
}
