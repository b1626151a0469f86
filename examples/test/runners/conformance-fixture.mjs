// The three conformance suites against the three in-memory backends, registered with whichever
// runner's `describe`/`it` the caller passes: what a third-party backend's test file looks like.
// Imports the built packages by name, exactly as a package installed from npm would.

import { InMemoryConflictStore } from '@casual-memory/memory-conflicts';
import { InMemoryShortTermStore } from '@casual-memory/memory-short-term';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import { conflictStoreSuite, shortTermStoreSuite, vectorStoreSuite } from '@casual-memory/test-suite';

/** @param {string} runner @param {import('@casual-memory/test-suite').TestApi} test */
export function registerSuites(runner, test) {
  vectorStoreSuite(`InMemoryVectorStore under ${runner}`, async ({ dimensions }) => new InMemoryVectorStore({ dimensions }), { test });
  conflictStoreSuite(`InMemoryConflictStore under ${runner}`, async () => new InMemoryConflictStore(), { test });
  shortTermStoreSuite(`InMemoryShortTermStore under ${runner}`, async ({ maxMessages }) => new InMemoryShortTermStore({ maxMessages }), {
    test,
  });
}
