/** A test body; suites only register async bodies. */
export type TestBody = () => Promise<void>;

/**
 * The two functions a suite needs from a test runner. jest and vitest (with globals) provide them
 * as globals; under `node:test` or vitest without globals pass them in:
 * `import { describe, it } from 'node:test'` then `vectorStoreSuite(name, factory, { test: { describe, it } })`.
 */
export interface TestApi {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: TestBody): unknown;
}

/** Uses the runner functions passed in, or the `describe`/`it` globals of jest and vitest. */
export function resolveTestApi(explicit: TestApi | undefined): TestApi {
  if (explicit !== undefined) return explicit;
  const globals = globalThis as { describe?: unknown; it?: unknown };
  if (typeof globals.describe === 'function' && typeof globals.it === 'function') {
    return { describe: globals.describe as TestApi['describe'], it: globals.it as TestApi['it'] };
  }
  throw new TypeError(
    "@casual-memory/test-suite: no test runner found. Pass { test: { describe, it } } from your runner, e.g. import { describe, it } from 'node:test'.",
  );
}
