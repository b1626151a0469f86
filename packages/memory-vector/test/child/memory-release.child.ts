// Run by memory-release.test.ts under --expose-gc: how much resident memory a 100 000 × 384 store
// gives back when emptied and when closed, while the store object itself stays reachable.
import { InMemoryVectorStore } from '../../src';
import { fillStore } from './fill-store';

const kernel = process.argv[2] === 'js' ? 'js' : 'wasm';
const COUNT = 100_000;
const USERS = 10;

function settledRss(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run with --expose-gc');
  gc();
  gc();
  return process.memoryUsage().rss;
}

async function main(): Promise<void> {
  const store = new InMemoryVectorStore({ dimensions: 384, kernel });
  const start = settledRss();
  const reservedInitially = store.reservedBytes;
  await fillStore(store, COUNT, USERS);
  const filled = settledRss();
  const reservedFilled = store.reservedBytes;
  for (let user = 0; user < USERS; user++) await store.clearUserMemories(`user-${user}`);
  const emptied = settledRss();
  const reservedEmptied = store.reservedBytes;
  await fillStore(store, COUNT, USERS);
  const refilled = settledRss();
  await store.close();
  const closed = settledRss();
  console.log(
    JSON.stringify({
      kernel: store.kernel,
      start,
      filled,
      emptied,
      refilled,
      closed,
      reservedInitially,
      reservedFilled,
      reservedEmptied,
      reservedClosed: store.reservedBytes,
    }),
  );
}

void main();
