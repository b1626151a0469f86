import assert from 'node:assert/strict';
import { assertRejectsWith } from '../assert-rejects-with';
import { BAD_IDS, badIdPositions, describeBadId } from '../bad-ids';
import { randomId } from '../random-id';
import { type ConflictHarness, conflict, resolution } from './conflict-fixtures';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A resolution is claimed (`resolveConflict`) and then recorded as applied (`markResolutionApplied`):
 * between the two it is visible, so a service that failed half way can find and finish it.
 */
export function registerAppliedResolutionTests({ it, withStore, open, persistent }: ConflictHarness): void {
  it(
    'a claimed resolution has no resolutionAppliedAt and is listed as unapplied until marked, once',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId));
      assert.equal(await store.resolveConflict(userId, id, resolution(id, { decision: 'keep_b' })), true);
      const claimed = await store.getConflict(userId, id);
      assert.equal(claimed?.status, 'resolved');
      assert.equal(claimed !== null && 'resolutionAppliedAt' in claimed, false, 'a fresh claim is not applied');
      assert.deepEqual(await store.getUnappliedResolutions(userId), [claimed]);

      const before = Date.now();
      assert.equal(await store.markResolutionApplied(userId, id), true);
      const applied = await store.getConflict(userId, id);
      assert.ok(applied?.resolutionAppliedAt instanceof Date, 'resolutionAppliedAt is a Date');
      const at = applied.resolutionAppliedAt.getTime();
      assert.ok(at >= before - 1000 && at <= Date.now() + 1000, 'resolutionAppliedAt is about now');
      const { resolutionAppliedAt: _at, ...rest } = applied;
      assert.deepEqual(rest, claimed, 'marking changes nothing else');
      assert.deepEqual(await store.getUnappliedResolutions(userId), []);

      assert.equal(await store.markResolutionApplied(userId, id), false, 'a second mark is false');
      assert.deepEqual(await store.getConflict(userId, id), applied, 'and changes nothing');
      assert.equal(await store.resolveConflict(userId, id, resolution(id)), false, 'an applied conflict stays resolved');
    }),
  );

  it(
    'marking a pending, escalated, unknown or other user’s conflict is false and changes nothing',
    withStore(async (store) => {
      const userId = randomId('user');
      const pending = await store.addConflict(conflict(userId));
      const escalated = await store.addConflict(conflict(userId));
      await store.escalateConflict(userId, escalated);
      const before = [await store.getConflict(userId, pending), await store.getConflict(userId, escalated)];
      assert.equal(await store.markResolutionApplied(userId, pending), false);
      assert.equal(await store.markResolutionApplied(userId, escalated), false);
      assert.equal(await store.markResolutionApplied(userId, randomId('missing')), false);
      assert.deepEqual([await store.getConflict(userId, pending), await store.getConflict(userId, escalated)], before);

      const resolved = await store.addConflict(conflict(userId));
      await store.resolveConflict(userId, resolved, resolution(resolved));
      assert.equal(await store.markResolutionApplied(randomId('other-user'), resolved), false, "another user's id is unknown");
      assert.equal((await store.getConflict(userId, resolved))?.resolutionAppliedAt, undefined);
      assert.deepEqual(await store.getUnappliedResolutions(randomId('other-user')), []);
    }),
  );

  it(
    'lists only resolved, unmarked conflicts, oldest claim first, up to limit',
    withStore(async (store) => {
      const userId = randomId('user');
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) ids.push(await store.addConflict(conflict(userId, { avgImportance: i / 10 })));
      await store.addConflict(conflict(userId)); // stays pending
      for (const id of [ids[2]!, ids[0]!, ids[3]!, ids[1]!]) {
        await store.resolveConflict(userId, id, resolution(id));
        await sleep(5); // distinct resolvedAt, even on a store keeping milliseconds
      }
      await store.markResolutionApplied(userId, ids[3]!);
      const listed = await store.getUnappliedResolutions(userId);
      assert.deepEqual(
        listed.map((found) => found.id),
        [ids[2], ids[0], ids[1]],
      );
      assert.ok(listed.every((found) => found.status === 'resolved' && found.resolutionAppliedAt === undefined));
      assert.deepEqual(
        (await store.getUnappliedResolutions(userId, { limit: 2 })).map((found) => found.id),
        [ids[2], ids[0]],
      );
      assert.deepEqual(await store.getUnappliedResolutions(userId, { limit: 0 }), []);
      await assertRejectsWith(() => store.getUnappliedResolutions(userId, { limit: -1 }), 'VALIDATION_ERROR', 'a negative limit');
      await assertRejectsWith(() => store.getUnappliedResolutions(userId, { limit: 1.5 }), 'VALIDATION_ERROR', 'a fractional limit');
      await assertRejectsWith(
        () => store.getUnappliedResolutions(userId, { limit: 1, other: true } as never),
        'VALIDATION_ERROR',
        'an unknown option',
      );
    }),
  );

  it(
    'of 50 racing marks exactly one wins',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId));
      await store.resolveConflict(userId, id, resolution(id, { decision: 'both_valid' }));
      const results = await Promise.all(Array.from({ length: 50 }, () => store.markResolutionApplied(userId, id)));
      assert.equal(results.filter(Boolean).length, 1);
      assert.ok((await store.getConflict(userId, id))?.resolutionAppliedAt instanceof Date);
    }),
  );

  it(
    'round-trips a conflict added as resolved and applied; refuses resolutionAppliedAt on an unresolved one',
    withStore(async (store) => {
      const userId = randomId('user');
      const base = conflict(userId);
      const input = {
        ...base,
        id: randomId('conflict'),
        isSingletonCategory: false,
        createdAt: new Date('2025-01-01T00:00:00.000Z'),
        status: 'resolved' as const,
        resolutionAttempts: 0,
        resolvedAt: new Date('2025-01-02T00:00:00.000Z'),
        resolutionType: 'manual' as const,
        resolutionDecision: 'keep_b' as const,
        resolvedBy: 'system',
        winningMemoryId: base.memoryBId,
        resolutionAppliedAt: new Date('2025-01-02T00:00:01.000Z'),
        metadata: {},
      };
      const id = await store.addConflict(input);
      assert.deepEqual(await store.getConflict(userId, id), input);
      assert.deepEqual(await store.getUnappliedResolutions(userId), []);
      await assertRejectsWith(
        () => store.addConflict(conflict(userId, { resolutionAppliedAt: new Date() })),
        'VALIDATION_ERROR',
        'a pending conflict with resolutionAppliedAt',
      );
    }),
  );

  it(
    'rejects blank or non-string ids and user ids',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId));
      for (const bad of BAD_IDS) {
        const what = describeBadId(bad);
        for (const [user, conflictId] of badIdPositions(bad, userId, id)) {
          await assertRejectsWith(
            () => store.markResolutionApplied(user, conflictId),
            'VALIDATION_ERROR',
            `markResolutionApplied with ${what}`,
          );
        }
        await assertRejectsWith(
          () => store.getUnappliedResolutions(bad as never),
          'VALIDATION_ERROR',
          `getUnappliedResolutions with ${what}`,
        );
      }
    }),
  );

  if (persistent) {
    it('a claimed, unapplied resolution is still listed after re-opening the store', async () => {
      const userId = randomId('user');
      const first = await open();
      let id: string;
      try {
        id = await first.addConflict(conflict(userId));
        await first.resolveConflict(userId, id, resolution(id, { decision: 'keep_b' }));
      } finally {
        await first.close();
      }
      const second = await open();
      try {
        assert.deepEqual(
          (await second.getUnappliedResolutions(userId)).map((found) => found.id),
          [id],
        );
        assert.equal(await second.markResolutionApplied(userId, id), true);
        assert.deepEqual(await second.getUnappliedResolutions(userId), []);
      } finally {
        await second.close();
      }
    });
  }
}
