import { vectorStoreSuite } from '@casual-memory/test-suite';
import { InMemoryVectorStore } from '../src';

// The same suite over both kernels: the WebAssembly SIMD one and the plain-JS fallback.
vectorStoreSuite('InMemoryVectorStore (wasm kernel)', async ({ dimensions }) => new InMemoryVectorStore({ dimensions, kernel: 'wasm' }));
vectorStoreSuite('InMemoryVectorStore (js kernel)', async ({ dimensions }) => new InMemoryVectorStore({ dimensions, kernel: 'js' }));
// A tiny initial capacity makes every suite test grow the store, move rows on delete, and shrink it back when a test empties it.
vectorStoreSuite('InMemoryVectorStore (capacity 1)', async ({ dimensions }) => new InMemoryVectorStore({ dimensions, initialCapacity: 1 }));
