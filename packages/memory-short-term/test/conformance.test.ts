import { shortTermStoreSuite } from '@casual-memory/test-suite';
import { InMemoryShortTermStore } from '../src';

shortTermStoreSuite('InMemoryShortTermStore', async ({ maxMessages }) => new InMemoryShortTermStore({ maxMessages }));
