import { DimensionMismatchError, type EmbeddingProvider } from '@casual-memory/core';
import { parseInput, z } from '@casual-memory/core/backend';
import { decodeEmbedding } from './decode-embedding';
import { knownModelFloors } from './embedding-model-floors';
import { OpenAIConnection } from './openai-connection';
import { type OpenAIEmbeddingProviderOptions, parseEmbeddingProviderOptions } from './openai-embedding-provider-options';
import { SignalOptionSchema } from './signal-option';

const PROVIDER_NAME = 'OpenAIEmbeddingProvider';

/** Servers reject an empty input or embed it as noise; the Python original refuses it too. */
const TextSchema = z.string().refine((text) => text.trim() !== '', 'must not be blank');
const EmbedOptionsSchema = z.strictObject({ signal: SignalOptionSchema });

/** The call options of `embedDocuments` and `embedQuery`. */
export interface EmbedOptions {
  /** Aborts the call: it rejects with the signal's reason (an `AbortError`). */
  signal?: AbortSignal;
}

/**
 * An `EmbeddingProvider` on any server that speaks OpenAI's embeddings API, through the official
 * `openai` SDK. Documents go in batches of `batchSize`, in order; every vector comes back as a
 * `Float32Array` whose length is checked against `dimensions`. Query and document prefixes serve
 * models that embed the two differently (E5: `'query: '` and `'passage: '`).
 */
export class OpenAIEmbeddingProvider implements EmbeddingProvider {
  readonly model: string;
  /** Length of every vector this provider returns. */
  readonly dimensions: number;
  readonly batchSize: number;
  readonly queryPrefix: string;
  readonly documentPrefix: string;
  /** `openai:<model>:<dimensions>`: vectors of another model or length must not share a store. */
  readonly modelId: string;
  readonly similarityFloor?: number;
  readonly recallFloor?: number;
  readonly #encodingFormat: 'base64' | 'float';
  readonly #sendDimensions: boolean;
  readonly #connection: OpenAIConnection;

  constructor(options: OpenAIEmbeddingProviderOptions) {
    const parsed = parseEmbeddingProviderOptions(options, PROVIDER_NAME);
    this.#connection = new OpenAIConnection(PROVIDER_NAME, parsed);
    this.model = parsed.model;
    this.dimensions = parsed.dimensions;
    this.batchSize = parsed.batchSize;
    this.queryPrefix = parsed.queryPrefix;
    this.documentPrefix = parsed.documentPrefix;
    this.modelId = `openai:${parsed.model}:${parsed.dimensions}`;
    const known = knownModelFloors(parsed.model);
    const similarityFloor = parsed.similarityFloor ?? known?.similarityFloor;
    const recallFloor = parsed.recallFloor ?? known?.recallFloor;
    if (similarityFloor !== undefined) this.similarityFloor = similarityFloor;
    if (recallFloor !== undefined) this.recallFloor = recallFloor;
    this.#encodingFormat = parsed.encodingFormat;
    this.#sendDimensions = parsed.sendDimensions;
  }

  /** The API root calls go to, e.g. `https://api.openai.com/v1`. */
  get endpoint(): string {
    return this.#connection.endpoint;
  }

  /** One vector per text, in order (`[]` for no texts, without a request); each text gets `documentPrefix`. */
  async embedDocuments(texts: string[], options?: EmbedOptions): Promise<Float32Array[]> {
    const parsed = parseInput(z.array(TextSchema), texts, 'texts');
    const { signal } = parseInput(EmbedOptionsSchema, options ?? {}, 'options');
    const vectors: Float32Array[] = [];
    // One batch at a time: in order, and gentle with rate limits.
    for (let start = 0; start < parsed.length; start += this.batchSize) {
      const batch = parsed.slice(start, start + this.batchSize).map((text) => this.documentPrefix + text);
      vectors.push(...(await this.#embed(batch, (i) => `texts[${start + i}]`, signal)));
    }
    return vectors;
  }

  /** The vector of a search query, which gets `queryPrefix`. */
  async embedQuery(text: string, options?: EmbedOptions): Promise<Float32Array> {
    const parsed = parseInput(TextSchema, text, 'text');
    const { signal } = parseInput(EmbedOptionsSchema, options ?? {}, 'options');
    const [vector] = await this.#embed([this.queryPrefix + parsed], () => 'text', signal);
    return vector!;
  }

  async #embed(inputs: string[], pathOf: (i: number) => string, signal: AbortSignal | undefined): Promise<Float32Array[]> {
    const connection = this.#connection;
    const response: unknown = await connection.send(
      (client, requestOptions) =>
        client.embeddings.create(
          {
            model: this.model,
            input: inputs,
            encoding_format: this.#encodingFormat,
            ...(this.#sendDimensions ? { dimensions: this.dimensions } : {}),
          },
          requestOptions,
        ),
      signal,
    );
    const embeddings = orderedEmbeddings(response, inputs.length);
    if (typeof embeddings === 'string') throw connection.badResponse(embeddings);
    return embeddings.map((embedding, i) => {
      const vector = decodeEmbedding(embedding);
      if (typeof vector === 'string') throw connection.badResponse(`the embedding for ${pathOf(i)} ${vector}`);
      if (vector.length !== this.dimensions) {
        throw new DimensionMismatchError({
          expected: this.dimensions,
          actual: vector.length,
          path: pathOf(i),
          message: `${PROVIDER_NAME}: model "${this.model}" returned ${vector.length} dimensions for ${pathOf(i)}, but this provider is configured with dimensions: ${this.dimensions}`,
        });
      }
      return vector;
    });
  }
}

/**
 * The embeddings of a response in input order: by each item's `index` when every item has one
 * (OpenAI's answer carries them), else as listed; or a sentence saying what is wrong.
 */
function orderedEmbeddings(response: unknown, count: number): unknown[] | string {
  const data = (response as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return 'the answer holds no data array';
  if (data.length !== count) return `it holds ${data.length} embeddings for ${count} inputs`;
  const items = data as { index?: unknown; embedding?: unknown }[];
  if (!items.every((item) => Number.isInteger(item?.index))) return items.map((item) => item?.embedding);
  const ordered: unknown[] = new Array(count);
  const seen = new Set<number>();
  for (const item of items) {
    const index = item.index as number;
    if (index < 0 || index >= count || seen.has(index)) return `its indices are not 0 to ${count - 1} once each`;
    seen.add(index);
    ordered[index] = item.embedding;
  }
  return ordered;
}
