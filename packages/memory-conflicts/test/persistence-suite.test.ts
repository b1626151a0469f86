import { conflictStoreSuite, sharedStoreFactory } from '@casual-memory/test-suite';
import { InMemoryConflictStore } from '../src';

// The suite the way a server-backed store meets it: every test's store is a view of one shared
// store (closing a view leaves the data), which also runs the suite's persistence tests.
const openView = sharedStoreFactory(() => new InMemoryConflictStore());

conflictStoreSuite('InMemoryConflictStore shared across re-opens', () => openView(undefined), { persistent: true });
