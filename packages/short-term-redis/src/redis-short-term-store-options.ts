import { MaxMessagesSchema, parseStoreOptions, z } from '@casual-memory/core/backend';
import type { CorruptShortTermEntry } from './corrupt-short-term-entry';
import { DEFAULT_KEY_PREFIX } from './short-term-redis-key';

/** Default `commandTimeoutMs`: how long one call may wait for Redis. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 5000;
/** Default `connectTimeoutMs` of `RedisShortTermStore.create`. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5000;

// setTimeout's longest delay; a longer one fires at once.
const MAX_TIMER_MS = 2 ** 31 - 1;

const timeoutMs = z.number().int().min(1).max(MAX_TIMER_MS);
/** `commandTimeoutMs`: whole ms that fit a timer, default 5000. */
export const CommandTimeoutSchema = timeoutMs.default(DEFAULT_COMMAND_TIMEOUT_MS);
/** `connectTimeoutMs` of `create`: whole ms that fit a timer, default 5000. */
export const ConnectTimeoutSchema = timeoutMs.default(DEFAULT_CONNECT_TIMEOUT_MS);

/** In a `u` regex a surrogate pair is one code point, so this matches only surrogates standing alone. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * A key prefix: any text without a lone UTF-16 surrogate. Redis keys are bytes and the client
 * sends UTF-8, where every lone surrogate becomes U+FFFD: two prefixes differing only there
 * would share keys.
 */
export const KeyPrefixSchema = z.string().refine((prefix) => !LONE_SURROGATE.test(prefix), {
  message: 'must not contain a lone UTF-16 surrogate (Redis would store U+FFFD in its place, so two prefixes could share keys)',
});

const storeOptionShape = {
  maxMessages: MaxMessagesSchema,
  keyPrefix: KeyPrefixSchema.default(DEFAULT_KEY_PREFIX),
  ttlSeconds: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  maxContentBytes: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  onCorruptEntry: z
    .custom<(entry: CorruptShortTermEntry) => void>((value) => typeof value === 'function', { message: 'Expected a function' })
    .optional(),
  commandTimeoutMs: CommandTimeoutSchema,
};

/** Strict, so a misspelt key (`maxMessage`, `ttl`) is a `ValidationError` rather than silently ignored. */
const RedisShortTermStoreOptionsSchema = z.strictObject(storeOptionShape);

const RedisShortTermStoreCreateOptionsSchema = z.strictObject({
  ...storeOptionShape,
  url: z.string().min(1),
  connectTimeoutMs: ConnectTimeoutSchema,
});

/** The options of `new RedisShortTermStore(client, options?)`. */
export interface RedisShortTermStoreOptions {
  /** How many newest messages to keep per user (older ones are trimmed on append). A whole number >= 1; default 20. */
  maxMessages?: number;
  /** Put before every key; default `casual-memory:short-term:`. Give each application or environment its own. No lone UTF-16 surrogates. */
  keyPrefix?: string;
  /** Seconds a user's list lives after their last append (EXPIRE, refreshed on every append). Default: no expiry. */
  ttlSeconds?: number;
  /** Largest `content` in UTF-8 bytes; a longer message is a `ValidationError` and nothing of its batch is stored. Default: no limit. */
  maxContentBytes?: number;
  /** Told about each stored entry that is not a valid message (it is skipped); default: a process warning. */
  onCorruptEntry?: (entry: CorruptShortTermEntry) => void;
  /** How long one call waits for Redis before it fails with `StoreUnavailableError`; default 5000 ms. */
  commandTimeoutMs?: number;
}

/** The options of `RedisShortTermStore.create(options)`: the store's own, plus how to connect. */
export interface RedisShortTermStoreCreateOptions extends RedisShortTermStoreOptions {
  /** `redis[s]://[[user][:password]@]host[:port][/db]` */
  url: string;
  /** How long `create` tries to connect before it fails with `StoreUnavailableError`; default 5000 ms. */
  connectTimeoutMs?: number;
}

export type ParsedRedisShortTermStoreOptions = z.output<typeof RedisShortTermStoreOptionsSchema>;
export type ParsedRedisShortTermStoreCreateOptions = z.output<typeof RedisShortTermStoreCreateOptionsSchema>;

// The documented interfaces must accept exactly what the schemas parse (checked at compile time).
true satisfies SameType<RedisShortTermStoreOptions, z.input<typeof RedisShortTermStoreOptionsSchema>>;
true satisfies SameType<RedisShortTermStoreCreateOptions, z.input<typeof RedisShortTermStoreCreateOptionsSchema>>;
export type SameType<A, B> = [A, keyof A] extends [B, keyof B] ? ([B, keyof B] extends [A, keyof A] ? true : false) : false;

export function parseRedisShortTermStoreOptions(options: unknown, store: string): ParsedRedisShortTermStoreOptions {
  return parseStoreOptions(RedisShortTermStoreOptionsSchema, options, store);
}

export function parseRedisShortTermStoreCreateOptions(options: unknown, store: string): ParsedRedisShortTermStoreCreateOptions {
  return parseStoreOptions(RedisShortTermStoreCreateOptionsSchema, options, store);
}
