import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertRejectsWith, userLockSuite } from '@casual-memory/test-suite';
import Database from 'better-sqlite3';
import { LOCK_TABLE, SqliteUserLock } from '../src';

const folder = mkdtempSync(join(tmpdir(), 'vector-sqlite-lock-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Every lock of the suite opens its own connection to one file, as separate processes would.
const shared = join(folder, 'locks.db');
userLockSuite('SqliteUserLock', () => SqliteUserLock.open({ path: shared }));

describe('SqliteUserLock', () => {
  it('keeps its lease rows in casual_memory_locks, with the fence counted per user', async () => {
    const path = join(folder, 'rows.db');
    const lock = await SqliteUserLock.open({ path });
    const first = await lock.acquire('u1');
    await first.release();
    const second = await lock.acquire('u1');
    const other = await lock.acquire('u2');
    const db = new Database(path, { readonly: true });
    const rows = db.prepare(`SELECT user_id, token, fence FROM ${LOCK_TABLE} ORDER BY user_id`).all();
    expect(rows).toEqual([
      { user_id: 'u1', token: second.token, fence: 2 },
      { user_id: 'u2', token: other.token, fence: 1 },
    ]);
    expect([first.fence, second.fence, other.fence]).toEqual([1, 2, 1]);
    await lock.close();
    // close() freed the leases this object held, so another process need not wait for them to expire.
    expect(db.prepare(`SELECT count(*) FROM ${LOCK_TABLE} WHERE token IS NOT NULL`).pluck().get()).toBe(0);
    db.close();
  });

  it('works on a database you opened (the memories file, say) and leaves it open', async () => {
    const db = new Database(join(folder, 'own.db'));
    const lock = new SqliteUserLock(db);
    await (await lock.acquire('u1', { waitMs: 0 })).release();
    await lock.close();
    expect(db.open).toBe(true);
    db.close();
  });

  it('refuses a foreign table of its name permanently, and bad options or databases as VALIDATION_ERROR', async () => {
    const path = join(folder, 'foreign.db');
    const db = new Database(path);
    db.exec(`CREATE TABLE ${LOCK_TABLE} (user_id TEXT PRIMARY KEY, owner TEXT)`);
    db.close();
    const error = await assertRejectsWith(() => SqliteUserLock.open({ path }), 'CORRUPT_DATA', 'open on a foreign table');
    expect(error.message).toContain(LOCK_TABLE);
    await assertRejectsWith(() => SqliteUserLock.open({ path: '' }), 'VALIDATION_ERROR', 'an empty path');
    await assertRejectsWith(() => SqliteUserLock.open({ path, busyTimeout: -1 }), 'VALIDATION_ERROR', 'a negative busyTimeout');
    await assertRejectsWith(() => SqliteUserLock.open({ path, dimensions: 4 } as never), 'VALIDATION_ERROR', 'an unknown option');
    await assertRejectsWith(async () => new SqliteUserLock({} as never), 'VALIDATION_ERROR', 'not a database');
    await assertRejectsWith(
      () => SqliteUserLock.open({ path: join(folder, 'missing', 'locks.db') }),
      'STORE_UNAVAILABLE',
      'a missing folder',
    );
  });
});
