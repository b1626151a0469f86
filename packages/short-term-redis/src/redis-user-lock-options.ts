import { parseStoreOptions, z } from '@casual-memory/core/backend';
import { CommandTimeoutSchema, ConnectTimeoutSchema, KeyPrefixSchema, type SameType } from './redis-short-term-store-options';
import { DEFAULT_LOCK_KEY_PREFIX } from './redis-user-lock-keys';

const lockOptionShape = {
  keyPrefix: KeyPrefixSchema.default(DEFAULT_LOCK_KEY_PREFIX),
  commandTimeoutMs: CommandTimeoutSchema,
};

const RedisUserLockOptionsSchema = z.strictObject(lockOptionShape);
const RedisUserLockCreateOptionsSchema = z.strictObject({
  ...lockOptionShape,
  url: z.string().min(1),
  connectTimeoutMs: ConnectTimeoutSchema,
});

/** The options of `new RedisUserLock(client, options?)`. */
export interface RedisUserLockOptions {
  /** Put before every key; default `casual-memory:lock:`. Every process that must exclude the others uses the same. No lone UTF-16 surrogates. */
  keyPrefix?: string;
  /** How long one Redis command waits before the call fails with `StoreUnavailableError`; default 5000 ms. */
  commandTimeoutMs?: number;
}

/** The options of `RedisUserLock.create(options)`: the lock's own, plus how to connect. */
export interface RedisUserLockCreateOptions extends RedisUserLockOptions {
  /** `redis[s]://[[user][:password]@]host[:port][/db]` */
  url: string;
  /** How long `create` tries to connect before it fails with `StoreUnavailableError`; default 5000 ms. */
  connectTimeoutMs?: number;
}

true satisfies SameType<RedisUserLockOptions, z.input<typeof RedisUserLockOptionsSchema>>;
true satisfies SameType<RedisUserLockCreateOptions, z.input<typeof RedisUserLockCreateOptionsSchema>>;

export function parseRedisUserLockOptions(options: unknown, lock: string): z.output<typeof RedisUserLockOptionsSchema> {
  return parseStoreOptions(RedisUserLockOptionsSchema, options, lock);
}

export function parseRedisUserLockCreateOptions(options: unknown, lock: string): z.output<typeof RedisUserLockCreateOptionsSchema> {
  return parseStoreOptions(RedisUserLockCreateOptionsSchema, options, lock);
}
