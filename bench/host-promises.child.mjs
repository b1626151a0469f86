// Run by service.bench.mjs in a fresh process: how fast the application's own promises settle before and
// after the service's first adds (with default options, then with a deadline), and (the baseline in the same process) after an AsyncLocalStorage has
// been used once, which in Node 20 turns on promise hooks for the rest of the process.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', 'packages', 'service', 'package.json'));
const { MemoryService } = require('./dist/index.cjs');
const { InMemoryVectorStore } = require('@casual-memory/memory-vector');
const { InMemoryConflictStore } = require('@casual-memory/memory-conflicts');

const AWAITS = 1_000_000;
const RUNS = 5;

/** ms for `AWAITS` awaits of an already settled promise (the application's own async code), best of `RUNS`. */
async function awaitLoop() {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (let i = 0; i < AWAITS; i++) await Promise.resolve(i);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

await awaitLoop();
const before = await awaitLoop();
const service = new MemoryService({
  vectorStore: new InMemoryVectorStore({ dimensions: 384 }),
  conflictStore: new InMemoryConflictStore(),
});
for (const text of ['I live in London', 'I moved to Paris last month', 'My sister lives in Boston']) {
  await service.add({ text, type: 'fact', userId: 'host' });
}
await service.query('host', 'where do I live');
const afterAdds = await awaitLoop();
// The same with a deadline (timeoutMs and a signal), which ran in an async context until this release.
const deadline = { timeoutMs: 5_000, signal: new AbortController().signal };
for (const text of ['I live in Lisbon', 'I moved to Porto last month', 'My brother lives in Faro']) {
  await service.add({ text, type: 'fact', userId: 'host-deadline' }, deadline);
}
await service.query('host-deadline', 'where do I live', deadline);
const afterDeadlines = await awaitLoop();
new AsyncLocalStorage().run({}, () => undefined);
const afterAsyncContext = await awaitLoop();
process.stdout.write(JSON.stringify({ awaits: AWAITS, before, afterAdds, afterDeadlines, afterAsyncContext }));
