import type { QdrantClient } from '@qdrant/js-client-rest';

/**
 * The client methods the store calls. A structural type rather than the class, so a client from
 * another copy of `@qdrant/js-client-rest` (or a wrapper of one) is accepted too.
 */
export type QdrantClientLike = Pick<
  QdrantClient,
  | 'collectionExists'
  | 'getCollection'
  | 'createCollection'
  | 'createPayloadIndex'
  | 'upsert'
  | 'query'
  | 'scroll'
  | 'count'
  | 'setPayload'
  | 'delete'
>;
