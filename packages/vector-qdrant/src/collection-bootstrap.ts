import { DimensionMismatchError, NotFoundError, ValidationError } from '@casual-memory/core';
import type { Schemas } from '@qdrant/js-client-rest';
import type { QdrantClientLike } from './qdrant-client-like';
import type { ParsedQdrantVectorStoreOptions } from './qdrant-vector-store-options';

/** The payload indexes the store's filters use; `userId` is the tenant field every request filters on. */
export const PAYLOAD_INDEXES: readonly { field: string; schema: Schemas['PayloadFieldSchema'] }[] = [
  { field: 'userId', schema: { type: 'keyword', is_tenant: true } },
  { field: 'type', schema: 'keyword' },
  { field: 'tags', schema: 'keyword' },
  { field: 'archived', schema: 'bool' },
  { field: 'importance', schema: 'float' },
  { field: 'validUntil', schema: 'datetime' },
];

/**
 * Makes the collection ready before the first read or write: creates it when missing (cosine
 * distance, `dimensions`-sized single vector, the on-disk payload and HNSW options), checks an
 * existing one holds vectors of the same size and distance (`DimensionMismatchError` or
 * `ValidationError` otherwise, so nothing is ever written into a collection of another shape), and
 * creates the payload indexes it lacks. Safe to run from several processes at once.
 */
export async function ensureCollection(client: QdrantClientLike, options: ParsedQdrantVectorStoreOptions): Promise<void> {
  const { collection, dimensions } = options;
  if (!(await client.collectionExists(collection)).exists) {
    if (!options.createCollection) throw new NotFoundError({ resource: 'Qdrant collection', id: collection });
    try {
      await client.createCollection(collection, {
        vectors: { size: dimensions, distance: 'Cosine' },
        ...(options.onDiskPayload !== undefined ? { on_disk_payload: options.onDiskPayload } : {}),
        ...(options.hnsw !== undefined ? { hnsw_config: hnswConfig(options.hnsw) } : {}),
      });
    } catch (thrown) {
      // Another process may have created it in the meantime: then it is checked like any existing one.
      if (!(await client.collectionExists(collection)).exists) throw thrown;
    }
  }
  const info = await client.getCollection(collection);
  checkVectors(collection, dimensions, info.config.params.vectors);
  const indexed = info.payload_schema ?? {};
  for (const { field, schema } of PAYLOAD_INDEXES) {
    if (indexed[field] !== undefined) continue;
    await client.createPayloadIndex(collection, { field_name: field, field_schema: schema, wait: true });
  }
}

function hnswConfig(hnsw: NonNullable<ParsedQdrantVectorStoreOptions['hnsw']>): Schemas['HnswConfigDiff'] {
  return {
    ...(hnsw.m !== undefined ? { m: hnsw.m } : {}),
    ...(hnsw.efConstruct !== undefined ? { ef_construct: hnsw.efConstruct } : {}),
    ...(hnsw.fullScanThreshold !== undefined ? { full_scan_threshold: hnsw.fullScanThreshold } : {}),
    ...(hnsw.payloadM !== undefined ? { payload_m: hnsw.payloadM } : {}),
  };
}

function checkVectors(collection: string, dimensions: number, vectors: Schemas['VectorsConfig'] | undefined): void {
  const single = vectors as Partial<Schemas['VectorParams']> | undefined;
  if (single === undefined || typeof single.size !== 'number') {
    throw new ValidationError({
      path: 'collection',
      message: `Qdrant collection "${collection}" has named or no dense vectors; this store needs a collection with one unnamed vector`,
    });
  }
  if (single.size !== dimensions) {
    throw new DimensionMismatchError({
      expected: single.size,
      actual: dimensions,
      path: 'dimensions',
      message: `Qdrant collection "${collection}" holds ${single.size}-dimensional vectors, but the store was opened with dimensions: ${dimensions}`,
    });
  }
  if (single.distance !== 'Cosine') {
    throw new ValidationError({
      path: 'collection',
      message: `Qdrant collection "${collection}" uses ${String(single.distance)} distance; this store needs Cosine (its scores are cosine similarities)`,
    });
  }
}
