export {
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_DELAY_MS,
  DEFAULT_RETRY_DELAY_MS,
  DEFAULT_TIMEOUT_MS,
  type OpenAIConnectionOptions,
} from './connection-options';
export { OpenAIChatProvider } from './openai-chat-provider';
export type { OpenAIChatProviderOptions } from './openai-chat-provider-options';
export { type EmbedOptions, OpenAIEmbeddingProvider } from './openai-embedding-provider';
export { DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE, type OpenAIEmbeddingProviderOptions } from './openai-embedding-provider-options';
