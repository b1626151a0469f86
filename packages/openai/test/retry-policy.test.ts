import { backoffDelay, serverRetryDelay, sleep } from '../src/retry-policy';

const policy = { maxRetries: 5, retryDelayMs: 100, maxRetryDelayMs: 1000 };

describe('backoffDelay', () => {
  it('doubles with each retry, up to the cap, with up to half taken off at random', () => {
    expect([0, 1, 2, 3, 4].map((retry) => backoffDelay(policy, retry, undefined, () => 0))).toEqual([100, 200, 400, 800, 1000]);
    expect([0, 1, 4].map((retry) => backoffDelay(policy, retry, undefined, () => 1))).toEqual([50, 100, 500]);
    for (let i = 0; i < 100; i++) {
      const delay = backoffDelay(policy, 2, undefined);
      expect(delay).toBeGreaterThanOrEqual(200);
      expect(delay).toBeLessThanOrEqual(400);
    }
  });

  it("follows the server's delay up to a minute, and ignores a longer or negative one", () => {
    expect(backoffDelay(policy, 0, 2500, () => 0)).toBe(2500);
    expect(backoffDelay(policy, 0, 0, () => 0)).toBe(0);
    expect(backoffDelay(policy, 0, 120_000, () => 0)).toBe(100);
    expect(backoffDelay(policy, 0, -5, () => 0)).toBe(100);
  });
});

describe('serverRetryDelay', () => {
  const headers = (entries: Record<string, string>): Headers => new Headers(entries);
  it('reads retry-after-ms first, then retry-after in seconds or as a date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(serverRetryDelay(headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
    expect(serverRetryDelay(headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(serverRetryDelay(headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }), now)).toBe(3000);
    expect(serverRetryDelay(headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(serverRetryDelay(headers({}), now)).toBeUndefined();
    expect(serverRetryDelay(undefined)).toBeUndefined();
  });
});

describe('sleep', () => {
  it('waits, and ends early with the reason when aborted', async () => {
    await expect(sleep(1, undefined)).resolves.toBeUndefined();
    const controller = new AbortController();
    const waiting = sleep(10_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    await expect(sleep(10, AbortSignal.abort(new Error('already')))).rejects.toThrow('already');
  });
});
