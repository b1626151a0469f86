import { createHash } from 'node:crypto';

/** A Lua script sent by its SHA1 (EVALSHA), and in full (EVAL) when the server does not have it cached. */
export interface RedisScript {
  readonly source: string;
  readonly sha1: string;
}

function script(source: string): RedisScript {
  return { source, sha1: createHash('sha1').update(source).digest('hex') };
}

/**
 * Appends a batch, trims and refreshes the TTL in one atomic step. KEYS[1]: the user's list;
 * ARGV[1]: `-maxMessages`; ARGV[2]: TTL in seconds, or "0" for none; ARGV[3..]: the entries.
 * RPUSH goes in chunks because Lua's `unpack` cannot spread more than a few thousand values.
 * Redis refuses a script's writes for lack of memory only before its first write, so the batch
 * lands whole or not at all.
 */
export const APPEND_SCRIPT = script(`local key = KEYS[1]
for first = 3, #ARGV, 1000 do
  redis.call('RPUSH', key, unpack(ARGV, first, math.min(first + 999, #ARGV)))
end
redis.call('LTRIM', key, ARGV[1], -1)
if ARGV[2] ~= '0' then
  redis.call('EXPIRE', key, ARGV[2])
end
return 1`);

/** Deletes a user's list and returns how long it was, in one step. KEYS[1]: the user's list. */
export const CLEAR_SCRIPT = script(`local key = KEYS[1]
local count = 0
if redis.call('TYPE', key).ok == 'list' then
  count = redis.call('LLEN', key)
end
redis.call('DEL', key)
return count`);

/**
 * Takes a user's lock when no one holds it, and counts the grant. KEYS[1]: the lock key; KEYS[2]:
 * the user's fence counter (same hash slot); ARGV[1]: the token; ARGV[2]: the lease in ms. Returns
 * the new fence, or 0 when the lock is held. One script, so a grant never goes uncounted.
 */
export const ACQUIRE_LOCK_SCRIPT = script(`if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return redis.call('INCR', KEYS[2])
end
return 0`);

/** Frees a user's lock only if it still holds this grant's token (compare and delete). KEYS[1]: the lock key; ARGV[1]: the token. */
export const RELEASE_LOCK_SCRIPT = script(`if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`);
