// Run by memory-limits.test.ts under `ulimit -v`, where the process cannot reserve WebAssembly
// memory (V8 reserves about 10 GiB of address space per memory): reports what each kernel choice
// does, and whether any raw TypeError/RangeError escaped.
import { InMemoryVectorStore } from '../../src';

interface Outcome {
  kernel?: string;
  error?: { name: string; code?: unknown; message: string };
  found?: string[];
}

const fact = (text: string) => ({ text, type: 'fact' as const, userId: 'u' });

async function attempt(options: ConstructorParameters<typeof InMemoryVectorStore>[0]): Promise<Outcome> {
  try {
    const store = new InMemoryVectorStore(options);
    await store.add([1, 0, 0, 0], fact('east'));
    await store.add([0, 1, 0, 0], fact('north'));
    // A limit far past the rows held must not size anything by the limit (8 GB for a 1e9 heap).
    const hits = await store.search('u', [1, 0.1, 0, 0], { topK: 1e9, minScore: -1 });
    const similar = await store.findSimilarMemories('u', [1, 0, 0, 0], { limit: 1e10, threshold: 0.5 });
    await store.close();
    return { kernel: store.kernel, found: [...hits, ...similar].map((hit) => hit.memory.text) };
  } catch (thrown) {
    const error = thrown as { name: string; code?: unknown; message: string };
    return { error: { name: error.name, code: error.code, message: error.message } };
  }
}

async function main(): Promise<void> {
  const warnings: { name: string; code?: unknown; message: string }[] = [];
  process.on('warning', (warning: Error & { code?: unknown }) =>
    warnings.push({ name: warning.name, code: warning.code, message: warning.message }),
  );
  const wasmMemory = (() => {
    try {
      new WebAssembly.Memory({ initial: 1 });
      return 'reserved';
    } catch (thrown) {
      return (thrown as Error).name;
    }
  })();
  const auto = await attempt({ dimensions: 4 });
  const secondAuto = await attempt({ dimensions: 4, initialCapacity: 10_000 });
  const js = await attempt({ dimensions: 4, kernel: 'js' });
  const wasm = await attempt({ dimensions: 4, kernel: 'wasm' });
  await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on a later tick
  console.log(JSON.stringify({ wasmMemory, auto, secondAuto, js, wasm, warnings }));
}

void main();
