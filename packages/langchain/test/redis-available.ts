import { spawnSync } from 'node:child_process';

/** The Redis the int tests use: `REDIS_URL`, or the local default. */
export const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/**
 * Why Redis at `url` cannot be used, or undefined when it answers a PING. Synchronous (a child
 * process), because tests are registered synchronously.
 */
export function redisUnavailable(url: string): string | undefined {
  const probe = `
    const { createClient } = require('redis');
    const client = createClient({ url: process.argv[1], socket: { connectTimeout: 2000, reconnectStrategy: false } });
    client.on('error', () => {});
    client.connect().then(() => client.ping()).then(() => process.exit(0), (error) => { console.log(error.message); process.exit(1); });
  `;
  const run = spawnSync(process.execPath, ['-e', probe, url], { cwd: __dirname, timeout: 30_000, encoding: 'utf8' });
  if (run.status === 0) return undefined;
  return `Redis at ${url} is not available (${(run.stdout || run.stderr || run.error?.message || 'no answer').trim()}); start it or set REDIS_URL`;
}
