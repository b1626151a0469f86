// Runs the ShortTermStore conformance suite under vitest, importing the built packages the way a
// third-party backend would. Started by ../other-runners.test.ts; run it alone with
// `npx vitest run --config test/runners/vitest.config.mjs` after `pnpm build`.
import { describe, it } from 'vitest';
import { shortTermStoreSuite } from '@casual-memory/test-suite';
import { InMemoryShortTermStore } from '../../dist/index.js';

shortTermStoreSuite('InMemoryShortTermStore under vitest', async ({ maxMessages }) => new InMemoryShortTermStore({ maxMessages }), {
  test: { describe, it },
});
