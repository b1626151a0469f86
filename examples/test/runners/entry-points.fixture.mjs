// Loads every entry point of the published packages twice, through `import` (ESM build) and
// `require` (CommonJS build), as the two kinds of consumer do, and prints what each exposes as JSON.
// Started by ../package-entry-points.test.ts with the specifiers as arguments.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const exportsByEntry = {};
for (const specifier of process.argv.slice(2)) {
  const esm = await import(specifier);
  const cjs = require(specifier);
  exportsByEntry[specifier] = {
    esm: Object.keys(esm)
      .filter((key) => key !== 'default')
      .sort(),
    cjs: Object.keys(cjs).sort(),
    esmFile: import.meta.resolve(specifier),
    cjsFile: require.resolve(specifier),
  };
}

// Every exported error class, through both builds: its own `name`, and the `name` and first stack
// line of an instance (a CommonJS bundle once renamed them all `_class2`, `_class4`, ...). The
// constructors take one options object; this one has what every error class of ours asks for.
const ERROR_OPTIONS = {
  message: 'probe',
  path: 'probe',
  resource: 'memory',
  id: 'm1',
  store: 'ProbeStore',
  record: 'row 1',
  issues: [],
  expected: 3,
  actual: 4,
  code: 'PROVIDER_UNAVAILABLE',
  provider: 'ProbeProvider',
  userId: 'u1',
  waitMs: 10,
};
function errorNames(exported) {
  const names = {};
  for (const [key, value] of Object.entries(exported)) {
    if (typeof value !== 'function' || !(value.prototype instanceof Error)) continue;
    let instance;
    try {
      instance = Reflect.construct(value, [ERROR_OPTIONS]);
    } catch (thrown) {
      names[key] = { className: value.name, constructorThrew: String(thrown) };
      continue;
    }
    names[key] = { className: value.name, name: instance.name, stackLine: String(instance.stack).split('\n')[0] };
  }
  return names;
}
const errorNamesByEntry = {};
for (const specifier of process.argv.slice(2)) {
  errorNamesByEntry[specifier] = { esm: errorNames(await import(specifier)), cjs: errorNames(require(specifier)) };
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
await cjsStore.close();

/**
 * Within one build, the main entry and the backend entry share one copy of the error classes: what
 * the kit throws is `instanceof` the class an app imports from the main entry, and what a backend
 * throws with a main-entry class passes through the kit unwrapped.
 */
async function kitErrors(main, backend) {
  class ProbeStore extends backend.ShortTermStoreBase {
    constructor() {
      super('ProbeStore');
    }
    appendMessages() {
      throw new main.ConflictStateError({ message: 'the backend refuses' });
    }
    readRecentMessages() {
      return [];
    }
    countMessages() {
      return 0;
    }
    removeUserMessages() {
      return 0;
    }
    closeStore() {}
  }
  const store = new ProbeStore();
  const invalid = await store.getMessageCount('').catch((caught) => caught);
  const refused = await store.addMessages('u', [{ role: 'user', content: 'hi' }]).catch((caught) => caught);
  await store.close();
  const closed = await store.getMessageCount('u').catch((caught) => caught);
  let parsed;
  try {
    backend.parseUserId('');
  } catch (caught) {
    parsed = caught;
  }
  return {
    kitValidation: [invalid.code, invalid instanceof main.ValidationError],
    backendError: [refused.code, refused instanceof main.ConflictStateError],
    closed: [closed.code, closed instanceof main.StoreClosedError, closed.retryable],
    parser: [parsed.code, parsed instanceof main.ValidationError],
  };
}
const kit = {
  esm: await kitErrors(esmCore, await import('@casual-memory/core/backend')),
  cjs: await kitErrors(require('@casual-memory/core'), require('@casual-memory/core/backend')),
};

// Every backend works end to end from either build, on the user-first signatures.
const builds = {
  esm: {
    ...(await import('@casual-memory/memory-vector')),
    ...(await import('@casual-memory/memory-conflicts')),
    ...(await import('@casual-memory/memory-short-term')),
  },
  cjs: {
    ...require('@casual-memory/memory-vector'),
    ...require('@casual-memory/memory-conflicts'),
    ...require('@casual-memory/memory-short-term'),
  },
};
const roundTrips = {};
for (const [format, { InMemoryVectorStore, InMemoryConflictStore, InMemoryShortTermStore }] of Object.entries(builds)) {
  const vectors = new InMemoryVectorStore({ dimensions: 3 });
  const london = await vectors.add([1, 0, 0], { text: 'I live in London', type: 'fact', userId: 'u' });
  const paris = await vectors.add([0.8, 0.6, 0], { text: 'I live in Paris', type: 'fact', userId: 'u' });
  const hits = await vectors.search('u', [0.9, 0.1, 0], { topK: 1 });
  const otherUser = await vectors.getById('someone-else', london);

  const conflicts = new InMemoryConflictStore();
  const conflictId = await conflicts.addConflict({
    userId: 'u',
    memoryAId: london,
    memoryBId: paris,
    category: 'location',
    similarityScore: 0.8,
    avgImportance: 0.5,
    clarificationHint: 'Where do you live?',
  });
  await conflicts.resolveConflict('u', conflictId, { conflictId, decision: 'keep_b', resolutionType: 'manual', resolvedBy: 'admin' });
  const conflict = await conflicts.getConflict('u', conflictId);

  const turns = new InMemoryShortTermStore({ maxMessages: 2 });
  await turns.addMessages('u', [
    { role: 'user', content: 'one' },
    { role: 'user', content: 'two' },
    { role: 'user', content: 'three' },
  ]);
  const recent = await turns.getRecentMessages('u', { limit: 1 });

  roundTrips[format] = {
    search: hits.map((hit) => hit.memory.text),
    otherUser,
    resolution: [conflict.resolutionDecision, conflict.resolvedBy, conflict.winningMemoryId === paris],
    recent: recent.map((message) => message.content),
  };
  await Promise.all([vectors.close(), conflicts.close(), turns.close()]);
}

console.log(JSON.stringify({ exportsByEntry, errorNamesByEntry, crossCopy, kit, roundTrips }));
