import assert from 'node:assert/strict';
import type { ConflictStatus, ConflictStore, ListConflictsOptions, MemoryConflict } from '@casual-memory/core';
import { assertRejectsWith } from '../assert-rejects-with';
import { BAD_IDS, describeBadId } from '../bad-ids';
import { followPages } from '../follow-pages';
import { lookAlikeUserIds } from '../look-alike-user-ids';
import { randomId } from '../random-id';
import { type ConflictHarness, conflict, resolution } from './conflict-fixtures';

/** Deliberately bad input, typed loosely as JavaScript callers would send it. */
type Loose = never;

/** Every page of the user's listing with these options, following `nextCursor` to the end. */
function listAllPages(store: ConflictStore, userId: string, options: ListConflictsOptions = {}): Promise<MemoryConflict[][]> {
  return followPages(async (cursor) => {
    const page = await store.listConflicts(userId, { ...options, ...(cursor === undefined ? {} : { cursor }) });
    return { items: page.conflicts, nextCursor: page.nextCursor };
  }, 'listConflicts');
}

/** The documented order: oldest `createdAt` first, then by id in code point order. */
function assertListOrder(conflicts: readonly MemoryConflict[]): void {
  for (let index = 1; index < conflicts.length; index++) {
    const before = conflicts[index - 1]!;
    const after = conflicts[index]!;
    const byTime = before.createdAt.getTime() - after.createdAt.getTime();
    const byId = [...before.id].map((char) => char.codePointAt(0)!);
    const otherId = [...after.id].map((char) => char.codePointAt(0)!);
    const idBefore = compareNumbers(byId, otherId) < 0;
    assert.ok(
      byTime < 0 || (byTime === 0 && idBefore),
      `${before.id} (${before.createdAt.toISOString()}) is listed before ${after.id} (${after.createdAt.toISOString()})`,
    );
  }
}

function compareNumbers(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return a.length - b.length;
}

const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute));

export function registerListTests({ it, withStore }: ConflictHarness): void {
  it(
    'lists conflicts of every status, resolved ones with their whole resolution, exactly as getConflict returns them',
    withStore(async (store) => {
      const userId = randomId('user');
      const pending = await store.addConflict(conflict(userId, { createdAt: at(0), metadata: { kept: ['as', 'given'] } }));
      const escalated = await store.addConflict(conflict(userId, { createdAt: at(1) }));
      const claimed = await store.addConflict(conflict(userId, { createdAt: at(2) }));
      const applied = await store.addConflict(conflict(userId, { createdAt: at(3) }));
      const merged = await store.addConflict(conflict(userId, { createdAt: at(4) }));
      assert.equal(await store.escalateConflict(userId, escalated), true);
      assert.equal(await store.resolveConflict(userId, claimed, resolution(claimed, { decision: 'keep_b', notes: 'moved' })), true);
      assert.equal(
        await store.resolveConflict(userId, applied, resolution(applied, { resolvedBy: 'system', resolutionType: 'automated' })),
        true,
      );
      assert.equal(await store.markResolutionApplied(userId, applied), true);
      assert.equal(
        await store.resolveConflict(
          userId,
          merged,
          resolution(merged, { decision: 'merge', confirmingMemoryText: 'Lives in Paris and London' }),
        ),
        true,
      );

      const page = await store.listConflicts(userId);
      assert.equal(page.nextCursor, undefined);
      assert.deepEqual(
        page.conflicts.map((item) => item.id),
        [pending, escalated, claimed, applied, merged],
      );
      assert.deepEqual(
        page.conflicts.map((item) => item.status),
        ['pending', 'escalated', 'resolved', 'resolved', 'resolved'] satisfies ConflictStatus[],
      );
      for (const listed of page.conflicts) assert.deepEqual(listed, await store.getConflict(userId, listed.id), `conflict ${listed.id}`);
      const [, second, third, fourth, fifth] = page.conflicts;
      assert.equal(second?.resolutionAttempts, 1);
      assert.equal(third?.resolutionDecision, 'keep_b');
      assert.equal(third?.winningMemoryId, third?.memoryBId);
      assert.equal(third?.resolutionNotes, 'moved');
      assert.ok(third?.resolvedAt instanceof Date);
      assert.equal(third?.resolutionAppliedAt, undefined);
      assert.equal(fourth?.resolvedBy, 'system');
      assert.equal(fourth?.resolutionType, 'automated');
      assert.ok(fourth?.resolutionAppliedAt instanceof Date);
      assert.equal(fifth?.mergedText, 'Lives in Paris and London');
      assert.deepEqual(page.conflicts[0]?.metadata, { kept: ['as', 'given'] });
    }),
  );

  it(
    'orders by createdAt, oldest first, then by id',
    withStore(async (store) => {
      const userId = randomId('user');
      const prefix = randomId('conflict');
      const rows: [string, Date][] = [
        ['c', at(5)],
        ['b', at(1)],
        ['z', at(0)],
        ['a', at(1)],
        ['y', at(9)],
      ];
      for (const [suffix, createdAt] of rows) await store.addConflict(conflict(userId, { id: `${prefix}-${suffix}`, createdAt }));
      const { conflicts } = await store.listConflicts(userId);
      assert.deepEqual(
        conflicts.map((item) => item.id),
        ['z', 'a', 'b', 'c', 'y'].map((suffix) => `${prefix}-${suffix}`),
      );
    }),
  );

  it(
    'pages return each conflict exactly once, at most limit per page, while conflicts are added and resolved between pages',
    withStore(async (store) => {
      const userId = randomId('user');
      const original = new Set<string>();
      // Three conflicts share each minute, so pages end inside ties of createdAt.
      for (let i = 0; i < 30; i++)
        original.add(await store.addConflict(conflict(userId, { createdAt: at(Math.floor(i / 3)), metadata: { i } })));
      const seen: string[] = [];
      const added: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.listConflicts(userId, { limit: 4, ...(cursor === undefined ? {} : { cursor }) });
        pages++;
        assert.ok(page.conflicts.length <= 4, `page ${pages} has ${page.conflicts.length} conflicts`);
        seen.push(...page.conflicts.map((item) => item.id));
        cursor = page.nextCursor;
        // Between pages: one conflict older than every listed one, one newer, and one not yet listed resolved.
        added.push(await store.addConflict(conflict(userId, { createdAt: new Date(Date.UTC(2024, 0, 1, 0, pages)) })));
        added.push(await store.addConflict(conflict(userId)));
        const unseen = [...original].find((id) => !seen.includes(id));
        if (unseen !== undefined) await store.resolveConflict(userId, unseen, resolution(unseen));
      } while (cursor !== undefined && pages < 100);
      assert.equal(cursor, undefined, 'the listing ends');
      assert.equal(new Set(seen).size, seen.length, 'no conflict is listed twice');
      for (const id of original) assert.ok(seen.includes(id), `conflict ${id}, there throughout, is listed`);
      for (const id of seen) assert.ok(original.has(id) || added.includes(id), `${id} is one of the user's`);
      assert.ok(pages >= 8, `30 conflicts at 4 a page take at least 8 pages (took ${pages})`);
    }),
  );

  it(
    'concatenated pages equal one page of everything, in the same order',
    withStore(async (store) => {
      const userId = randomId('user');
      for (let i = 0; i < 11; i++) await store.addConflict(conflict(userId, { createdAt: at(i % 4) }));
      const whole = (await store.listConflicts(userId, { limit: 1000 })).conflicts;
      assert.equal(whole.length, 11);
      assertListOrder(whole);
      for (const limit of [1, 2, 3, 10, 11]) {
        const pages = await listAllPages(store, userId, { limit });
        assert.deepEqual(
          pages.flat().map((item) => item.id),
          whole.map((item) => item.id),
          `limit ${limit}`,
        );
        assert.ok(
          pages.every((page) => page.length > 0 && page.length <= limit),
          `limit ${limit}: page sizes ${pages.map((page) => page.length)}`,
        );
      }
    }),
  );

  it(
    'returns at most 100 a page by default',
    withStore(async (store) => {
      const userId = randomId('user');
      await Promise.all(Array.from({ length: 103 }, (_, i) => store.addConflict(conflict(userId, { createdAt: at(i) }))));
      const first = await store.listConflicts(userId);
      assert.equal(first.conflicts.length, 100);
      assert.ok(first.nextCursor !== undefined);
      const second = await store.listConflicts(userId, { cursor: first.nextCursor });
      assert.equal(second.conflicts.length, 3);
      assert.equal(second.nextCursor, undefined);
    }),
  );

  it(
    'status keeps one status or several, across pages',
    withStore(async (store) => {
      const userId = randomId('user');
      const ids: Record<ConflictStatus, string[]> = { pending: [], escalated: [], resolved: [] };
      const statuses: ConflictStatus[] = ['pending', 'escalated', 'resolved'];
      for (let i = 0; i < 9; i++) {
        const status = statuses[i % 3]!;
        const id = await store.addConflict(conflict(userId, { createdAt: at(i) }));
        if (status === 'escalated') await store.escalateConflict(userId, id);
        if (status === 'resolved') await store.resolveConflict(userId, id, resolution(id));
        ids[status].push(id);
      }
      for (const status of statuses) {
        const listed = (await listAllPages(store, userId, { status, limit: 2 })).flat();
        assert.deepEqual(
          listed.map((item) => item.id),
          ids[status],
          status,
        );
        assert.ok(
          listed.every((item) => item.status === status),
          status,
        );
      }
      const open = (await listAllPages(store, userId, { status: ['escalated', 'pending'] as const, limit: 1 })).flat();
      assert.deepEqual(open.map((item) => item.id).sort(), [...ids.pending, ...ids.escalated].sort());
      assertListOrder(open);
      const every = (await store.listConflicts(userId, { status: ['pending', 'escalated', 'resolved', 'pending'] })).conflicts;
      assert.equal(every.length, 9);
    }),
  );

  it(
    "never lists another user's conflicts, not even with that user's cursor or look-alike user ids",
    withStore(async (store) => {
      const users = lookAlikeUserIds(randomId('user'));
      const shared = randomId('conflict');
      for (const [index, userId] of users.entries()) {
        await store.addConflict(conflict(userId, { id: shared, createdAt: at(index), metadata: { owner: userId } }));
        await store.addConflict(conflict(userId, { createdAt: at(index), metadata: { owner: userId } }));
      }
      for (const userId of users) {
        const listed = (await listAllPages(store, userId, { limit: 1 })).flat();
        assert.equal(listed.length, 2, JSON.stringify(userId));
        assert.ok(
          listed.every((item) => item.userId === userId && item.metadata['owner'] === userId),
          JSON.stringify(userId),
        );
      }
      const [alice, bob] = users as [string, string];
      const aliceCursor = (await store.listConflicts(alice, { limit: 1 })).nextCursor;
      assert.ok(aliceCursor !== undefined);
      const bobPage = await store.listConflicts(bob, { cursor: aliceCursor });
      assert.ok(bobPage.conflicts.every((item) => item.userId === bob));
      assert.deepEqual(await store.listConflicts(randomId('nobody')), { conflicts: [] });
    }),
  );

  it(
    'returned conflicts are copies',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId, { metadata: { list: [1] } }));
      const [listed] = (await store.listConflicts(userId)).conflicts;
      listed!.status = 'resolved';
      listed!.createdAt.setTime(0);
      (listed!.metadata['list'] as number[]).push(2);
      const again = await store.getConflict(userId, id);
      assert.equal(again?.status, 'pending');
      assert.notEqual(again?.createdAt.getTime(), 0);
      assert.deepEqual(again?.metadata, { list: [1] });
    }),
  );

  it(
    'rejects a cursor it did not make, a bad limit or status, an unknown option and a bad user id with VALIDATION_ERROR',
    withStore(async (store) => {
      const userId = randomId('user');
      for (let i = 0; i < 3; i++) await store.addConflict(conflict(userId, { createdAt: at(i) }));
      const { nextCursor } = await store.listConflicts(userId, { limit: 1 });
      assert.ok(nextCursor !== undefined);
      const cursors = ['', 'abc', `${nextCursor}x`, nextCursor.slice(0, -2), `x${nextCursor}`, 'cm1.', 'cm1.e30', 42, null];
      for (const cursor of cursors) {
        const error = await assertRejectsWith(
          () => store.listConflicts(userId, { cursor: cursor as Loose }),
          'VALIDATION_ERROR',
          `cursor ${JSON.stringify(cursor)}`,
        );
        assert.equal((error as { path?: string }).path, 'options.cursor', `cursor ${JSON.stringify(cursor)}`);
      }
      for (const limit of [0, -1, 1001, 1.5, Number.NaN, '5', null]) {
        await assertRejectsWith(() => store.listConflicts(userId, { limit: limit as Loose }), 'VALIDATION_ERROR', `limit ${limit}`);
      }
      for (const status of ['done', 'RESOLVED', [], ['pending', 'open'], 1, null]) {
        await assertRejectsWith(
          () => store.listConflicts(userId, { status: status as Loose }),
          'VALIDATION_ERROR',
          `status ${JSON.stringify(status)}`,
        );
      }
      for (const options of [{ offset: 2 }, { statuses: ['pending'] }, 'all', 5]) {
        await assertRejectsWith(
          () => store.listConflicts(userId, options as Loose),
          'VALIDATION_ERROR',
          `options ${JSON.stringify(options)}`,
        );
      }
      for (const bad of BAD_IDS) {
        await assertRejectsWith(() => store.listConflicts(bad as Loose), 'VALIDATION_ERROR', `userId ${describeBadId(bad)}`);
      }
    }),
  );
}
