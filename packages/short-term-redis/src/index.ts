export type { CorruptShortTermEntry } from './corrupt-short-term-entry';
export {
  RedisCommandTimeoutError,
  type RedisShortTermClient,
  type RedisShortTermClusterClient,
  type RedisShortTermCommandOptions,
  type RedisShortTermSingleClient,
} from './redis-connection';
export { RedisShortTermStore } from './redis-short-term-store';
export type { RedisShortTermStoreCreateOptions, RedisShortTermStoreOptions } from './redis-short-term-store-options';
export { RedisUserLock } from './redis-user-lock';
export { DEFAULT_LOCK_KEY_PREFIX, type RedisUserLockKeys, userLockRedisKeys } from './redis-user-lock-keys';
export type { RedisUserLockCreateOptions, RedisUserLockOptions } from './redis-user-lock-options';
export { DEFAULT_KEY_PREFIX, shortTermRedisKey } from './short-term-redis-key';
