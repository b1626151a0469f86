import type { DataDir } from './data-dir';

/** Where each part of the memory lives, from the flags and environment (see `--help`). */
export interface Settings {
  dataDir: DataDir;
  qdrantUrl?: string;
  qdrantApiKey?: string;
  qdrantCollection: string;
  databaseUrl?: string;
  /** Put before the conflict table's name on a database server (letters, digits, `_`). */
  tablePrefix?: string;
  redisUrl?: string;
  redisKeyPrefix?: string;
  /** Any of these switches the embedder and the verifiers' fallback to an OpenAI-compatible server. */
  openaiBaseUrl?: string;
  openaiApiKey?: string;
  embeddingModel: string;
  chatModel: string;
  /** The embedding model's vector length (offline: 512 for the sentence encoder, 384 for hashing). */
  dimensions?: number;
  /** The offline embedder asked for with --embedder; by default the data folder's, else the sentence encoder. */
  embedder?: OfflineEmbedder;
  connectTimeoutMs: number;
}

/**
 * `sentence-encoder`: Universal Sentence Encoder lite (@casual-memory/sentence-encoder), a real sentence
 * model run locally. `hashing`: the service's HashingEmbeddingProvider, no model at all (fast, words only).
 */
export type OfflineEmbedder = 'sentence-encoder' | 'hashing';
export const OFFLINE_EMBEDDERS: readonly OfflineEmbedder[] = ['sentence-encoder', 'hashing'];
export const DEFAULT_OFFLINE_EMBEDDER: OfflineEmbedder = 'sentence-encoder';
export const HASHING_DIMENSIONS = 384;
export const DEFAULT_OPENAI_DIMENSIONS = 1536;

export function usesOpenAI(settings: Settings): boolean {
  return settings.openaiBaseUrl !== undefined || settings.openaiApiKey !== undefined;
}
