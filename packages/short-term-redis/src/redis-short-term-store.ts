import { type CasualMemoryError, CorruptDataError, type ShortTermMemory, ValidationError } from '@casual-memory/core';
import { ShortTermStoreBase, shortTermMemoryFromJson, shortTermMemoryToJson, thrownMessage } from '@casual-memory/core/backend';
import { closeOwnedClient, connectRedisClient, type OwnedRedisClient } from './connect-redis-client';
import { type CorruptShortTermEntry, warnCorruptEntry } from './corrupt-short-term-entry';
import { checkRedisClient, RedisConnection, type RedisShortTermClient } from './redis-connection';
import { isErrorReply } from './redis-errors';
import { APPEND_SCRIPT, CLEAR_SCRIPT } from './redis-scripts';
import {
  parseRedisShortTermStoreCreateOptions,
  parseRedisShortTermStoreOptions,
  type RedisShortTermStoreCreateOptions,
  type RedisShortTermStoreOptions,
} from './redis-short-term-store-options';
import { toRedisStoreError } from './redis-store-error';
import { replyInteger } from './reply-integer';
import { shortTermRedisKey } from './short-term-redis-key';

const STORE_NAME = 'RedisShortTermStore';
/** How much of a corrupt entry is kept in the report. */
const RAW_REPORT_CHARS = 1000;

/**
 * Recent conversation turns in Redis: one list per user, holding each message as JSON. An append
 * is one Lua script (RPUSH, LTRIM to `maxMessages`, EXPIRE when `ttlSeconds` is set), so it lands
 * whole or not at all and concurrent appends never lose each other's messages; a read fetches only
 * the requested window (LRANGE). Every call waits for Redis at most `commandTimeoutMs`, then fails
 * with `StoreUnavailableError`. The kit (`ShortTermStoreBase`) parses every argument, keeps the
 * closed state and copies messages in and out.
 */
export class RedisShortTermStore extends ShortTermStoreBase {
  /** Messages kept per user. */
  readonly maxMessages: number;
  /** Put before every key. */
  readonly keyPrefix: string;
  /** Seconds a list lives after its last append; `undefined`: no expiry. */
  readonly ttlSeconds: number | undefined;
  /** Largest `content` in UTF-8 bytes; `undefined`: no limit. */
  readonly maxContentBytes: number | undefined;
  /** How long one call waits for Redis. */
  readonly commandTimeoutMs: number;
  private connection: RedisConnection;
  private readonly onCorruptEntry: (entry: CorruptShortTermEntry) => void;
  /** Set when `create` opened the client: `close()` closes it then. */
  private ownedClient: OwnedRedisClient | undefined;

  /**
   * A store on your node-redis client (connected, or connecting: calls fail with
   * `StoreUnavailableError` until it is ready). `close()` leaves the client open: it is yours.
   */
  constructor(client: RedisShortTermClient, options?: RedisShortTermStoreOptions) {
    // Every read decodes new objects from Redis replies, so the kit need not copy them again.
    super(STORE_NAME, { freshResults: true });
    const parsed = parseRedisShortTermStoreOptions(options, STORE_NAME);
    checkRedisClient(client, STORE_NAME);
    this.maxMessages = parsed.maxMessages;
    this.keyPrefix = parsed.keyPrefix;
    this.ttlSeconds = parsed.ttlSeconds;
    this.maxContentBytes = parsed.maxContentBytes;
    this.commandTimeoutMs = parsed.commandTimeoutMs;
    this.onCorruptEntry = parsed.onCorruptEntry ?? warnCorruptEntry;
    this.connection = new RedisConnection(client, parsed.commandTimeoutMs, true);
  }

  /**
   * Connects a client of its own to `url` and returns a store on it; `close()` closes that client.
   * The client does not queue commands while disconnected (a call then fails at once with
   * `StoreUnavailableError`) and reconnects by itself, backing off up to 2 s between attempts.
   * Rejects with `StoreUnavailableError` when Redis cannot be reached within `connectTimeoutMs`
   * (retryable), or at once, with `retryable: false`, when it refuses the credentials or the
   * database number; a malformed `url` is a `ValidationError`.
   */
  static async create(options: RedisShortTermStoreCreateOptions): Promise<RedisShortTermStore> {
    const { url, connectTimeoutMs, ...storeOptions } = parseRedisShortTermStoreCreateOptions(options, STORE_NAME);
    const client = await connectRedisClient(STORE_NAME, url, connectTimeoutMs);
    const store = new RedisShortTermStore(client, storeOptions);
    store.ownedClient = client;
    store.connection = new RedisConnection(client, store.commandTimeoutMs, false);
    return store;
  }

  /** The Redis key holding `userId`'s messages (see the README for the layout). */
  keyFor(userId: string): string {
    return shortTermRedisKey(userId, this.keyPrefix);
  }

  protected async appendMessages(userId: string, messages: readonly ShortTermMemory[]): Promise<void> {
    this.checkContentSize(messages);
    const key = this.keyFor(userId);
    // Only the newest maxMessages of a batch can survive the trim, so only those are sent.
    const kept = messages.length > this.maxMessages ? messages.slice(-this.maxMessages) : messages;
    const entries = kept.map((message) => JSON.stringify(shortTermMemoryToJson(message)));
    await this.onList(userId, key, () =>
      this.connection.script(APPEND_SCRIPT, key, [String(-this.maxMessages), String(this.ttlSeconds ?? 0), ...entries]),
    );
  }

  protected async readRecentMessages(userId: string, limit: number): Promise<ShortTermMemory[]> {
    const key = this.keyFor(userId);
    // A list never holds more than maxMessages from this store, and a huge limit (1e21) would not
    // even print as an integer.
    const count = Math.min(limit, this.maxMessages);
    const reply = await this.onList(userId, key, () => this.connection.command(key, true, ['LRANGE', key, String(-count), '-1']));
    if (!Array.isArray(reply)) throw new Error(`Redis answered LRANGE with ${thrownMessage(reply)}`);
    const messages: ShortTermMemory[] = [];
    const owner = `of user ${JSON.stringify(userId)}`;
    for (let position = 0; position < reply.length; position++) {
      const message = this.readEntry(userId, owner, key, reply[position], position - reply.length);
      if (message !== undefined) messages.push(message);
    }
    return messages;
  }

  protected async countMessages(userId: string): Promise<number> {
    const key = this.keyFor(userId);
    return replyInteger(await this.onList(userId, key, () => this.connection.command(key, true, ['LLEN', key])), 'a count');
  }

  protected async removeUserMessages(userId: string): Promise<number> {
    const key = this.keyFor(userId);
    return replyInteger(await this.connection.script(CLEAR_SCRIPT, key, []), 'a count');
  }

  /** Closes the client if `create` opened it (waiting for calls in flight, at most `commandTimeoutMs`); a client you passed stays open. */
  protected async closeStore(): Promise<void> {
    if (this.ownedClient !== undefined) await closeOwnedClient(this.ownedClient, this.commandTimeoutMs);
  }

  /** Redis out of memory is `StoreFullError`, a failure no retry can cure a non-retryable `StoreUnavailableError`, the rest as the kit types it. */
  protected override toStoreError(thrown: unknown, operation: string): CasualMemoryError {
    return toRedisStoreError(thrown, STORE_NAME, operation);
  }

  private checkContentSize(messages: readonly ShortTermMemory[]): void {
    const max = this.maxContentBytes;
    if (max === undefined) return;
    const issues: { path: string; message: string }[] = [];
    for (const [index, message] of messages.entries()) {
      // A UTF-16 code unit never takes more than 3 bytes of UTF-8: short strings need no count.
      if (message.content.length * 3 <= max) continue;
      const bytes = Buffer.byteLength(message.content, 'utf8');
      if (bytes > max)
        issues.push({ path: `messages[${index}].content`, message: `is ${bytes} bytes of UTF-8, more than maxContentBytes (${max})` });
    }
    const [first] = issues;
    if (first === undefined) return;
    throw new ValidationError({
      path: first.path,
      message: `${first.path} ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`,
      issues: issues.map((issue) => ({ path: issue.path, message: `${issue.path} ${issue.message}` })),
    });
  }

  /** Runs a command on `key`, turning "the key holds something other than a list" into `CorruptDataError`. */
  private async onList<T>(userId: string, key: string, command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (thrown) {
      if (!isErrorReply(thrown, 'WRONGTYPE')) throw thrown;
      throw new CorruptDataError({
        record: `messages of user ${JSON.stringify(userId)}`,
        issues: [{ path: key, message: 'the key holds a Redis value other than a list' }],
        cause: thrown,
      });
    }
  }

  /** One list entry as a message, or undefined (reported to `onCorruptEntry`) when it is not a valid one. */
  private readEntry(userId: string, owner: string, key: string, entry: unknown, index: number): ShortTermMemory | undefined {
    const raw = typeof entry === 'string' ? entry : Buffer.isBuffer(entry) ? entry.toString('utf8') : String(entry);
    const record = `message ${index} ${owner}`;
    let error: CorruptDataError;
    try {
      return shortTermMemoryFromJson(JSON.parse(raw), record);
    } catch (thrown) {
      error = CorruptDataError.isInstance(thrown)
        ? thrown
        : new CorruptDataError({ record, issues: [{ path: '', message: `not JSON: ${thrownMessage(thrown)}` }], cause: thrown });
    }
    try {
      this.onCorruptEntry({ userId, key, index, raw: raw.slice(0, RAW_REPORT_CHARS), error });
    } catch (thrown) {
      // The read goes on: a failing report must not cost the caller the valid messages.
      process.emitWarning(`${STORE_NAME} onCorruptEntry threw: ${thrownMessage(thrown)}`, {
        type: 'CasualMemoryWarning',
        code: 'CASUAL_MEMORY_CORRUPT_ENTRY',
      });
    }
    return undefined;
  }
}
