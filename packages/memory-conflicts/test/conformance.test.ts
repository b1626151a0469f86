import { InMemoryConflictStore } from '../src';
import { conflictStoreSuite } from '@casual-memory/test-suite';

conflictStoreSuite('InMemoryConflictStore', async () => new InMemoryConflictStore());
