import assert from 'node:assert/strict';
import { MAX_JSON_DEPTH } from '@casual-memory/core';
import { assertProtoKeyKept } from '../assert-proto-key-kept';
import { assertRejectsWith } from '../assert-rejects-with';
import { badIdPositions } from '../bad-ids';
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
import { type ConflictHarness, conflict, resolution } from './conflict-fixtures';

/** Deliberately bad input, typed loosely as JavaScript callers would send it. */
type Loose = never;

export function registerHostileInputTests({ it, withStore, exactStrings }: ConflictHarness): void {
  it(
    'a huge limit returns what exists, without a RangeError',
    withStore(async (store) => {
      const userId = randomId('user');
      for (let i = 0; i < 3; i++) await store.addConflict(conflict(userId));
      for (const limit of [1e10, Number.MAX_SAFE_INTEGER]) {
        assert.equal((await store.getPendingConflicts(userId, { limit })).length, 3, `limit ${limit}`);
      }
    }),
  );

  it(
    'rejects circular and deeply nested metadata with VALIDATION_ERROR, storing nothing',
    withStore(async (store) => {
      const userId = randomId('user');
      for (const [what, metadata] of hostileMetadata(MAX_JSON_DEPTH)) {
        await assertRejectsWith(() => store.addConflict(conflict(userId, { metadata } as Loose)), 'VALIDATION_ERROR', what);
      }
      assert.equal(await store.getConflictCount(userId), 0);
      const id = await store.addConflict(conflict(userId, { metadata: nestedJson(MAX_JSON_DEPTH) as Loose }));
      assert.equal(
        jsonDepth((await store.getConflict(userId, id))?.metadata),
        MAX_JSON_DEPTH,
        `metadata nested ${MAX_JSON_DEPTH} levels (the limit) round-trips`,
      );
    }),
  );

  it(
    'rejects hostile user ids, ids and statuses with VALIDATION_ERROR in every method',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId));
      const before = await store.getConflict(userId, id);
      for (const [what, bad] of hostileNonStrings()) {
        const value = bad as Loose;
        await assertRejectsWith(
          () => store.addConflict({ ...conflict(userId), userId: value }),
          'VALIDATION_ERROR',
          `addConflict with ${what} as userId`,
        );
        await assertRejectsWith(
          () => store.addConflict({ ...conflict(userId), id: value }),
          'VALIDATION_ERROR',
          `addConflict with ${what} as id`,
        );
        await assertRejectsWith(
          () => store.addConflict({ ...conflict(userId), memoryAId: value }),
          'VALIDATION_ERROR',
          `addConflict with ${what} as memoryAId`,
        );
        await assertRejectsWith(() => store.getPendingConflicts(value), 'VALIDATION_ERROR', `getPendingConflicts with ${what}`);
        await assertRejectsWith(() => store.getConflictCount(value), 'VALIDATION_ERROR', `getConflictCount with ${what}`);
        await assertRejectsWith(() => store.clearUserConflicts(value), 'VALIDATION_ERROR', `clearUserConflicts with ${what}`);
        await assertRejectsWith(() => store.getConflictCount(userId, value), 'VALIDATION_ERROR', `getConflictCount with ${what} as status`);
        await assertRejectsWith(
          () => store.clearUserConflicts(userId, value),
          'VALIDATION_ERROR',
          `clearUserConflicts with ${what} as status`,
        );
        for (const [user, conflictId, position] of badIdPositions(value, userId, id)) {
          await assertRejectsWith(() => store.getConflict(user, conflictId), 'VALIDATION_ERROR', `getConflict with ${what} as ${position}`);
          await assertRejectsWith(
            () => store.escalateConflict(user, conflictId),
            'VALIDATION_ERROR',
            `escalateConflict with ${what} as ${position}`,
          );
          await assertRejectsWith(
            () => store.resolveConflict(user, conflictId, resolution(id)),
            'VALIDATION_ERROR',
            `resolveConflict with ${what} as ${position}`,
          );
        }
      }
      assert.deepEqual(await store.getConflict(userId, id), before);
      assert.equal(await store.getConflictCount(userId), 1);
    }),
  );

  it(
    'rejects hostile conflicts, resolutions and options with VALIDATION_ERROR, storing and changing nothing',
    withStore(async (store) => {
      const userId = randomId('user');
      const conflicts: [string, unknown][] = [
        ['a conflict whose category getter throws', withThrowingGetter(conflict(userId), 'category')],
        ['a conflict whose metadata getter throws', withThrowingGetter(conflict(userId), 'metadata')],
        ['metadata whose getter throws', conflict(userId, { metadata: withThrowingGetter({ a: 1 }, 'b') as Loose })],
        ['a metadata Proxy whose traps throw', conflict(userId, { metadata: throwingProxy() as Loose })],
        ['a conflict Proxy whose traps throw', throwingProxy(conflict(userId))],
        ['a BigInt similarityScore', { ...conflict(userId), similarityScore: 1n }],
        ['a BigInt resolutionAttempts', { ...conflict(userId), resolutionAttempts: 1n }],
        ['BigInt metadata', conflict(userId, { metadata: { big: 1n } as Loose })],
        ['Symbol metadata', conflict(userId, { metadata: { symbol: Symbol('x') } as Loose })],
        ['a Symbol category', { ...conflict(userId), category: Symbol('category') }],
        ...hostileDates().map(([what, date]): [string, unknown] => [`${what} as createdAt`, conflict(userId, { createdAt: date })]),
      ];
      for (const [what, input] of conflicts) {
        await assertRejectsWith(() => store.addConflict(input as Loose), 'VALIDATION_ERROR', `addConflict with ${what}`);
      }
      assert.equal(await store.getConflictCount(userId), 0);

      const id = await store.addConflict(conflict(userId));
      const before = await store.getConflict(userId, id);
      const resolutions: [string, unknown][] = [
        ['a resolution whose decision getter throws', withThrowingGetter(resolution(id), 'decision')],
        ['a resolution Proxy whose traps throw', throwingProxy(resolution(id))],
        ['a Symbol resolvedBy', { ...resolution(id), resolvedBy: Symbol('who') }],
        ['BigInt notes', { ...resolution(id), notes: 1n }],
      ];
      for (const [what, value] of resolutions) {
        await assertRejectsWith(
          () => store.resolveConflict(userId, id, value as Loose),
          'VALIDATION_ERROR',
          `resolveConflict with ${what}`,
        );
      }
      for (const [what, options] of hostileOptions('limit')) {
        await assertRejectsWith(
          () => store.getPendingConflicts(userId, options as Loose),
          'VALIDATION_ERROR',
          `getPendingConflicts with ${what}`,
        );
      }
      assert.deepEqual(await store.getConflict(userId, id), before);
    }),
  );

  it(
    'reads each field once: a value that turns invalid on a second read is never stored',
    withStore(async (store) => {
      const userId = randomId('user');
      const changing = withChangingGetter(conflict(userId), 'category', 'location', 42);
      const added = await succeedsOrRejectsWith(
        () => store.addConflict(changing.value),
        'VALIDATION_ERROR',
        'a category that changes when read again',
      );
      if (added.ok) assert.equal((await store.getConflict(userId, added.value))?.category, 'location');
      const id = await store.addConflict(conflict(userId));
      const changingDecision = withChangingGetter(resolution(id), 'decision', 'keep_b', 'merge');
      const resolved = await succeedsOrRejectsWith(
        () => store.resolveConflict(userId, id, changingDecision.value),
        'VALIDATION_ERROR',
        'a decision that changes',
      );
      if (resolved.ok) assert.equal((await store.getConflict(userId, id))?.resolutionDecision, 'keep_b');
    }),
  );

  it(
    'keeps a __proto__ metadata key as plain data',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId, { metadata: protoKeyJson() as Loose }));
      assertProtoKeyKept((await store.getConflict(userId, id))?.metadata);
    }),
  );

  it(
    'keeps strings with NUL or lone surrogates exactly (or, with exactStrings: false, rejects them with VALIDATION_ERROR)',
    withStore(async (store) => {
      const userId = randomId('user');
      for (const text of AWKWARD_STRINGS) {
        const input = conflict(userId, { category: text, clarificationHint: text, metadata: { [text]: text, list: [text] } });
        const added = await takeAwkwardStrings(exactStrings, () => store.addConflict(input), `addConflict ${JSON.stringify(text)}`);
        if (!added.ok) continue;
        const stored = await store.getConflict(userId, added.value);
        assert.equal(stored?.category, text, `category ${JSON.stringify(text)} came back as ${JSON.stringify(stored?.category)}`);
        assert.equal(stored.clarificationHint, text);
        assert.deepEqual(stored.metadata, { [text]: text, list: [text] });
      }
      // A chosen id with a NUL is its own id, never the id before the NUL.
      const plain = randomId('conflict');
      await store.addConflict(conflict(userId, { id: plain, category: 'plain' }));
      const withNul = await takeAwkwardStrings(
        exactStrings,
        () => store.addConflict(conflict(userId, { id: `${plain}\u0000x`, category: 'nul' })),
        'an id with a NUL',
      );
      if (withNul.ok) assert.equal((await store.getConflict(userId, `${plain}\u0000x`))?.category, 'nul');
      assert.equal((await store.getConflict(userId, plain))?.category, 'plain');
    }),
  );

  it(
    'stores a Date subclass as the plain Date of the same instant',
    withStore(async (store) => {
      const userId = randomId('user');
      const at = '2025-02-03T04:05:06.789Z';
      const id = await store.addConflict(conflict(userId, { createdAt: new DateSubclass(at) }));
      const createdAt = (await store.getConflict(userId, id))?.createdAt;
      assert.ok(createdAt instanceof Date);
      assert.equal(createdAt.toISOString(), at);
    }),
  );

  it(
    'keeps error messages short whatever the input',
    withStore(async (store) => {
      const userId = randomId('user');
      const bad = {
        ...conflict(userId),
        category: ' '.repeat(1_000_000),
        similarityScore: 'x'.repeat(1_000_000),
        status: 'y'.repeat(1_000_000),
        extra: 1,
      };
      const error = await assertRejectsWith(() => store.addConflict(bad as Loose), 'VALIDATION_ERROR', 'huge bad values');
      assert.ok(error.message.length < 2000, `the message has ${error.message.length} characters`);
      const metadata = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`key${i}`, Number.NaN]));
      const many = await assertRejectsWith(
        () => store.addConflict(conflict(userId, { metadata } as Loose)),
        'VALIDATION_ERROR',
        '100 000 bad metadata values',
      );
      assert.ok(many.message.length < 2000, `the message has ${many.message.length} characters`);
      assert.equal(await store.getConflictCount(userId), 0);
    }),
  );
}
