import { InProcessUserLock, LockTimeoutError, StoreClosedError } from '../src';

describe('InProcessUserLock', () => {
  it('serves the waiters of one user in the order they came', async () => {
    const lock = new InProcessUserLock();
    const first = await lock.acquire('u1');
    const order: number[] = [];
    const waiters = [1, 2, 3, 4].map((n) =>
      lock.acquire('u1').then(async (lease) => {
        order.push(n);
        await lease.release();
      }),
    );
    await first.release();
    await Promise.all(waiters);
    expect(order).toEqual([1, 2, 3, 4]);
    await lock.close();
  });

  it('gives one lock per store object to every caller of sharedFor, and a fresh one once it was closed', async () => {
    const store = {};
    const shared = InProcessUserLock.sharedFor(store);
    expect(InProcessUserLock.sharedFor(store)).toBe(shared);
    expect(InProcessUserLock.sharedFor({})).not.toBe(shared);
    await shared.close();
    const reopened = InProcessUserLock.sharedFor(store);
    expect(reopened).not.toBe(shared);
    await (await reopened.acquire('u1', { waitMs: 0 })).release();
  });

  describe('timers', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('leaves no timer running once every lease is released, or once the lock is closed', async () => {
      const lock = new InProcessUserLock();
      const held = await lock.acquire('u1');
      const waiting = lock.acquire('u1');
      expect(jest.getTimerCount()).toBe(2); // the lease's expiry and the waiter's deadline
      await held.release();
      await (await waiting).release();
      expect(jest.getTimerCount()).toBe(0);

      await lock.acquire('u2');
      const pending = lock.acquire('u2');
      await lock.close();
      await expect(pending).rejects.toBeInstanceOf(StoreClosedError);
      expect(jest.getTimerCount()).toBe(0);
    });

    it('starts no timer for an uncontended lease, and still lets the next acquirer past a lease that ran out', async () => {
      const lock = new InProcessUserLock();
      const crashed = await lock.acquire('u1', { leaseMs: 1_000 });
      expect(jest.getTimerCount()).toBe(0);
      await expect(lock.acquire('u1', { waitMs: 0 })).rejects.toBeInstanceOf(LockTimeoutError);
      jest.advanceTimersByTime(1_000);
      const next = await lock.acquire('u1', { waitMs: 0 });
      expect(next.fence).toBeGreaterThan(crashed.fence as number);
      await crashed.release(); // expired: does nothing
      await expect(lock.acquire('u1', { waitMs: 0 })).rejects.toBeInstanceOf(LockTimeoutError);
      await next.release();
      await (await lock.acquire('u1', { waitMs: 0 })).release();
      expect(jest.getTimerCount()).toBe(0);
      await lock.close();
    });

    it('hands the lock to the next waiter when a lease runs out, and times a wait out at waitMs', async () => {
      const lock = new InProcessUserLock();
      const crashed = await lock.acquire('u1', { leaseMs: 1_000 });
      const next = lock.acquire('u1', { waitMs: 5_000 });
      const late = lock.acquire('u1', { waitMs: 1_500 });
      jest.advanceTimersByTime(1_000);
      const lease = await next;
      expect(lease.fence).toBeGreaterThan(crashed.fence as number);
      jest.advanceTimersByTime(500);
      await expect(late).rejects.toMatchObject({ code: 'LOCK_TIMEOUT', userId: 'u1', waitMs: 1_500 });
      await expect(late).rejects.toBeInstanceOf(LockTimeoutError);
      await crashed.release(); // expired: does nothing
      await expect(lock.acquire('u1', { waitMs: 0 })).rejects.toBeInstanceOf(LockTimeoutError);
      await lease.release();
      await lock.close();
    });
  });
});
