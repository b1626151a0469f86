import { conflictStoreSuite } from '@casual-memory/test-suite';
import { InMemoryConflictStore } from '../src';

conflictStoreSuite('InMemoryConflictStore', async () => new InMemoryConflictStore());
