import { randomUUID } from 'node:crypto';
import type { CasualMemoryError, UserLockLease } from '@casual-memory/core';
import { PollingUserLockBase } from '@casual-memory/core/backend';
import { closeOwnedClient, connectRedisClient, type OwnedRedisClient } from './connect-redis-client';
import { checkRedisClient, RedisConnection, type RedisShortTermClient } from './redis-connection';
import { ACQUIRE_LOCK_SCRIPT, RELEASE_LOCK_SCRIPT } from './redis-scripts';
import { toRedisStoreError } from './redis-store-error';
import { type RedisUserLockKeys, userLockRedisKeys } from './redis-user-lock-keys';
import {
  parseRedisUserLockCreateOptions,
  parseRedisUserLockOptions,
  type RedisUserLockCreateOptions,
  type RedisUserLockOptions,
} from './redis-user-lock-options';
import { replyInteger } from './reply-integer';

const LOCK_NAME = 'RedisUserLock';

/**
 * A `UserLock` for every process on one Redis: a grant is `SET <lock key> <token> NX PX <leaseMs>`
 * and an `INCR` of the user's fence counter, in one script; a release deletes the key only while it
 * still holds the grant's token (compare and delete), so a lease that expired cannot free the next
 * holder. Acquirers in this process queue first (`PollingUserLockBase`), so only
 * one of them at a time polls Redis, with a growing backoff (2 ms up to 100 ms), until `waitMs`.
 * Every command waits at most `commandTimeoutMs`. `close()` frees the leases this object still holds.
 */
export class RedisUserLock extends PollingUserLockBase {
  /** Put before every key. */
  readonly keyPrefix: string;
  /** How long one Redis command waits. */
  readonly commandTimeoutMs: number;
  private connection: RedisConnection;
  /** Leases granted by this object and not yet released, by token: `close()` frees them. */
  private readonly held = new Map<string, string>();
  /** Set when `create` opened the client: `close()` closes it then. */
  private ownedClient: OwnedRedisClient | undefined;

  /** A lock on your node-redis client (`createClient()`, a pool or `createCluster()`); `close()` leaves the client open. */
  constructor(client: RedisShortTermClient, options?: RedisUserLockOptions) {
    super(LOCK_NAME);
    const parsed = parseRedisUserLockOptions(options, LOCK_NAME);
    checkRedisClient(client, LOCK_NAME);
    this.keyPrefix = parsed.keyPrefix;
    this.commandTimeoutMs = parsed.commandTimeoutMs;
    this.connection = new RedisConnection(client, parsed.commandTimeoutMs, true);
  }

  /**
   * Connects a client of its own to `url` (as `RedisShortTermStore.create` does) and returns a lock
   * on it; `close()` closes that client.
   */
  static async create(options: RedisUserLockCreateOptions): Promise<RedisUserLock> {
    const { url, connectTimeoutMs, ...lockOptions } = parseRedisUserLockCreateOptions(options, LOCK_NAME);
    const client = await connectRedisClient(LOCK_NAME, url, connectTimeoutMs);
    const lock = new RedisUserLock(client, lockOptions);
    lock.ownedClient = client;
    lock.connection = new RedisConnection(client, lock.commandTimeoutMs, false);
    return lock;
  }

  /** The Redis keys of `userId`'s lock (see the README for the layout). */
  keysFor(userId: string): RedisUserLockKeys {
    return userLockRedisKeys(userId, this.keyPrefix);
  }

  protected override toStoreError(thrown: unknown, operation: string): CasualMemoryError {
    return toRedisStoreError(thrown, LOCK_NAME, operation);
  }

  protected async closeBackend(): Promise<void> {
    // Best effort: a lease not freed here ends with its leaseMs.
    await Promise.allSettled([...this.held].map(([token, key]) => this.connection.script(RELEASE_LOCK_SCRIPT, key, [token])));
    this.held.clear();
    if (this.ownedClient !== undefined) await closeOwnedClient(this.ownedClient, this.commandTimeoutMs);
  }

  /** One attempt: a lease when the lock was free, undefined when another holds it. */
  protected async tryGrant(userId: string, leaseMs: number, turn: UserLockLease): Promise<UserLockLease | undefined> {
    const keys = this.keysFor(userId);
    const token = randomUUID();
    const reply = await this.connection.script(ACQUIRE_LOCK_SCRIPT, [keys.lock, keys.fence], [token, String(leaseMs)]);
    const fence = replyInteger(reply, 'a fence');
    if (fence === 0) return undefined;
    this.held.set(token, keys.lock);
    return this.leaseOnTurn(turn, {
      userId,
      token,
      fence,
      release: async () => {
        await this.connection.script(RELEASE_LOCK_SCRIPT, keys.lock, [token]);
        this.held.delete(token);
      },
    });
  }
}
