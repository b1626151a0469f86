import { CasualMemoryError, type CasualMemoryErrorCode } from './casual-memory-error';

/** What went wrong with a model provider; only `PROVIDER_UNAVAILABLE` is retryable. */
export type ProviderErrorCode = 'PROVIDER_AUTH' | 'PROVIDER_NOT_FOUND' | 'PROVIDER_UNAVAILABLE' | 'PROVIDER_BAD_RESPONSE';

export interface ProviderErrorOptions {
  /**
   * `PROVIDER_AUTH`: the credentials were refused (401/403). `PROVIDER_NOT_FOUND`: the model (or the
   * endpoint) does not exist. `PROVIDER_UNAVAILABLE`: unreachable, timed out, rate-limited or failing
   * (429/5xx), after any retries. `PROVIDER_BAD_RESPONSE`: an answer that cannot be used (malformed,
   * unexpected shape) or a refusal that retrying will not change (another 4xx).
   */
  code: ProviderErrorCode;
  /** The provider's name as users know it, e.g. `OpenAIChatProvider`. */
  provider: string;
  message: string;
  /** The model the call was for, when there is one. */
  model?: string;
  /** The HTTP status of the failed answer, when there was one. */
  status?: number;
  /** The SDK's or transport's error, kept for debugging. */
  cause?: unknown;
}

/**
 * A chat, embedding or NLI provider failed. One class for every provider package; `code` says what
 * went wrong and `retryable` follows from it (true only for `PROVIDER_UNAVAILABLE`). The static
 * `ProviderError.code` (`PROVIDER_ERROR`) marks the class for `isInstance`; an error's own `code`
 * is always one of the four above.
 */
export class ProviderError extends CasualMemoryError {
  static override readonly code: CasualMemoryErrorCode = 'PROVIDER_ERROR';

  declare readonly code: ProviderErrorCode;
  readonly provider: string;
  readonly model: string | undefined;
  readonly status: number | undefined;

  constructor(options: ProviderErrorOptions) {
    super({ message: options.message, cause: options.cause, retryable: options.code === 'PROVIDER_UNAVAILABLE' });
    this.code = options.code;
    this.provider = options.provider;
    this.model = options.model;
    this.status = options.status;
  }
}
