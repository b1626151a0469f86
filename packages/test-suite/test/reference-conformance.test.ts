import { conflictStoreSuite, sharedStoreFactory, shortTermStoreSuite, vectorStoreSuite } from '../src';
import { ReferenceConflictStore } from './reference-stores/reference-conflict-store';
import { ReferenceShortTermStore } from './reference-stores/reference-short-term-store';
import { ReferenceVectorStore } from './reference-stores/reference-vector-store';

// The suites against the simplest correct stores on core's store kit: every test must pass here,
// so a test that fails against a real backend points at the backend. Each suite also runs over
// views of one shared store, which registers and runs the persistence tests.

vectorStoreSuite('ReferenceVectorStore', async ({ dimensions }) => new ReferenceVectorStore(dimensions));
conflictStoreSuite('ReferenceConflictStore', async () => new ReferenceConflictStore());
shortTermStoreSuite('ReferenceShortTermStore', async ({ maxMessages }) => new ReferenceShortTermStore(maxMessages));

vectorStoreSuite(
  'ReferenceVectorStore, shared',
  sharedStoreFactory(({ dimensions }: { dimensions: number }) => new ReferenceVectorStore(dimensions)),
  {
    persistent: true,
  },
);
const openConflicts = sharedStoreFactory(() => new ReferenceConflictStore());
conflictStoreSuite('ReferenceConflictStore, shared', () => openConflicts(undefined), { persistent: true });
shortTermStoreSuite(
  'ReferenceShortTermStore, shared',
  sharedStoreFactory(({ maxMessages }: { maxMessages: number }) => new ReferenceShortTermStore(maxMessages)),
  { persistent: true },
);
