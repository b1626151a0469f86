import { parseStoreOptions, z } from '@casual-memory/core/backend';

/** Points per upsert request in `addMany` unless `batchSize` says otherwise. */
export const DEFAULT_BATCH_SIZE = 256;
/** Request timeout of the client `QdrantVectorStore.create` makes, in milliseconds, unless `timeout` says otherwise. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** HNSW index parameters for a collection the store creates (Qdrant's `hnsw_config`). */
export interface QdrantHnswOptions {
  /** Edges per node (`m`); 0 disables the global graph, as Qdrant advises for per-tenant search with `payloadM`. */
  m?: number;
  /** Neighbours considered while building (`ef_construct`), 4 or more. */
  efConstruct?: number;
  /** Below this many kilobytes of vectors a filtered search scans instead of walking the graph (`full_scan_threshold`). */
  fullScanThreshold?: number;
  /** Edges per node of the per-payload-value graphs (`payload_m`), built for the tenant field `userId`. */
  payloadM?: number;
}

/** The options of `new QdrantVectorStore(client, options)`. */
export interface QdrantVectorStoreOptions {
  /** The collection holding the memories; created when missing (see `createCollection`). */
  collection: string;
  /** Length of every vector; a collection that exists with another size is a `DimensionMismatchError`. */
  dimensions: number;
  /** Points per upsert request in `addMany` (default 256). */
  batchSize?: number;
  /** Create the collection and its payload indexes when missing (default true). When false, a missing collection is a `NotFoundError`. */
  createCollection?: boolean;
  /** For a collection the store creates: keep payloads on disk rather than in memory (Qdrant's `on_disk_payload`; Qdrant's default when left out). */
  onDiskPayload?: boolean;
  /** For a collection the store creates: HNSW parameters (Qdrant's defaults for those left out). */
  hnsw?: QdrantHnswOptions;
}

/** The options of `QdrantVectorStore.create(options)`: the connection, then the store's options. */
export interface QdrantConnectOptions extends QdrantVectorStoreOptions {
  /** Qdrant's REST address, e.g. `http://localhost:6333` or your Qdrant Cloud cluster's URL. */
  url: string;
  /** API key (Qdrant Cloud, or a server started with one); sent as the `api-key` header. */
  apiKey?: string;
  /** Milliseconds before a request is abandoned as `StoreUnavailableError` (default 30 000). */
  timeout?: number;
}

// Qdrant refuses these characters in collection names; refusing them here names the option instead.
const collectionName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\*<>:|?\0]/.test(name) && name.trim() === name, {
    message: 'must not contain / \\ * < > : | ? or NUL, nor start or end with whitespace',
  });

const hnswSchema = z.strictObject({
  m: z.number().int().min(0).optional(),
  efConstruct: z.number().int().min(4).optional(),
  fullScanThreshold: z.number().int().min(10).optional(),
  payloadM: z.number().int().min(0).optional(),
});

const storeFields = {
  collection: collectionName,
  // Qdrant's limit for a dense vector.
  dimensions: z.number().int().min(1).max(65_536),
  batchSize: z.number().int().min(1).max(100_000).default(DEFAULT_BATCH_SIZE),
  createCollection: z.boolean().default(true),
  onDiskPayload: z.boolean().optional(),
  hnsw: hnswSchema.optional(),
};

/** Strict, so a misspelt key (`dimension`) is a `ValidationError` rather than silently ignored. */
const QdrantVectorStoreOptionsSchema = z.strictObject(storeFields);

const QdrantConnectOptionsSchema = z.strictObject({
  ...storeFields,
  url: z.string().regex(/^https?:\/\/[^\s]+$/, { message: 'must be an http:// or https:// URL' }),
  apiKey: z.string().min(1).optional(),
  timeout: z.number().int().min(1).max(2_147_483_647).default(DEFAULT_TIMEOUT_MS),
});

// The interfaces above are what users read; these lines fail to compile if they and the schemas part ways.
true satisfies SameType<QdrantVectorStoreOptions, z.input<typeof QdrantVectorStoreOptionsSchema>>;
true satisfies SameType<QdrantConnectOptions, z.input<typeof QdrantConnectOptionsSchema>>;
type SameType<A, B> = [A, keyof A] extends [B, keyof B] ? ([B, keyof B] extends [A, keyof A] ? true : false) : false;

export type ParsedQdrantVectorStoreOptions = z.output<typeof QdrantVectorStoreOptionsSchema>;
export type ParsedQdrantConnectOptions = z.output<typeof QdrantConnectOptionsSchema>;

/** Parses the store's options; anything thrown while reading them (a getter, a Proxy) is a `ValidationError` too. */
export function parseQdrantStoreOptions(options: unknown, store: string): ParsedQdrantVectorStoreOptions {
  return parseStoreOptions(QdrantVectorStoreOptionsSchema, options, store);
}

/** Parses the options of `QdrantVectorStore.create`. */
export function parseQdrantConnectOptions(options: unknown, store: string): ParsedQdrantConnectOptions {
  return parseStoreOptions(QdrantConnectOptionsSchema, options, store);
}
