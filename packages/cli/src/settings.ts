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
  /** The embedding model's vector length (the offline embedder: 384). */
  dimensions?: number;
  connectTimeoutMs: number;
}

export const OFFLINE_DIMENSIONS = 384;
export const DEFAULT_OPENAI_DIMENSIONS = 1536;

export function usesOpenAI(settings: Settings): boolean {
  return settings.openaiBaseUrl !== undefined || settings.openaiApiKey !== undefined;
}
