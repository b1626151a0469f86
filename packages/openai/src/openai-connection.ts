import { CasualMemoryError, ProviderError, ValidationError } from '@casual-memory/core';
import { thrownMessage } from '@casual-memory/core/backend';
import { OpenAI } from 'openai';
import { type AttemptFailure, classifyFailure } from './classify-failure';
import { DEFAULT_TIMEOUT_MS, type ParsedConnectionOptions } from './connection-options';
import { safeCause } from './redact-secrets';
import { backoffDelay, type RetryPolicy, sleep } from './retry-policy';

/** The SDK's per-request options these providers set. */
export interface SdkRequestOptions {
  maxRetries: number;
  timeout?: number;
  signal?: AbortSignal;
}

/**
 * Sent when no key is configured but `baseURL` names a server: the SDK will not start without one,
 * and local servers (Ollama, vLLM without `--api-key`) ignore it.
 */
const PLACEHOLDER_API_KEY = 'no-key';

/** Shorter keys are placeholders ("ollama"), not secrets; redacting them would garble messages. */
const MIN_SECRET_LENGTH = 4;

/**
 * One provider's way to its server: the SDK client, and the policy every call follows. Retries 429,
 * 5xx, timeouts and connection failures with back-off and jitter (the SDK's own retries are off for
 * these calls, so there is one policy), turns every other failure into a `ProviderError` at once,
 * and keeps the API key out of every message. The client is a private field, so logging a
 * provider never prints the key the client holds.
 */
export class OpenAIConnection {
  readonly model: string;
  /** The API root, without credentials or query, for messages. */
  readonly endpoint: string;
  readonly #provider: string;
  readonly #client: OpenAI;
  readonly #secrets: string[];
  readonly #timeoutMs: number | undefined;
  readonly #retry: RetryPolicy;

  constructor(provider: string, options: ParsedConnectionOptions) {
    this.#provider = provider;
    this.model = options.model;
    const { client, secrets } = options.client === undefined ? createClient(provider, options) : ownClient(options.client);
    this.#client = client;
    this.#secrets = secrets;
    this.#timeoutMs = options.timeoutMs;
    this.#retry = { maxRetries: options.maxRetries, retryDelayMs: options.retryDelayMs, maxRetryDelayMs: options.maxRetryDelayMs };
    this.endpoint = describeEndpoint(client.baseURL);
  }

  /**
   * Runs `call` until it succeeds, fails for good, or `signal` aborts: an abort rejects with the
   * signal's reason (an `AbortError` unless the caller gave another), as `fetch` does.
   */
  async send<T>(call: (client: OpenAI, options: SdkRequestOptions) => PromiseLike<T>, signal: AbortSignal | undefined): Promise<T> {
    const options: SdkRequestOptions = { maxRetries: 0 };
    if (this.#timeoutMs !== undefined) options.timeout = this.#timeoutMs;
    if (signal !== undefined) options.signal = signal;
    for (let retry = 0; ; retry++) {
      if (signal?.aborted) throw signal.reason;
      const started = performance.now();
      try {
        return await call(this.#client, options);
      } catch (thrown) {
        if (signal?.aborted) throw signal.reason;
        if (CasualMemoryError.isInstance(thrown)) throw thrown;
        const timeoutMs = this.#timeoutMs ?? readTimeout(this.#client);
        const failure = classifyFailure(thrown, this.#secrets, timeoutMs, performance.now() - started);
        if (!failure.transient || retry >= this.#retry.maxRetries) throw this.#toProviderError(failure, retry + 1, thrown);
        await sleep(backoffDelay(this.#retry, retry, failure.serverDelayMs), signal);
      }
    }
  }

  /** An answer that arrived but cannot be used (wrong shape, no text, no JSON object). */
  badResponse(problem: string): ProviderError {
    return new ProviderError({
      code: 'PROVIDER_BAD_RESPONSE',
      provider: this.#provider,
      model: this.model,
      message: `${this.#provider}: ${this.endpoint} answered for model "${this.model}", but ${problem}`,
    });
  }

  #toProviderError(failure: AttemptFailure, attempts: number, thrown: unknown): ProviderError {
    const { code, status, detail } = failure;
    const model = `model "${this.model}"`;
    const messages: Record<ProviderError['code'], string> = {
      PROVIDER_AUTH: `${this.endpoint} refused the API key (${detail}); check apiKey (or OPENAI_API_KEY) and that the key may use ${model}`,
      PROVIDER_NOT_FOUND: `${model} was not found at ${this.endpoint} (${detail}); check the model name (on Azure, the deployment name) and that baseURL is the API root (e.g. ending in /v1)`,
      PROVIDER_UNAVAILABLE: `${this.endpoint} failed for ${model} after ${attempts} attempt${attempts === 1 ? '' : 's'} (${detail})`,
      PROVIDER_BAD_RESPONSE:
        status === undefined
          ? `${this.endpoint} answered for ${model} with ${detail}`
          : `${this.endpoint} refused the request for ${model} (${detail})`,
    };
    return new ProviderError({
      code,
      provider: this.#provider,
      model: this.model,
      message: `${this.#provider}: ${messages[code]}`,
      ...(status === undefined ? {} : { status }),
      cause: safeCause(thrown, this.#secrets),
    });
  }
}

function createClient(provider: string, options: ParsedConnectionOptions): { client: OpenAI; secrets: string[] } {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const apiKey = options.apiKey ?? nonEmpty(env?.['OPENAI_API_KEY']);
  const baseURL = options.baseURL ?? nonEmpty(env?.['OPENAI_BASE_URL']);
  if (apiKey === undefined && baseURL === undefined) {
    throw new ValidationError({
      path: `${provider} options.apiKey`,
      message: `${provider} options: apiKey is required for the OpenAI API: pass apiKey or set OPENAI_API_KEY (a server given by baseURL may go without)`,
    });
  }
  try {
    const client = new OpenAI({
      apiKey: apiKey ?? PLACEHOLDER_API_KEY,
      ...(baseURL === undefined ? {} : { baseURL }),
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRetries: 0,
    });
    return { client, secrets: secretsOf(apiKey) };
  } catch (thrown) {
    throw new ValidationError({
      path: `${provider} options`,
      message: `${provider} options: the OpenAI client could not be created: ${thrownMessage(thrown)}`,
      cause: thrown,
    });
  }
}

function ownClient(client: OpenAI): { client: OpenAI; secrets: string[] } {
  const apiKey: unknown = client.apiKey;
  return { client, secrets: secretsOf(typeof apiKey === 'string' ? apiKey : undefined) };
}

function secretsOf(apiKey: string | undefined): string[] {
  return apiKey !== undefined && apiKey.length >= MIN_SECRET_LENGTH ? [apiKey] : [];
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function readTimeout(client: OpenAI): number | undefined {
  const timeout: unknown = client.timeout;
  return typeof timeout === 'number' ? timeout : undefined;
}

/** The base URL as messages show it: no user:password, query or fragment, which may carry credentials. */
function describeEndpoint(baseURL: unknown): string {
  if (typeof baseURL !== 'string') return 'the server';
  try {
    const url = new URL(baseURL);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return 'the server';
  }
}
