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
export { DEFAULT_KEY_PREFIX, shortTermRedisKey } from './short-term-redis-key';
