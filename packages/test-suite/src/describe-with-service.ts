import { resolveTestApi, type TestApi } from './test-api';

export interface DescribeWithServiceOptions {
  /** The runner's `describe`/`it`; defaults to the jest/vitest globals. */
  test?: TestApi;
  /**
   * Whether a missing service fails the run instead of skipping. Default: true under `CI=true`, so CI
   * never passes by skipping tests of a service it was meant to provide; pass false for a service that
   * is optional everywhere (a hosted one, say).
   */
  required?: boolean;
}

/**
 * `describe(name, tests)` for tests that need a live service. `unavailable` is undefined when the
 * service answers, else why it does not. Then the tests skip and say why on the console, or, when the
 * service is required, a single test fails with that reason.
 */
export function describeWithService(
  name: string,
  unavailable: string | undefined,
  tests: () => void,
  options: DescribeWithServiceOptions = {},
): void {
  const api = resolveTestApi(options.test);
  if (unavailable === undefined) {
    api.describe(name, tests);
    return;
  }
  if (options.required ?? process.env['CI'] === 'true') {
    api.describe(name, () => {
      api.it('needs its service (a missing service fails here instead of skipping)', async () => {
        throw new Error(`${name}: ${unavailable}`);
      });
    });
    return;
  }
  console.warn(`Skipping "${name}": ${unavailable}`);
  // jest and vitest report skipped tests; a runner without describe.skip just registers nothing.
  const skip = (api.describe as { skip?: TestApi['describe'] }).skip;
  if (typeof skip === 'function') skip.call(api.describe, name, tests);
}
