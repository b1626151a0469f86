import { execFileSync } from 'node:child_process';

// A TCP connect in a child process, so the check is synchronous (tests are registered synchronously).
const PROBE = `
const url = new URL(process.argv[1]);
const defaults = { 'postgres:': 5432, 'postgresql:': 5432, 'mysql:': 3306, 'mariadb:': 3306, 'redis:': 6379 };
const socket = require('node:net').connect({ host: url.hostname, port: Number(url.port || defaults[url.protocol]) });
socket.setTimeout(2000, () => { console.log('no answer within 2 s'); process.exit(1); });
socket.on('connect', () => process.exit(0));
socket.on('error', (error) => { console.log(error.message); process.exit(1); });
`;

/** Why the server at `url` (with its port) cannot be used, naming the env var that points elsewhere; undefined when it answers. */
export function serverUnavailable(url: string, envVar: string): string | undefined {
  try {
    execFileSync(process.execPath, ['-e', PROBE, url], { timeout: 30_000, stdio: 'pipe' });
    return undefined;
  } catch (thrown) {
    const output = String((thrown as { stdout?: unknown }).stdout ?? '').trim();
    return `${url.replace(/\/\/[^@/]*@/, '//')} does not answer (${output || String(thrown)}). Start it (scripts/start-services.sh) or set ${envVar}.`;
  }
}
