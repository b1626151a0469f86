import { InMemoryVectorStore } from '../src';
import { runChild } from './child/run-child';
import { randomVectors } from './random-vectors';

const KERNELS = ['wasm', 'js'] as const;
const PAGE = 65_536;

/** Bytes the arena needs for `rows` rows of `dimensions` (see src/arena-layout.ts), rounded up to whole pages. */
function pagesOfRows(rows: number, dimensions: number): number {
  const stride = Math.ceil(dimensions / 4) * 4;
  return Math.ceil((PAGE + stride * 4 + rows * (stride * 4 + 8)) / PAGE) * PAGE;
}

async function fill(store: InMemoryVectorStore, vectors: number[][], users: number): Promise<string[]> {
  return store.addMany(
    vectors.map((vector, i) => ({ vector, memory: { text: String(i), type: 'fact' as const, userId: `user-${i % users}` } })),
  );
}

describe('InMemoryVectorStore memory', () => {
  it.each(KERNELS)('%s: compact() shrinks the reservation to the rows held and keeps every row findable', async (kernel) => {
    const dimensions = 384;
    const vectors = randomVectors(10_000, dimensions, 8);
    const store = new InMemoryVectorStore({ dimensions, kernel });
    const ids = await fill(store, vectors, 100);
    const grown = store.reservedBytes;
    expect(grown).toBeGreaterThan(10_000 * dimensions * 4);
    for (let user = 1; user < 100; user++) await store.clearUserMemories(`user-${user}`);
    expect(store.size).toBe(100);
    expect(store.reservedBytes).toBe(grown); // deleting alone never moves memory
    await store.compact();
    expect(store.reservedBytes).toBeLessThanOrEqual(pagesOfRows(100, dimensions));
    expect(store.kernel).toBe(kernel);
    for (let i = 0; i < vectors.length; i += 100) {
      const [best] = await store.search('user-0', vectors[i]!, { topK: 1, minScore: 0.999 });
      expect(best?.id).toBe(ids[i]);
    }
    // Still grows past the compacted size, and compacting again changes nothing.
    await fill(store, randomVectors(1_000, dimensions, 9), 1);
    expect(store.size).toBe(1_100);
    const before = store.reservedBytes;
    await store.compact();
    expect(store.reservedBytes).toBeLessThanOrEqual(before);
    const [again] = await store.search('user-0', vectors[100]!, { topK: 1, minScore: 0.999 });
    expect(again?.id).toBe(ids[100]);
    await store.close();
  });

  it.each(KERNELS)('%s: shrinks back to the initial reservation when it becomes empty', async (kernel) => {
    const store = new InMemoryVectorStore({ dimensions: 64, kernel, initialCapacity: 16 });
    const initial = store.reservedBytes;
    await fill(store, randomVectors(5_000, 64, 3), 2);
    expect(store.reservedBytes).toBeGreaterThan(initial * 10);
    await store.clearUserMemories('user-0');
    expect(store.reservedBytes).toBeGreaterThan(initial * 10);
    await store.clearUserMemories('user-1');
    expect(store.size).toBe(0);
    expect(store.reservedBytes).toBe(initial);
    // The same through deleteMemory of the last row.
    const ids = await fill(store, randomVectors(3_000, 64, 4), 1);
    for (const id of ids) await store.deleteMemory('user-0', id);
    expect(store.reservedBytes).toBe(initial);
    const id = await store.add(randomVectors(1, 64, 5)[0]!, { text: 'again', type: 'fact', userId: 'u' });
    expect((await store.getById('u', id))?.memory.text).toBe('again');
    await store.close();
  });

  it('compact() after close() rejects with STORE_CLOSED, and close() leaves nothing reserved', async () => {
    const store = new InMemoryVectorStore({ dimensions: 4 });
    await store.add([1, 2, 3, 4], { text: 'x', type: 'fact', userId: 'u' });
    await store.close();
    expect(store.reservedBytes).toBe(0);
    expect(store.size).toBe(0);
    await expect(store.compact()).rejects.toThrow(expect.objectContaining({ name: 'StoreClosedError', code: 'STORE_CLOSED' }));
  });

  it('compact() that cannot reserve its new memory rejects with STORE_UNAVAILABLE and leaves the store as it was', async () => {
    const store = new InMemoryVectorStore({ dimensions: 16, kernel: 'wasm', initialCapacity: 4 });
    const vectors = randomVectors(2_000, 16, 6);
    const ids = await fill(store, vectors, 2);
    await store.clearUserMemories('user-1');
    const reserved = store.reservedBytes;
    const Original = WebAssembly.Memory;
    const globals = WebAssembly as { Memory: typeof WebAssembly.Memory };
    globals.Memory = class RefusingMemory extends Original {
      constructor(descriptor: WebAssembly.MemoryDescriptor) {
        super(descriptor);
        throw new RangeError('WebAssembly.Memory(): could not allocate memory');
      }
    };
    try {
      await expect(store.compact()).rejects.toThrow(expect.objectContaining({ code: 'STORE_UNAVAILABLE', cause: expect.any(RangeError) }));
    } finally {
      globals.Memory = Original;
    }
    expect(store.reservedBytes).toBe(reserved);
    const [best] = await store.search('user-0', vectors[10]!, { topK: 1, minScore: 0.999 });
    expect(best?.id).toBe(ids[10]);
    await store.compact();
    expect(store.reservedBytes).toBeLessThan(reserved);
    await store.close();
  });

  it('declares a WebAssembly memory maximum only for a maxVectors cap, and then just what the cap needs', async () => {
    const Original = WebAssembly.Memory;
    const descriptors: WebAssembly.MemoryDescriptor[] = [];
    const globals = WebAssembly as { Memory: typeof WebAssembly.Memory };
    globals.Memory = class RecordingMemory extends Original {
      constructor(descriptor: WebAssembly.MemoryDescriptor) {
        descriptors.push(descriptor);
        super(descriptor);
      }
    };
    try {
      const uncapped = new InMemoryVectorStore({ dimensions: 384, kernel: 'wasm' });
      const capped = new InMemoryVectorStore({ dimensions: 384, kernel: 'wasm', maxVectors: 1_000 });
      expect(descriptors).toHaveLength(2);
      expect(descriptors[0]!.maximum).toBeUndefined();
      expect(descriptors[1]!.maximum).toBe(pagesOfRows(1_000, 384) / PAGE);
      await uncapped.close();
      await capped.close();
    } finally {
      globals.Memory = Original;
    }
  });

  interface ReleaseReport {
    kernel: string;
    start: number;
    filled: number;
    emptied: number;
    refilled: number;
    closed: number;
    reservedInitially: number;
    reservedFilled: number;
    reservedEmptied: number;
    reservedClosed: number;
  }

  it.each(KERNELS)(
    '%s: gives 100 000 × 384 vectors back to the system when emptied and when closed (child process, --expose-gc)',
    (kernel) => {
      const report = runChild<ReleaseReport>('memory-release.child.ts', { args: [kernel] });
      expect(report.kernel).toBe(kernel);
      const vectorBytes = 100_000 * 384 * 4;
      expect(report.reservedFilled).toBeGreaterThan(vectorBytes);
      expect(report.reservedEmptied).toBe(report.reservedInitially);
      expect(report.reservedClosed).toBe(0);
      // Resident memory falls by at least most of the vectors' bytes each time (the JS heap of the
      // facts is V8's to keep or return, so it is not counted on).
      expect(report.filled - report.emptied).toBeGreaterThan(0.8 * vectorBytes);
      expect(report.refilled - report.closed).toBeGreaterThan(0.8 * vectorBytes);
    },
    60_000,
  );

  interface Outcome {
    kernel?: string;
    error?: { name: string; code?: unknown; message: string };
    found?: string[];
  }
  interface FallbackReport {
    wasmMemory: string;
    auto: Outcome;
    secondAuto: Outcome;
    js: Outcome;
    wasm: Outcome;
    warnings: { name: string; code?: unknown; message: string }[];
  }

  it('falls back to the JS kernel with a warning where WebAssembly memory cannot be had (ulimit -v 8000000)', () => {
    // Node itself needs well under 1 GB of address space; V8 reserves about 10 GiB for every
    // WebAssembly memory (guard regions), so an 8 GB limit lets Node run and refuses any memory.
    const report = runChild<FallbackReport>('ulimit-fallback.child.ts', { ulimitKb: 8_000_000 });
    expect(report.wasmMemory).toBe('RangeError');
    const worked = { found: ['east', 'north', 'east'] };
    expect(report.auto).toEqual({ kernel: 'js', ...worked });
    expect(report.secondAuto).toEqual({ kernel: 'js', ...worked });
    expect(report.js).toEqual({ kernel: 'js', ...worked });
    expect(report.wasm.error).toMatchObject({
      name: 'StoreFullError',
      code: 'STORE_FULL',
      message: expect.stringMatching(/could not reserve WebAssembly memory/),
    });
    expect(report.warnings).toEqual([
      expect.objectContaining({ name: 'CasualMemoryWarning', code: 'CASUAL_MEMORY_WASM_MEMORY_UNAVAILABLE' }),
    ]);
  }, 60_000);
});
