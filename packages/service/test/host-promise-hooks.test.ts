import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// Node 20 turns on promise hooks for the whole process once an AsyncLocalStorage is used, and every
// promise of the application pays for them from then on. No call of the service may do that.
// Checked in a fresh process (jest's own workers may have turned them on already), on the built package.
const PROBE = `
const { executionAsyncId } = require('node:async_hooks');
const { MemoryService } = require(${JSON.stringify(join(__dirname, '..', 'dist', 'index.cjs'))});
const { InMemoryVectorStore } = require('@casual-memory/memory-vector');
const { InMemoryConflictStore } = require('@casual-memory/memory-conflicts');
// Without promise hooks, code after an await runs with no async id of its own (0).
const asyncIdAfterAwait = async () => { await null; return executionAsyncId(); };
(async () => {
  const before = await asyncIdAfterAwait();
  const service = new MemoryService({ vectorStore: new InMemoryVectorStore({ dimensions: 384 }), conflictStore: new InMemoryConflictStore() });
  const options = process.argv[1] === 'deadline' ? { timeoutMs: 5000, signal: new AbortController().signal } : {};
  if (process.argv[1] === 'async-local-storage') new (require('node:async_hooks').AsyncLocalStorage)().run(1, () => undefined);
  for (const text of ['I live in London', 'I moved to Paris last month']) await service.add({ text, type: 'fact', userId: 'u1' }, options);
  await service.query('u1', 'where do I live', options);
  process.stdout.write(JSON.stringify({ before, after: await asyncIdAfterAwait() }));
})();
`;

function probe(mode: 'default' | 'deadline' | 'async-local-storage'): { before: number; after: number } {
  return JSON.parse(execFileSync(process.execPath, ['-e', PROBE, mode], { cwd: join(__dirname, '..'), encoding: 'utf8' }));
}

describe("the application's own promises", () => {
  it('are not slowed by the service: adds and queries with default options turn on no promise hooks', () => {
    expect(probe('default')).toEqual({ before: 0, after: 0 });
  });

  it('nor with a deadline: the deadline travels with the call, not in an async context', () => {
    expect(probe('deadline')).toEqual({ before: 0, after: 0 });
  });

  it('the probe sees promise hooks once anything uses an AsyncLocalStorage (so it can tell)', () => {
    const { before, after } = probe('async-local-storage');
    expect(before).toBe(0);
    expect(after).toBeGreaterThan(0);
  });
});
