import { InMemoryShortTermStore } from '../src';
import { shortTermStoreSuite } from '@casual-memory/test-suite';

shortTermStoreSuite('InMemoryShortTermStore', async ({ maxMessages }) => new InMemoryShortTermStore({ maxMessages }));
