// One MemoryService setup shared by the MCP bench and the server it starts, so both sides do the same
// work: the offline embedder and verifiers on the command's stores (SQLite files) or in memory.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packages = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages');
const load = (name) => createRequire(join(packages, name, 'package.json'))('./dist/index.cjs');

export const mcp = load('mcp');
const { MemoryService } = load('service');

/** `sqlite`: the stores `casual-memory` uses by default, in `folder`; `memory`: the in-memory stores. */
export async function memoryServiceFor(kind, folder) {
  if (kind === 'memory') {
    const { InMemoryVectorStore } = load('memory-vector');
    const { InMemoryConflictStore } = load('memory-conflicts');
    return new MemoryService({ vectorStore: new InMemoryVectorStore({ dimensions: 384 }), conflictStore: new InMemoryConflictStore() });
  }
  const { SqliteVectorStore } = load('vector-sqlite');
  const { TypeORMConflictStore } = load('conflicts-typeorm');
  const vectorStore = await SqliteVectorStore.open({ path: join(folder, 'vectors.sqlite'), dimensions: 384 });
  const conflictStore = await TypeORMConflictStore.create({
    type: 'better-sqlite3',
    database: join(folder, 'conflicts.sqlite'),
    migrate: true,
  });
  return new MemoryService({ vectorStore, conflictStore });
}
