import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { createClient } from 'redis';
import { comparable, exportRows } from './export-rows';
import { cli, cliAsync, cliJson, ensureBuilt, removeTempDirs, tempDir } from './run-built-cli';

// The flags that switch parts to the shared services (PostgreSQL, MariaDB, Redis): the conflicts
// and the chat turns land there, in tables and keys of this run only, removed afterwards. Without
// the service the test skips and says why; with CI=true it fails instead.

const POSTGRES_URL = process.env['POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const MYSQL_URL = process.env['MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306/test';
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
// pg ships no type declarations; these are the calls used here.
interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}
const { Client: PgClientClass } = require('pg') as {
  Client: new (options: { connectionString: string; connectionTimeoutMillis: number }) => PgClient;
};

const RUN = `cli_${randomBytes(4).toString('hex')}_`;

beforeAll(ensureBuilt, 180_000);
afterAll(removeTempDirs);

interface Database {
  name: string;
  url: string;
  query(sql: string): Promise<Record<string, unknown>[]>;
  end(): Promise<void>;
}

async function connectPostgres(): Promise<Database> {
  const client = new PgClientClass({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  return { name: 'PostgreSQL', url: POSTGRES_URL, query: async (sql) => (await client.query(sql)).rows, end: () => client.end() };
}

async function connectMysql(): Promise<Database> {
  const connection = await mysql.createConnection({ uri: MYSQL_URL, connectTimeout: 3000 });
  return {
    name: 'MariaDB/MySQL',
    url: MYSQL_URL,
    query: async (sql) => (await connection.query(sql))[0] as Record<string, unknown>[],
    end: () => connection.end(),
  };
}

/** Registers the tests on a service, or a skip that says why (a failure under CI=true). */
function onService<T>(name: string, connect: () => Promise<T>, register: (service: () => T) => void): void {
  let service: T | undefined;
  let reason: string | undefined;
  beforeAll(async () => {
    try {
      service = await connect();
    } catch (error) {
      reason = `${name} is not reachable (${error instanceof Error ? error.message : String(error)})`;
      if (process.env['CI'] === 'true') throw new Error(`${reason}; CI needs it`);
      console.warn(`Skipping the cli's ${name} tests: ${reason}`);
    }
  }, 30_000);
  register(() => {
    if (service === undefined) throw new SkipSignal();
    return service;
  });
}

class SkipSignal extends Error {}

/** A test body that passes without running when its service is absent (the reason is printed once above). */
function itWith<T>(title: string, service: () => T, body: (value: T) => Promise<void>): void {
  it(title, async () => {
    let value: T;
    try {
      value = service();
    } catch (error) {
      if (error instanceof SkipSignal) return;
      throw error;
    }
    await body(value);
  }, 60_000);
}

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
  onService(
    'Redis',
    async () => {
      const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 3000, reconnectStrategy: false } });
      client.on('error', () => {});
      await client.connect();
      return client;
    },
    (service) => {
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
        const stored = (await client.lRange(keys[0] as string, 0, -1)).map(
          (entry) => JSON.parse(entry) as { role: string; content: string },
        );
        expect(stored.map(({ role, content }) => ({ role, content }))).toEqual([
          { role: 'user', content: 'I live in London' },
          { role: 'assistant', content: 'Nice city.' },
        ]);
      });
    },
  );
});
