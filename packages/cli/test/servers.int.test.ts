import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparable, exportRows } from './export-rows';
import { cli, cliAsync, cliJson, ensureBuilt, removeTempDirs, tempDir } from './run-built-cli';
import { connectMysql, connectPostgres, connectRedis, type Database, itWith, onService, REDIS_URL, SkipSignal } from './shared-services';

// The flags that switch parts to the shared services (PostgreSQL, MariaDB, Redis): the conflicts
// and the chat turns land there, in tables and keys of this run only, removed afterwards.

const RUN = `cli_${randomBytes(4).toString('hex')}_`;

beforeAll(ensureBuilt, 180_000);
afterAll(removeTempDirs);

for (const [name, connect] of [
  ['PostgreSQL', connectPostgres],
  ['MariaDB', connectMysql],
] as const) {
  describe(`--database-url on ${name}`, () => {
    const prefix = `${RUN}${name === 'PostgreSQL' ? 'pg' : 'my'}_`;
    let database: Database | undefined;
    onService(name, connect, (service) => {
      afterAll(async () => {
        if (database === undefined) return;
        for (const table of [
          `${prefix}conflicts`,
          `${prefix}conflicts_migrations`,
          `${prefix}rt_conflicts`,
          `${prefix}rt_conflicts_migrations`,
        ])
          await database.query(`DROP TABLE IF EXISTS ${table}`);
        await database.end();
      });

      itWith('keeps the conflicts there across invocations, and resolves them there', service, async (db) => {
        database = db;
        const dataDir = tempDir();
        const flags = ['--database-url', db.url, '--table-prefix', prefix];
        expect((await cliAsync([...flags, 'remember', 'I live in London'], { dataDir })).code).toBe(0);
        const paris = await cliAsync([...flags, 'remember', 'I live in Paris', '--json'], { dataDir });
        const conflictId = (JSON.parse(paris.stdout) as { conflictIds: string[] }).conflictIds[0] as string;
        const rows = await db.query(`SELECT id, status FROM ${prefix}conflicts`);
        expect(rows).toEqual([{ id: conflictId, status: 'pending' }]);
        expect(cliJson(['--database-url', db.url, '--table-prefix', prefix, 'stats'], { dataDir })).toMatchObject({
          users: [{ user: 'default', conflicts: { pending: 1 } }],
          parts: { conflicts: expect.stringContaining(name === 'PostgreSQL' ? 'postgres' : 'mysql') },
        });
        expect((await cliAsync([...flags, 'resolve', conflictId, 'keep_b'], { dataDir })).code).toBe(0);
        expect(await db.query(`SELECT status, resolution_decision FROM ${prefix}conflicts`)).toEqual([
          { status: 'resolved', resolution_decision: 'keep_b' },
        ]);
        // The data folder has no conflicts file of its own: they live on the server.
        expect((await cliAsync(['conflicts', '--json'], { dataDir })).code).toBe(0);
      });

      itWith('an export of the embedded folder restores exactly onto the server, and exports back the same', service, async (db) => {
        database = db;
        const embedded = tempDir();
        for (const text of ['I live in London', 'I live in London', 'I moved to Lisbon', 'I live in Porto', 'I like green tea'])
          expect(cli(['remember', text], { dataDir: embedded }).code).toBe(0);
        const exported = exportRows(embedded);
        expect(exported.filter((row) => row['kind'] === 'conflict')).toHaveLength(1);
        const onServer = tempDir();
        const flags = ['--database-url', db.url, '--table-prefix', `${prefix}rt_`];
        const input = exported.map((row) => `${JSON.stringify(row)}\n`).join('');
        expect(cli([...flags, 'import', '-'], { dataDir: onServer, input }).code).toBe(0);
        const conflictId = exported.find((row) => row['kind'] === 'conflict')!['id'];
        expect(await db.query(`SELECT id, status FROM ${prefix}rt_conflicts`)).toEqual([{ id: conflictId, status: 'pending' }]);
        expect(comparable(exportRows(onServer, flags))).toEqual(comparable(exported));
      });
    });
  });
}

describe('--redis-url', () => {
  const keyPrefix = `${RUN}short-term:`;
  onService('Redis', connectRedis, (service) => {
    afterAll(async () => {
      try {
        const client = service();
        for (const key of await client.keys(`${keyPrefix}*`)) await client.del(key);
        await client.quit();
      } catch (error) {
        if (!(error instanceof SkipSignal)) throw error;
      }
    });

    itWith('appends imported chat messages to the short-term memory', service, async (client) => {
      const dataDir = tempDir();
      const file = join(tempDir(), 'chat.jsonl');
      writeFileSync(
        file,
        [
          { role: 'user', content: 'I live in London' },
          { role: 'assistant', content: 'Nice city.' },
        ]
          .map((message) => JSON.stringify(message))
          .join('\n'),
      );
      const run = await cliAsync(['--redis-url', REDIS_URL, '--redis-key-prefix', keyPrefix, 'import', file, '--json', '--user', 'ana'], {
        dataDir,
      });
      expect(JSON.parse(run.stdout)).toMatchObject({ imported: 1, ignored: 1 });
      const keys = await client.keys(`${keyPrefix}*`);
      expect(keys).toHaveLength(1);
      const stored = (await client.lRange(keys[0] as string, 0, -1)).map((entry) => JSON.parse(entry) as { role: string; content: string });
      expect(stored.map(({ role, content }) => ({ role, content }))).toEqual([
        { role: 'user', content: 'I live in London' },
        { role: 'assistant', content: 'Nice city.' },
      ]);
    });
  });
});
