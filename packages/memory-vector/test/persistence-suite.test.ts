import { sharedStoreFactory, vectorStoreSuite } from '@casual-memory/test-suite';
import { InMemoryVectorStore } from '../src';

// The suite the way a server-backed store meets it: every test's store is a view of one shared
// store (closing a view leaves the data), which also runs the suite's persistence tests.
const openView = sharedStoreFactory(({ dimensions }: { dimensions: number }) => new InMemoryVectorStore({ dimensions }));

vectorStoreSuite('InMemoryVectorStore shared across re-opens', openView, { persistent: true });
