import { resolveTestApi, type TestApi } from '../src';

describe('resolveTestApi', () => {
  it('prefers the runner functions passed in', () => {
    const explicit: TestApi = { describe: () => undefined, it: () => undefined };
    expect(resolveTestApi(explicit)).toBe(explicit);
  });

  it('falls back to the describe/it globals of jest and vitest', () => {
    const api = resolveTestApi(undefined);
    expect(api.describe).toBe(describe);
    expect(api.it).toBe(it);
  });

  it('explains what to pass when no runner globals exist', () => {
    const globals = globalThis as { describe?: unknown };
    const saved = globals.describe;
    try {
      delete globals.describe;
      expect(() => resolveTestApi(undefined)).toThrow(/Pass \{ test: \{ describe, it \} \}/);
    } finally {
      globals.describe = saved;
    }
  });
});
