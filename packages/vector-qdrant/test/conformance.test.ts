import { vectorStoreSuite } from '@casual-memory/test-suite';
import { QdrantVectorStore } from '../src';
import { QdrantStandIn } from './qdrant-stand-in/qdrant-stand-in';

// The whole conformance suite against the schema-validating stand-in. Qdrant keeps strings as
// UTF-8, so a lone surrogate is refused (exactStrings: false); everything else is kept exactly.
let standIn: QdrantStandIn;

beforeAll(async () => {
  standIn = await QdrantStandIn.start();
});

afterAll(async () => {
  await standIn.stop();
});

// Any request or response that does not match Qdrant's OpenAPI schema fails the test that caused it.
afterEach(() => {
  expect(standIn.takeViolations()).toEqual([]);
});

vectorStoreSuite(
  'QdrantVectorStore (stand-in)',
  ({ dimensions }) => QdrantVectorStore.create({ url: standIn.url, collection: `memories-${dimensions}`, dimensions }),
  { persistent: true, exactStrings: false },
);
