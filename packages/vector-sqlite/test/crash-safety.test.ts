import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { load as loadSqliteVec } from 'sqlite-vec';
import { SqliteVectorStore, TABLES } from '../src';

const packageDir = join(__dirname, '..');
const folder = mkdtempSync(join(tmpdir(), 'vector-sqlite-crash-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Resolves once the child printed `line`; rejects if it exits first. */
function waitForLine(child: ChildProcess, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(line)) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`the child exited (${code}) before "${line}":\n${output}`)));
  });
}

describe('a process killed in the middle of addMany', () => {
  beforeAll(() => {
    // The child runs the built package, as an installed copy would.
    if (!existsSync(join(packageDir, 'dist', 'index.cjs')))
      throw new Error('build the package first: pnpm --filter @casual-memory/vector-sqlite build');
  });

  it('leaves the file with everything committed before it and nothing of the batch', async () => {
    const path = join(folder, 'crash.db');
    const child = spawn(process.execPath, [join(packageDir, 'test', 'fixtures', 'crash-mid-write.cjs'), path], {
      cwd: packageDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await waitForLine(child, 'inside the transaction');
    child.kill('SIGKILL');
    await exited;

    const db = new Database(path);
    loadSqliteVec(db);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    for (const table of [TABLES.memories, TABLES.vectors, TABLES.tags]) {
      expect([table, db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()]).toEqual([table, table === TABLES.tags ? 0 : 1]);
    }
    db.close();
    const store = await SqliteVectorStore.open({ path, dimensions: 4 });
    const hits = await store.search('u1', [1, 0, 0, 0], { topK: 100, minScore: -1 });
    expect(hits.map((hit) => hit.memory.text)).toEqual(['committed before the crash']);
    expect(await store.search('u2', [1, 0, 0, 0], { minScore: -1 })).toEqual([]);
    // The file takes writes again.
    await store.add([0, 1, 0, 0], { text: 'after the crash', type: 'fact', userId: 'u2' });
    expect((await store.search('u2', [0, 1, 0, 0])).map((hit) => hit.memory.text)).toEqual(['after the crash']);
    await store.close();
  });
});
