import { randomUUID } from 'node:crypto';
import type { UserLockLease } from '@casual-memory/core';
import { PollingUserLockBase } from '@casual-memory/core/backend';

/** What several `ReferencePollingLock`s share, as connections share a database: each user's lease. */
export type LeaseTable = Map<string, { token: string; expiresAt: number; fence: number }>;

/**
 * The simplest try-only lock on core's `PollingUserLockBase`: a lease is an entry of a shared table,
 * taken when free or expired, freed by token. Two locks on one table exclude each other.
 */
export class ReferencePollingLock extends PollingUserLockBase {
  private readonly table: LeaseTable;

  constructor(table: LeaseTable) {
    super('ReferencePollingLock');
    this.table = table;
  }

  protected tryGrant(userId: string, leaseMs: number, turn: UserLockLease): UserLockLease | undefined {
    const now = Date.now();
    const current = this.table.get(userId);
    if (current !== undefined && current.token !== '' && current.expiresAt > now) return undefined;
    const token = randomUUID();
    const fence = (current?.fence ?? 0) + 1;
    this.table.set(userId, { token, expiresAt: now + leaseMs, fence });
    return this.lease({
      userId,
      token,
      fence,
      release: async () => {
        const held = this.table.get(userId);
        if (held?.token === token) held.token = '';
        await turn.release();
      },
    });
  }

  protected closeBackend(): void {}
}
