import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { TypeORMConflictStore } from '@casual-memory/conflicts-typeorm';
import { describeWithService } from '@casual-memory/test-suite';
import { registerConflictLifecycleTests } from './helpers/sql-lifecycle';

// MemoryService on the SQL conflict store on PostgreSQL. Without a server the tests skip and say why,
// except under CI=true, where a missing PostgreSQL fails instead.
const POSTGRES_URL = process.env['POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const PROBE = `
const url = new URL(process.argv[1]);
const socket = require('node:net').connect({ host: url.hostname, port: Number(url.port || 5432) });
socket.setTimeout(2000, () => { console.log('no answer within 2 s'); process.exit(1); });
socket.on('connect', () => process.exit(0));
socket.on('error', (error) => { console.log(error.message); process.exit(1); });
`;

function unavailable(): string | undefined {
  try {
    execFileSync(process.execPath, ['-e', PROBE, POSTGRES_URL], { timeout: 30_000, stdio: 'pipe' });
    return undefined;
  } catch (thrown) {
    const output = String((thrown as { stdout?: unknown }).stdout ?? '').trim();
    return `${POSTGRES_URL.replace(/\/\/[^@/]*@/, '//')} does not answer (${output || String(thrown)})`;
  }
}

const tablePrefix = `svc_${randomBytes(5).toString('hex')}_`;
const missing = unavailable();
const name = 'MemoryService on TypeORMConflictStore (PostgreSQL)';

describeWithService(
  name,
  missing === undefined ? undefined : `${missing}. Start it (scripts/start-services.sh) or set POSTGRES_URL.`,
  () => {
    registerConflictLifecycleTests(() => TypeORMConflictStore.create({ type: 'postgres', url: POSTGRES_URL, tablePrefix }));
    afterAll(async () => {
      // Our own tables only: the run's random prefix.
      const store = await TypeORMConflictStore.create({ type: 'postgres', url: POSTGRES_URL, tablePrefix, migrate: false });
      try {
        for (const table of [`${tablePrefix}conflicts`, `${tablePrefix}conflicts_migrations`])
          await store.dataSource.query(`DROP TABLE IF EXISTS "${table}"`);
      } finally {
        await store.close();
      }
    }, 60_000);
  },
);
