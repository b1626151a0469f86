import { randomBytes } from 'node:crypto';
import { TypeORMConflictStore } from '@casual-memory/conflicts-typeorm';
import { describeWithService } from '@casual-memory/test-suite';
import { serverUnavailable } from './helpers/server-unavailable';
import { registerConflictLifecycleTests } from './helpers/sql-lifecycle';

// MemoryService on the SQL conflict store on PostgreSQL. Without a server the tests skip and say why,
// except under CI=true, where a missing PostgreSQL fails instead.
const POSTGRES_URL = process.env['POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const tablePrefix = `svc_${randomBytes(5).toString('hex')}_`;
const missing = serverUnavailable(POSTGRES_URL, 'POSTGRES_URL');
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
