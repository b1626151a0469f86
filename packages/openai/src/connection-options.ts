import { z } from '@casual-memory/core/backend';
import type { OpenAI } from 'openai';

/** Per request, unless `timeoutMs` says otherwise (the SDK's own default is 10 minutes). */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Retries after the first attempt, for 429, 5xx, timeouts and connection failures. */
export const DEFAULT_MAX_RETRIES = 2;
/** The first back-off; it doubles with each retry, up to `maxRetryDelayMs`. */
export const DEFAULT_RETRY_DELAY_MS = 500;
export const DEFAULT_MAX_RETRY_DELAY_MS = 8_000;

/** Where the server is (or a client already made for it) and how hard to try: the options both providers take. */
export interface OpenAIConnectionOptions {
  /** The model name as the server knows it: `gpt-4o-mini`, an Azure deployment name, `llama3.2` on Ollama, ... */
  model: string;
  /**
   * The API root, up to and including `/v1` (default: the SDK's, `OPENAI_BASE_URL` or
   * `https://api.openai.com/v1`). Not with `client`.
   */
  baseURL?: string;
  /**
   * Sent as `Authorization: Bearer ...` (default: `OPENAI_API_KEY`). Required for OpenAI itself;
   * a server given by `baseURL` that needs none gets a placeholder. Not with `client`.
   */
  apiKey?: string;
  /**
   * Your own `OpenAI` (or `AzureOpenAI`) client, used as it is configured, except that each call
   * sets the SDK's `maxRetries` to 0 (these providers retry themselves) and `timeout` to `timeoutMs`
   * when that is given.
   */
  client?: OpenAI;
  /** Milliseconds one attempt may take before it counts as a timeout (default 60 000; with `client`, the client's). */
  timeoutMs?: number;
  /** Retries after the first attempt for 429, 5xx, timeouts and connection failures (default 2; 0 turns them off). */
  maxRetries?: number;
  /** The first back-off in milliseconds (default 500); each retry doubles it, with jitter. A server's `Retry-After` wins. */
  retryDelayMs?: number;
  /** The longest back-off in milliseconds (default 8000). */
  maxRetryDelayMs?: number;
}

/** Loose enough for a client from another copy of the SDK, or a stand-in with the same two methods. */
function isOpenAIClient(value: unknown): value is OpenAI {
  if (typeof value !== 'object' || value === null) return false;
  const client = value as { chat?: { completions?: { create?: unknown } }; embeddings?: { create?: unknown } };
  return typeof client.chat?.completions?.create === 'function' && typeof client.embeddings?.create === 'function';
}

/** The fields of both providers' strict option schemas; refined by `refineConnection`. */
export const connectionShape = {
  model: z.string().trim().min(1, 'must name a model'),
  baseURL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
  apiKey: z.string().min(1, 'must not be empty (leave it out to use OPENAI_API_KEY)').optional(),
  client: z.custom<OpenAI>(isOpenAIClient, 'must be an OpenAI client (new OpenAI({ ... }))').optional(),
  timeoutMs: z.number().int().min(1).optional(),
  maxRetries: z.number().int().min(0).max(10).default(DEFAULT_MAX_RETRIES),
  retryDelayMs: z.number().int().min(0).default(DEFAULT_RETRY_DELAY_MS),
  maxRetryDelayMs: z.number().int().min(0).default(DEFAULT_MAX_RETRY_DELAY_MS),
};

/** A client comes configured: a second place to set where it points or which key it sends would be ambiguous. */
export function refineConnection(options: { client?: unknown; baseURL?: string; apiKey?: string }, context: z.RefinementCtx): void {
  if (options.client === undefined) return;
  for (const key of ['baseURL', 'apiKey'] as const) {
    if (options[key] !== undefined)
      context.addIssue({ code: 'custom', path: [key], message: `cannot be combined with client: set it on the client` });
  }
}

/** The connection fields once parsed (defaults filled in). */
export interface ParsedConnectionOptions {
  model: string;
  client?: OpenAI | undefined;
  baseURL?: string | undefined;
  apiKey?: string | undefined;
  timeoutMs?: number | undefined;
  maxRetries: number;
  retryDelayMs: number;
  maxRetryDelayMs: number;
}
