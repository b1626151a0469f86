import { encodeUserIdForKey } from './short-term-redis-key';

/** The key prefix of a `RedisUserLock` created without `keyPrefix`. */
export const DEFAULT_LOCK_KEY_PREFIX = 'casual-memory:lock:';

/** The Redis keys of one user's lock. */
export interface RedisUserLockKeys {
  /** A string holding the current holder's token, expiring with its lease (`SET NX PX`). */
  readonly lock: string;
  /** An integer counting the user's grants (`INCR`): the leases' fence. Never expires. */
  readonly fence: string;
}

/**
 * `<keyPrefix>{<encoded userId>}` and `<keyPrefix>{<encoded userId>}:fence`, the user id encoded as
 * in the short-term store's keys (one-to-one, no `{`, `}`, `:` or glob character); the hash tag puts
 * both keys in one Redis Cluster slot, as the script that uses them requires.
 */
export function userLockRedisKeys(userId: string, keyPrefix: string = DEFAULT_LOCK_KEY_PREFIX): RedisUserLockKeys {
  const lock = `${keyPrefix}{${encodeUserIdForKey(userId)}}`;
  return { lock, fence: `${lock}:fence` };
}
