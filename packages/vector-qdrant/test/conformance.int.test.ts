import { randomUUID } from 'node:crypto';
import { vectorStoreSuite } from '@casual-memory/test-suite';
import { QdrantClient } from '@qdrant/js-client-rest';
import { QdrantVectorStore } from '../src';

// The conformance suite against a real Qdrant, when QDRANT_URL names one (QDRANT_API_KEY for a
// server that needs a key, e.g. Qdrant Cloud). None can be installed on the project's machines, so
// without QDRANT_URL this file skips and says so; the stand-in suite (conformance.test.ts) always runs.
const url = process.env['QDRANT_URL'];
const apiKey = process.env['QDRANT_API_KEY'];
// Collections of this run only, removed at the end: runs can share one server.
const prefix = `casual-memory-test-${randomUUID()}`;
const created = new Set<string>();

if (url === undefined || url === '') {
  console.warn(
    'Skipping the QdrantVectorStore suite against a real Qdrant: QDRANT_URL is not set (e.g. QDRANT_URL=http://127.0.0.1:6333 after `docker run -p 6333:6333 qdrant/qdrant:v1.19.0`). The suite still runs against the stand-in.',
  );
  describe.skip('QdrantVectorStore (real Qdrant)', () => {
    it('needs QDRANT_URL', () => undefined);
  });
} else {
  afterAll(async () => {
    const client = new QdrantClient({ url, ...(apiKey ? { apiKey } : {}), checkCompatibility: false });
    for (const name of created) await client.deleteCollection(name);
  });

  vectorStoreSuite(
    `QdrantVectorStore (real Qdrant at ${url})`,
    ({ dimensions }) => {
      const collection = `${prefix}-${dimensions}`;
      created.add(collection);
      return QdrantVectorStore.create({ url, ...(apiKey ? { apiKey } : {}), collection, dimensions });
    },
    { persistent: true, exactStrings: false },
  );
}
