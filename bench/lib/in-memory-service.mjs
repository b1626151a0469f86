// A MemoryService on the in-memory stores, as the decision benches and scripts build one for each run:
// the embedding, and optionally a chat provider, a judge, the stream's clock and other service options.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packages = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages');
const load = (name) => createRequire(join(packages, name, 'package.json'))('./dist/index.cjs');
const { MemoryService } = load('service');
const { InMemoryVectorStore } = load('memory-vector');
const { InMemoryConflictStore } = load('memory-conflicts');

/** `{ service, close }` for one run; options left undefined are not passed, so the service's defaults hold. */
export function inMemoryService(embedding, { chat, judge, now, ...options } = {}) {
  const vectorStore = new InMemoryVectorStore({ dimensions: embedding.dimensions });
  const conflictStore = new InMemoryConflictStore();
  const service = new MemoryService({
    vectorStore,
    conflictStore,
    embedding,
    ...(chat === undefined ? {} : { chat }),
    ...(judge === undefined ? {} : { judge }),
    ...(now === undefined ? {} : { now }),
    ...options,
  });
  return { service, close: async () => Promise.all([vectorStore.close(), conflictStore.close()]) };
}
