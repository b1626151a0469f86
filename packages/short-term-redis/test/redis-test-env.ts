import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { describeWithService } from '@casual-memory/test-suite';
import { createClient } from 'redis';

/** The shared Redis the tests use: `REDIS_URL`, or the local default. */
export const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

// A PING over a raw socket in a child process, so the check is synchronous (tests are registered
// synchronously) and needs nothing but Node. Any RESP reply (+PONG, or -NOAUTH) means Redis is there.
const PROBE = `
const url = new URL(process.argv[1]);
const secure = url.protocol === 'rediss:';
const mod = require(secure ? 'node:tls' : 'node:net');
const socket = mod.connect({ host: url.hostname.replace(/^\\[|\\]$/g, ''), port: Number(url.port || 6379), servername: url.hostname, rejectUnauthorized: false });
socket.setTimeout(2000, () => { console.log('no answer within 2 s'); process.exit(1); });
socket.on(secure ? 'secureConnect' : 'connect', () => socket.write('PING\\r\\n'));
socket.on('data', (data) => { const reply = String(data); if (/^[+-]/.test(reply)) process.exit(0); console.log('not Redis: ' + reply.slice(0, 40)); process.exit(1); });
socket.on('error', (error) => { console.log(error.message); process.exit(1); });
`;

/** Why Redis at `url` cannot be used, or undefined when it answers. */
export function redisUnavailableReason(url: string): string | undefined {
  try {
    execFileSync(process.execPath, ['-e', PROBE, url], { timeout: 30_000, stdio: 'pipe' });
    return undefined;
  } catch (thrown) {
    const output = String((thrown as { stdout?: unknown }).stdout ?? '').trim();
    return output || (thrown instanceof Error ? thrown.message : String(thrown));
  }
}

const sharedReason = redisUnavailableReason(REDIS_URL);

/**
 * `describe` for tests that need the shared Redis. Without it they skip and say why, except under
 * CI=true, where a missing Redis is a failure: CI must never pass by skipping them.
 */
export function describeWithRedis(name: string, tests: () => void): void {
  describeIfAvailable(name, sharedReason === undefined ? undefined : `Redis at ${REDIS_URL} is not available (${sharedReason})`, tests);
}

/** `describe` that runs `tests` when `unavailable` is undefined, and otherwise skips (fails under CI=true) saying why. */
export function describeIfAvailable(name: string, unavailable: string | undefined, tests: () => void): void {
  const why =
    unavailable === undefined
      ? undefined
      : `${unavailable}. Start it (bash scripts/start-services.sh from the repository root) or set REDIS_URL.`;
  describeWithService(name, why, tests);
}

/** A key prefix of this test run's own, so runs can share one Redis. */
export function runKeyPrefix(): string {
  return `casual-memory-test:${randomUUID()}:`;
}

/** A plain node-redis client on the shared Redis, connected. */
export async function plainClient(url = REDIS_URL) {
  const client = createClient({ url });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** Deletes every key under `prefix` (which holds no glob characters: see runKeyPrefix). */
export async function deleteKeysUnder(prefix: string, url = REDIS_URL): Promise<number> {
  const client = await plainClient(url);
  let deleted = 0;
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) {
      if (keys.length > 0) deleted += await client.del(keys);
    }
  } finally {
    client.destroy();
  }
  return deleted;
}
