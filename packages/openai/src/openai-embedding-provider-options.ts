import { parseStoreOptions, z } from '@casual-memory/core/backend';
import { connectionShape, type OpenAIConnectionOptions, type ParsedConnectionOptions, refineConnection } from './connection-options';

/** Texts per request unless `batchSize` says otherwise. */
export const DEFAULT_BATCH_SIZE = 128;
/** OpenAI's limit of inputs per embeddings request. */
export const MAX_BATCH_SIZE = 2048;

/** The options of `new OpenAIEmbeddingProvider(options)`. */
export interface OpenAIEmbeddingProviderOptions extends OpenAIConnectionOptions {
  /** Length of the model's vectors (1536 for text-embedding-3-small, 768 for nomic-embed-text, ...); every answer is checked against it. */
  dimensions: number;
  /** Texts sent per request, 1 to 2048 (default 128); larger inputs go in several requests, in order. */
  batchSize?: number;
  /** Put before every query (`embedQuery`), e.g. `'query: '` for E5 models (default none). */
  queryPrefix?: string;
  /** Put before every document (`embedDocuments`), e.g. `'passage: '` for E5 models (default none). */
  documentPrefix?: string;
  /**
   * `base64` (default): vectors come as base64 float32, a quarter of the JSON; a server that ignores
   * it and sends numbers is understood too. `float`: ask for numbers, for a server that rejects base64.
   */
  encodingFormat?: 'base64' | 'float';
  /**
   * Send `dimensions` to the server (default false), for models that can shorten their vectors
   * (OpenAI's text-embedding-3-*). Others may reject the parameter.
   */
  sendDimensions?: boolean;
  /**
   * The cosine at which the write pipeline compares two statements (core's `EmbeddingProvider`).
   * Default: the model's, for text-embedding-3-*, ada-002 and E5 models; none for others (the service
   * then uses 0.85). Set it from a calibration on your model.
   */
  similarityFloor?: number;
  /** The default `minScore` of recall. Default: the model's when known, as above (the service then uses 0.75). */
  recallFloor?: number;
}

/** Strict, so a misspelt key (`batchsize`) is a `ValidationError` rather than silently ignored. */
const OpenAIEmbeddingProviderOptionsSchema = z
  .strictObject({
    ...connectionShape,
    dimensions: z.number().int().min(1),
    batchSize: z.number().int().min(1).max(MAX_BATCH_SIZE).default(DEFAULT_BATCH_SIZE),
    queryPrefix: z.string().default(''),
    documentPrefix: z.string().default(''),
    encodingFormat: z.enum(['base64', 'float']).default('base64'),
    sendDimensions: z.boolean().default(false),
    similarityFloor: z.number().min(-1).max(1).optional(),
    recallFloor: z.number().min(-1).max(1).optional(),
  })
  .superRefine(refineConnection);

// The interface above is what users read; this line fails to compile if it and the schema part ways.
true satisfies SameType<OpenAIEmbeddingProviderOptions, z.input<typeof OpenAIEmbeddingProviderOptionsSchema>>;
type SameType<A, B> = [A, keyof A] extends [B, keyof B] ? ([B, keyof B] extends [A, keyof A] ? true : false) : false;

export interface ParsedEmbeddingProviderOptions extends ParsedConnectionOptions {
  dimensions: number;
  batchSize: number;
  queryPrefix: string;
  documentPrefix: string;
  encodingFormat: 'base64' | 'float';
  sendDimensions: boolean;
  similarityFloor?: number | undefined;
  recallFloor?: number | undefined;
}

/** Parses constructor options; anything thrown while reading them (a getter, a Proxy) is a `ValidationError` too. */
export function parseEmbeddingProviderOptions(options: unknown, provider: string): ParsedEmbeddingProviderOptions {
  return parseStoreOptions(OpenAIEmbeddingProviderOptionsSchema, options, provider);
}
