import mysql from 'mysql2/promise';
import { createClient } from 'redis';
import { QdrantStandIn } from '../../vector-qdrant/test/qdrant-stand-in/qdrant-stand-in';

// The shared services the int tests use (PostgreSQL, MariaDB, Redis), each test in tables and keys
// of its own. Without the service a test skips and says why; with CI=true it fails instead.

export const POSTGRES_URL = process.env['POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
export const MYSQL_URL = process.env['MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306/test';
export const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
// pg ships no type declarations; these are the calls used here.
interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}
const { Client: PgClientClass } = require('pg') as {
  Client: new (options: { connectionString: string; connectionTimeoutMillis: number }) => PgClient;
};

export interface Database {
  name: string;
  url: string;
  query(sql: string): Promise<Record<string, unknown>[]>;
  end(): Promise<void>;
}

export async function connectPostgres(): Promise<Database> {
  const client = new PgClientClass({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  return { name: 'PostgreSQL', url: POSTGRES_URL, query: async (sql) => (await client.query(sql)).rows, end: () => client.end() };
}

export async function connectMysql(): Promise<Database> {
  const connection = await mysql.createConnection({ uri: MYSQL_URL, connectTimeout: 3000 });
  return {
    name: 'MariaDB/MySQL',
    url: MYSQL_URL,
    query: async (sql) => (await connection.query(sql))[0] as Record<string, unknown>[],
    end: () => connection.end(),
  };
}

/** A client of the shared Redis, for a test to look at (and remove) its own keys. */
export async function connectRedis() {
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 3000, reconnectStrategy: false } });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/**
 * vector-qdrant's schema-checking stand-in for Qdrant, started for the file's tests in this process
 * (so commands that use it must run with `cliAsync`) and stopped after them; a test during which it
 * saw a request Qdrant would refuse fails. Returns its getter.
 */
export function useQdrantStandIn(): () => QdrantStandIn {
  let standIn: QdrantStandIn | undefined;
  beforeAll(async () => {
    standIn = await QdrantStandIn.start();
  }, 180_000);
  afterAll(async () => {
    await standIn?.stop();
  });
  afterEach(() => {
    expect(standIn?.takeViolations()).toEqual([]);
  });
  return () => {
    if (standIn === undefined) throw new Error('the Qdrant stand-in did not start');
    return standIn;
  };
}

/** Registers the tests on a service, or a skip that says why (a failure under CI=true). */
export function onService<T>(name: string, connect: () => Promise<T>, register: (service: () => T) => void): void {
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

/** Thrown by a service getter when the service is absent. */
export class SkipSignal extends Error {}

/** A test body that passes without running when its service is absent (the reason is printed once above). */
export function itWith<T>(title: string, service: () => T, body: (value: T) => Promise<void>, timeoutMs = 60_000): void {
  it(
    title,
    async () => {
      let value: T;
      try {
        value = service();
      } catch (error) {
        if (error instanceof SkipSignal) return;
        throw error;
      }
      await body(value);
    },
    timeoutMs,
  );
}
