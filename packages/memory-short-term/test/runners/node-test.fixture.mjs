// Runs the ShortTermStore conformance suite under node:test, importing the built packages the way a
// third-party backend would. Started by ../other-runners.test.ts; run it alone with
// `node --test test/runners/node-test.fixture.mjs` after `pnpm build`.
import { describe, it } from 'node:test';
import { shortTermStoreSuite } from '@casual-memory/test-suite';
import { InMemoryShortTermStore } from '../../dist/index.js';

shortTermStoreSuite('InMemoryShortTermStore under node:test', async ({ maxMessages }) => new InMemoryShortTermStore({ maxMessages }), {
  test: { describe, it },
});
