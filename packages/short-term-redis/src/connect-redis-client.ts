import { StoreUnavailableError, ValidationError } from '@casual-memory/core';
import { thrownMessage } from '@casual-memory/core/backend';
import { createClient } from 'redis';
import { permanentRedisFailure } from './redis-errors';
import { within } from './within';

/** A node-redis client opened by `connectRedisClient`: its owner closes it. */
export type OwnedRedisClient = ReturnType<typeof createClient>;

/** Reconnect after 50 ms, doubling up to 2 s, with jitter, and never give up: the owner works again once Redis is back. */
function reconnectDelay(retries: number): number {
  return Math.min(50 * 2 ** retries, 2000) + Math.floor(Math.random() * 100);
}

/** `url` without credentials, for error messages. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return 'the given url';
  }
}

/**
 * Connects a client of `name`'s own to `url`. It does not queue commands while disconnected (a call
 * then fails at once) and reconnects by itself, backing off up to 2 s. A malformed url is a
 * `ValidationError`; a refusal no retry can cure (bad credentials, a database number the server
 * lacks) a `StoreUnavailableError` with `retryable: false`, at once; no connection within
 * `connectTimeoutMs` a retryable `StoreUnavailableError`.
 */
export async function connectRedisClient(name: string, url: string, connectTimeoutMs: number): Promise<OwnedRedisClient> {
  let client: OwnedRedisClient;
  try {
    client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: connectTimeoutMs, reconnectStrategy: reconnectDelay },
    });
  } catch (thrown) {
    throw new ValidationError({
      path: `${name} options.url`,
      message: `${name} cannot use its url: ${thrownMessage(thrown)}`,
      cause: thrown,
    });
  }
  let timer: NodeJS.Timeout | undefined;
  let lastError: unknown;
  try {
    await new Promise<void>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no connection within ${connectTimeoutMs} ms`)), connectTimeoutMs);
      // Without a listener, node-redis's 'error' event (each failed reconnect) would crash the process.
      client.on('error', (thrown: unknown) => {
        lastError = thrown;
        // node-redis would try again and again with the same credentials: stop at the first refusal.
        if (permanentRedisFailure(thrown) !== undefined) reject(thrown);
      });
      client.connect().then(() => resolve(), reject);
    });
  } catch (thrown) {
    client.destroy();
    const cause = lastError ?? thrown;
    const permanent = permanentRedisFailure(cause);
    throw new StoreUnavailableError({
      message:
        permanent === undefined
          ? `${name} could not connect to ${describeUrl(url)} within ${connectTimeoutMs} ms: ${thrownMessage(cause)}`
          : `${name} cannot use ${describeUrl(url)}, and a retry will not help: ${permanent} (${thrownMessage(cause)})`,
      cause,
      retryable: permanent === undefined,
    });
  } finally {
    clearTimeout(timer);
  }
  return client;
}

/** Closes a client `connectRedisClient` opened, waiting for calls in flight at most `timeoutMs`, then dropping the connection. */
export async function closeOwnedClient(client: OwnedRedisClient, timeoutMs: number): Promise<void> {
  if (!client.isOpen) return;
  try {
    await within(client.close(), timeoutMs, () => new Error('close timed out'));
  } catch {
    // Redis is gone or slow: drop the connection instead of waiting.
    client.destroy();
  }
}
