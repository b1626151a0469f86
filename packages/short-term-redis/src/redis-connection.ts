import { ValidationError } from '@casual-memory/core';
import { thrownMessage } from '@casual-memory/core/backend';
import type { RedisScript } from './redis-scripts';
import { within } from './within';

/** Options the store passes with each command; node-redis's `CommandOptions` accepts them. */
export interface RedisShortTermCommandOptions {
  /** Aborted at the store's deadline, so a command still waiting in the client's offline queue is dropped, never sent later. */
  abortSignal?: AbortSignal;
  /** `{}`: replies in node-redis's default types whatever the client's own `typeMapping` says. */
  typeMapping?: Record<never, never>;
}

/**
 * What the store needs of a node-redis client: `createClient()` (also `createClientPool()`) from
 * `redis`, v6. Declared structurally so that a client with any modules, scripts or RESP version fits.
 */
export interface RedisShortTermSingleClient {
  readonly isOpen: boolean;
  sendCommand(args: string[], options?: RedisShortTermCommandOptions): Promise<unknown>;
}

/** What the store needs of a node-redis cluster client (`createCluster()` from `redis`). */
export interface RedisShortTermClusterClient {
  readonly isOpen: boolean;
  /** Only read to tell a cluster client from a single one. */
  readonly masters: readonly unknown[];
  sendCommand(
    firstKey: string | undefined,
    isReadonly: boolean | undefined,
    args: string[],
    options?: RedisShortTermCommandOptions,
  ): Promise<unknown>;
}

/** A node-redis client or cluster client the store can send its commands through. */
export type RedisShortTermClient = RedisShortTermSingleClient | RedisShortTermClusterClient;

/** A Redis command that got no answer in time. Kept as `cause` of the `StoreUnavailableError` callers see. */
export class RedisCommandTimeoutError extends Error {
  constructor(command: string, timeoutMs: number) {
    super(`Redis did not answer ${command} within ${timeoutMs} ms`);
    this.name = 'RedisCommandTimeoutError';
  }
}

function isNoScript(thrown: unknown): boolean {
  return thrown instanceof Error && thrown.message.startsWith('NOSCRIPT');
}

/**
 * Sends the store's commands through a user's or the store's own client, each call under one
 * deadline. node-redis's own `timeout` stops only at the moment a command is written, so a server
 * that accepted the connection but stopped answering would otherwise keep the caller waiting forever.
 */
export class RedisConnection {
  private readonly isCluster: boolean;
  /** The options of a call that cannot wait in an offline queue: shared, as node-redis only reads them. */
  private readonly plainOptions: RedisShortTermCommandOptions = { typeMapping: {} };

  /**
   * @param clientQueues whether the client may hold commands in an offline queue (node-redis's
   *   default): each call then gets an abort signal, fired at the deadline so the queued command is
   *   dropped. A client with `disableOfflineQueue` needs none, and skips its cost.
   */
  constructor(
    private readonly client: RedisShortTermClient,
    readonly timeoutMs: number,
    private readonly clientQueues: boolean,
  ) {
    this.isCluster = 'masters' in client;
  }

  /** One command about `key`; `readonly` lets a cluster client read from a replica if it is set up to. */
  command(key: string, readonly: boolean, args: string[]): Promise<unknown> {
    return this.withDeadline(args[0] as string, (options) => this.send(key, readonly, args, options));
  }

  /**
   * Runs a script on `keys` (one key, or keys of one hash slot) by its SHA1, sending the source once
   * if the server has not cached it (after a restart, say).
   */
  script(script: RedisScript, keys: string | readonly string[], args: string[]): Promise<unknown> {
    const keyList = typeof keys === 'string' ? [keys] : keys;
    const first = keyList[0] as string;
    const tail = [String(keyList.length), ...keyList, ...args];
    return this.withDeadline('EVALSHA', async (options) => {
      try {
        return await this.send(first, false, ['EVALSHA', script.sha1, ...tail], options);
      } catch (thrown) {
        if (!isNoScript(thrown)) throw thrown;
        return await this.send(first, false, ['EVAL', script.source, ...tail], options);
      }
    });
  }

  private send(key: string, readonly: boolean, args: string[], options: RedisShortTermCommandOptions): Promise<unknown> {
    return this.isCluster
      ? (this.client as RedisShortTermClusterClient).sendCommand(key, readonly, args, options)
      : (this.client as RedisShortTermSingleClient).sendCommand(args, options);
  }

  private withDeadline<T>(command: string, execute: (options: RedisShortTermCommandOptions) => Promise<T>): Promise<T> {
    const controller = this.clientQueues ? new AbortController() : undefined;
    let reply: Promise<T>;
    try {
      reply = execute(controller === undefined ? this.plainOptions : { abortSignal: controller.signal, typeMapping: {} });
    } catch (thrown) {
      // A client that throws instead of rejecting (not a node-redis one, or a broken one).
      reply = Promise.reject(thrown);
    }
    return within(reply, this.timeoutMs, () => {
      controller?.abort();
      return new RedisCommandTimeoutError(command, this.timeoutMs);
    });
  }
}

/** A `ValidationError` naming `owner` unless `client` looks like a node-redis client. */
export function checkRedisClient(client: unknown, owner: string): asserts client is RedisShortTermClient {
  let fits: boolean;
  try {
    fits =
      typeof client === 'object' &&
      client !== null &&
      typeof (client as { sendCommand?: unknown }).sendCommand === 'function' &&
      typeof (client as { isOpen?: unknown }).isOpen === 'boolean';
  } catch (thrown) {
    throw new ValidationError({
      path: `${owner} client`,
      message: `${owner} could not read its client: ${thrownMessage(thrown)}`,
      cause: thrown,
    });
  }
  if (!fits) {
    throw new ValidationError({
      path: `${owner} client`,
      message: `${owner} needs a node-redis client (createClient() or createCluster() from "redis"), got ${thrownMessage(client)}`,
    });
  }
}
