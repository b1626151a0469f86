import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vectorStoreSuite } from '@casual-memory/test-suite';
import { SqliteVectorStore } from '../src';

const folder = mkdtempSync(join(tmpdir(), 'vector-sqlite-conformance-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// One database file per vector length, re-opened by every test: a store that is closed and opened
// again must read what the first one wrote.
vectorStoreSuite(
  'SqliteVectorStore (file)',
  async ({ dimensions }) => SqliteVectorStore.open({ path: join(folder, `memories-${dimensions}.db`), dimensions }),
  { persistent: true },
);

// A private in-memory database per store: every test starts empty.
vectorStoreSuite('SqliteVectorStore (:memory:)', async ({ dimensions }) => SqliteVectorStore.open({ path: ':memory:', dimensions }));
