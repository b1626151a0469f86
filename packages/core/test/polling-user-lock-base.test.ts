import type { UserLockLease } from '../src';
import { PollingUserLockBase } from '../src/backend';

/** A try-only lock over a shared map; `failNext` makes the next attempt (or release) throw like a driver. */
class MapLock extends PollingUserLockBase {
  attempts = 0;
  failNext: 'attempt' | 'release' | undefined;
  constructor(readonly holders: Map<string, string>) {
    super('MapLock');
  }
  protected tryGrant(userId: string, _leaseMs: number, turn: UserLockLease): UserLockLease | undefined {
    this.attempts += 1;
    if (this.failNext === 'attempt') {
      this.failNext = undefined;
      throw new Error('connection reset');
    }
    if (this.holders.has(userId)) return undefined;
    const token = `t${this.attempts}`;
    this.holders.set(userId, token);
    return this.leaseOnTurn(turn, {
      userId,
      token,
      release: () => {
        if (this.failNext === 'release') {
          this.failNext = undefined;
          throw new Error('connection reset');
        }
        if (this.holders.get(userId) === token) this.holders.delete(userId);
      },
    });
  }
  protected closeBackend(): void {}
}

describe('PollingUserLockBase', () => {
  it('polls a held lock until it is free, with one attempt at a time per process', async () => {
    const holders = new Map([['u1', 'elsewhere']]);
    const lock = new MapLock(holders);
    const waiting = [lock.acquire('u1'), lock.acquire('u1')];
    await new Promise((resolve) => setTimeout(resolve, 60));
    const attemptsWhileHeld = lock.attempts;
    holders.delete('u1');
    const first = await waiting[0]!;
    await first.release();
    await (await waiting[1]!).release();
    // Only the first acquirer polled while the other held: the second waited its turn in the process.
    expect(attemptsWhileHeld).toBeGreaterThan(1);
    expect(lock.attempts).toBeLessThanOrEqual(attemptsWhileHeld + 2);
    await lock.close();
  });

  it('ends a poll with LOCK_TIMEOUT at waitMs, or with the signal, and frees the turn for the next', async () => {
    const holders = new Map([['u1', 'elsewhere']]);
    const lock = new MapLock(holders);
    await expect(lock.acquire('u1', { waitMs: 30 })).rejects.toMatchObject({ code: 'LOCK_TIMEOUT', waitMs: 30 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('deadline')), 20);
    await expect(lock.acquire('u1', { signal: controller.signal })).rejects.toMatchObject({
      code: 'LOCK_TIMEOUT',
      cause: new Error('deadline'),
    });
    holders.clear();
    await (await lock.acquire('u1', { waitMs: 0 })).release();
    await lock.close();
  });

  it("wraps a driver's error in a retryable STORE_UNAVAILABLE, and lets a failed release be tried again", async () => {
    const holders = new Map<string, string>();
    const lock = new MapLock(holders);
    lock.failNext = 'attempt';
    await expect(lock.acquire('u1')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', retryable: true, name: 'StoreUnavailableError' });
    const lease = await lock.acquire('u1', { waitMs: 0 });
    lock.failNext = 'release';
    await expect(lease.release()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await lease.release();
    expect(holders.size).toBe(0);
    await lock.close();
  });

  it('passes the turn to the next acquirer of this process even when freeing the grant fails', async () => {
    const holders = new Map<string, string>();
    const lock = new MapLock(holders);
    const lease = await lock.acquire('u1');
    const next = lock.acquire('u1', { waitMs: 5000 });
    const attemptsBefore = lock.attempts;
    lock.failNext = 'release';
    await expect(lease.release()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    // The next acquirer has the turn and polls the backend, where the failed grant still stands.
    expect(lock.attempts).toBeGreaterThan(attemptsBefore);
    await lease.release();
    const nextLease = await next;
    expect(holders.get('u1')).toBe(nextLease.token);
    await nextLease.release();
    expect(holders.size).toBe(0);
    await lock.close();
  });

  it('ends a poll with STORE_CLOSED when the lock closes under it', async () => {
    const lock = new MapLock(new Map([['u1', 'elsewhere']]));
    const polling = lock.acquire('u1');
    const queued = lock.acquire('u1');
    const outcomes = Promise.allSettled([polling, queued]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await lock.close();
    const [polled, waited] = await outcomes;
    expect(polled).toMatchObject({ status: 'rejected', reason: { code: 'STORE_CLOSED', store: 'MapLock' } });
    expect(waited).toMatchObject({ status: 'rejected', reason: { code: 'STORE_CLOSED', store: 'MapLock' } });
  });
});
