export { PAYLOAD_INDEXES } from './collection-bootstrap';
export type { QdrantClientLike } from './qdrant-client-like';
export { QdrantVectorStore } from './qdrant-vector-store';
export type { QdrantConnectOptions, QdrantHnswOptions, QdrantVectorStoreOptions } from './qdrant-vector-store-options';
