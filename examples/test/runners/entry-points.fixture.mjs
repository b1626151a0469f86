// Loads every published package twice, through `import` (ESM build) and `require` (CommonJS build),
// as the two kinds of consumer do, and prints what each exposes as JSON. Started by
// ../package-entry-points.test.ts with the packages' folder names as arguments.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const exportsByPackage = {};
for (const name of process.argv.slice(2)) {
  const specifier = `@casual-memory/${name}`;
  const esm = await import(specifier);
  const cjs = require(specifier);
  exportsByPackage[name] = {
    esm: Object.keys(esm).filter((key) => key !== 'default').sort(),
    cjs: Object.keys(cjs).sort(),
    esmFile: import.meta.resolve(specifier),
    cjsFile: require.resolve(specifier),
  };
}

// An app whose ESM and CommonJS code both load core gets two copies of it: errors from one copy
// must still be recognised by the other.
const esmCore = await import('@casual-memory/core');
const { InMemoryVectorStore: CjsVectorStore } = require('@casual-memory/memory-vector');
const cjsStore = new CjsVectorStore({ dimensions: 3 });
const error = await cjsStore.add([1, 0], { text: 'two numbers for three dimensions', type: 'fact', userId: 'u' }).catch((caught) => caught);
const crossCopy = {
  code: error.code,
  instanceofEsmClass: error instanceof esmCore.DimensionMismatchError,
  isDimensionMismatch: esmCore.DimensionMismatchError.isInstance(error),
  isValidation: esmCore.ValidationError.isInstance(error),
  isBase: esmCore.CasualMemoryError.isInstance(error),
  isNotFound: esmCore.NotFoundError.isInstance(error),
};

// Both builds of a backend work end to end.
const { InMemoryVectorStore: EsmVectorStore } = await import('@casual-memory/memory-vector');
const roundTrips = {};
for (const [format, Store] of [['esm', EsmVectorStore], ['cjs', CjsVectorStore]]) {
  const store = new Store({ dimensions: 3 });
  await store.add([1, 0, 0], { text: 'I live in London', type: 'fact', userId: 'u' });
  const hits = await store.search([0.9, 0.1, 0], { filter: { userId: 'u' } });
  roundTrips[format] = hits.map((hit) => hit.memory.text);
  await store.close();
}

console.log(JSON.stringify({ exportsByPackage, crossCopy, roundTrips }));
