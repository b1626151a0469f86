export { DIMENSIONS, MAX_PIECES, MODEL_ID } from './model-constants';
export { MODEL_FLOOR, RECALL_FLOOR, SentenceEncoderEmbeddingProvider, SIMILARITY_FLOOR } from './sentence-encoder-embedding-provider';
export {
  DEFAULT_BATCH_SIZE,
  MAX_BATCH_SIZE,
  type SentenceEncoderEmbeddingProviderOptions,
} from './sentence-encoder-embedding-provider-options';
export { DEFAULT_BACKEND, type SentenceEncoderBackend } from './tensorflow-backend';
export { WEIGHTS_PACKAGE } from './weights-files';
