import { sharedStoreFactory, shortTermStoreSuite } from '@casual-memory/test-suite';
import { InMemoryShortTermStore } from '../src';

// The suite the way a server-backed store meets it: every test's store is a view of one shared
// store (closing a view leaves the data), which also runs the suite's persistence tests.
const openView = sharedStoreFactory(({ maxMessages }: { maxMessages: number }) => new InMemoryShortTermStore({ maxMessages }));

shortTermStoreSuite('InMemoryShortTermStore shared across re-opens', openView, { persistent: true });
