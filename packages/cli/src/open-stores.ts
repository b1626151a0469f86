import { existsSync } from 'node:fs';
import {
  type ChatProvider,
  type ConflictStore,
  CorruptDataError,
  type EmbeddingProvider,
  type ShortTermStore,
  type VectorMemoryStore,
} from '@casual-memory/core';
import { CliError } from './cli-error';
import { EXIT_CODES } from './exit-codes';
import { lazyConflictStore } from './lazy-conflict-store';
import { loadOptional } from './load-optional';
import { noConflictsYet } from './no-conflicts-yet';
import type { Access } from './session';
import { DEFAULT_OFFLINE_EMBEDDER, DEFAULT_OPENAI_DIMENSIONS, HASHING_DIMENSIONS, type Settings, usesOpenAI } from './settings';

/** Universal Sentence Encoder lite's vector length (the package's DIMENSIONS, without importing it early). */
const SENTENCE_ENCODER_DIMENSIONS = 512;

/** The concrete parts behind one command: the only place the CLI picks packages. */
export interface OpenedStores {
  vectorStore: VectorMemoryStore;
  conflictStore: ConflictStore;
  shortTermStore?: ShortTermStore;
  embedding?: EmbeddingProvider;
  chat?: ChatProvider;
  /** What is used, for `stats` and `--help`: e.g. `{ vectors: 'SQLite /path/vectors.sqlite (sqlite-vec)', … }`. */
  parts: Record<'vectors' | 'conflicts' | 'shortTerm' | 'models', string>;
  close(): Promise<void>;
}

/** Where the SQLite stores open their files: the data folder's, or a read command's private copies of them. */
export interface StoreFiles {
  access: Access;
  file(name: string): string;
  /** Said after the path in `stats` (e.g. that a copy is read). */
  note?: string;
  /** Runs an opening that may create or migrate a file holding the folder's opening lock (see `withFolderLock`). */
  underOpeningLock<T>(body: () => Promise<T>): Promise<T>;
}

/**
 * Opens each part: embedded files in the data directory by default, a server when its flag is given.
 * What was opened before a failure is closed again, so a bad URL leaves nothing behind.
 */
export async function openStores(
  settings: Settings,
  files: StoreFiles = { access: 'write', file: (name) => settings.dataDir.file(name), underOpeningLock: (body) => body() },
): Promise<OpenedStores> {
  const opened: { close(): Promise<void> }[] = [];
  const closeAll = async () => {
    await Promise.allSettled(opened.reverse().map((store) => store.close()));
  };
  try {
    const models = await openModels(settings);
    if (models.close !== undefined) opened.push({ close: models.close });
    settings.dataDir.checkEmbedder(models.embedder, files.access);

    const vectors = await openVectorStore(settings, files, models.dimensions);
    opened.push(vectors.store);
    const conflicts = await openConflictStore(settings, files);
    opened.push(conflicts.store);
    const shortTerm = await openShortTermStore(settings);
    if (shortTerm !== undefined) opened.push(shortTerm.store);

    return {
      vectorStore: vectors.store,
      conflictStore: conflicts.store,
      ...(shortTerm === undefined ? {} : { shortTermStore: shortTerm.store }),
      ...(models.embedding === undefined ? {} : { embedding: models.embedding }),
      ...(models.chat === undefined ? {} : { chat: models.chat }),
      parts: {
        vectors: vectors.description,
        conflicts: conflicts.description,
        shortTerm: shortTerm?.description ?? 'none (no --redis-url)',
        models: models.description,
      },
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

interface Models {
  embedder: string;
  dimensions: number;
  embedding?: EmbeddingProvider;
  chat?: ChatProvider;
  description: string;
  /** Frees what the models hold (the sentence encoder's tensors). */
  close?: () => Promise<void>;
}

async function openModels(settings: Settings): Promise<Models> {
  if (!usesOpenAI(settings)) return openOfflineModels(settings);
  if (settings.embedder !== undefined) {
    throw new CliError(
      '--embedder picks the offline embedder; with --openai-base-url or OPENAI_API_KEY the server embeds (--embedding-model)',
      EXIT_CODES.usage,
      'USAGE',
    );
  }
  const { OpenAIChatProvider, OpenAIEmbeddingProvider } = await loadOptional(
    () => import('@casual-memory/openai'),
    '--openai-base-url / OPENAI_API_KEY',
    'openai',
  );
  const dimensions = settings.dimensions ?? DEFAULT_OPENAI_DIMENSIONS;
  const endpoint = {
    ...(settings.openaiBaseUrl === undefined ? {} : { baseURL: settings.openaiBaseUrl }),
    ...(settings.openaiApiKey === undefined ? {} : { apiKey: settings.openaiApiKey }),
  };
  return {
    embedder: `openai:${settings.embeddingModel}:${dimensions}`,
    dimensions,
    embedding: new OpenAIEmbeddingProvider({ model: settings.embeddingModel, dimensions, ...endpoint }),
    chat: new OpenAIChatProvider({ model: settings.chatModel, ...endpoint }),
    description: `${settings.embeddingModel} (${dimensions} d) and ${settings.chatModel} at ${settings.openaiBaseUrl ?? 'OpenAI'}`,
  };
}

/**
 * Offline: the sentence encoder by default, or the hashing embedder with --embedder hashing. Without
 * the flag a data folder keeps the embedder it was made with. Heuristic verifiers either way.
 */
async function openOfflineModels(settings: Settings): Promise<Models> {
  const recorded = settings.dataDir.recordedEmbedder();
  const embedder = settings.embedder ?? (recorded?.startsWith('hashing-') ? 'hashing' : DEFAULT_OFFLINE_EMBEDDER);
  const dimensions = embedder === 'hashing' ? HASHING_DIMENSIONS : SENTENCE_ENCODER_DIMENSIONS;
  if (settings.dimensions !== undefined && settings.dimensions !== dimensions) {
    throw new CliError(`--dimensions is for an embedding model; the ${embedder} embedder makes ${dimensions}`, EXIT_CODES.usage, 'USAGE');
  }
  if (embedder === 'hashing') {
    // The service's own default embedder: no model, no dependency.
    return { embedder: `hashing-${HASHING_DIMENSIONS}`, dimensions, description: 'offline (hashing embedder, heuristic verifiers)' };
  }
  const { SentenceEncoderEmbeddingProvider } = await loadOptional(
    () => import('@casual-memory/sentence-encoder'),
    'the sentence encoder (the default offline embedder; --embedder hashing needs nothing)',
    '@casual-memory/sentence-encoder',
  );
  // Loads on the first embedding: commands that embed nothing (stats, conflicts, history) stay fast.
  const embedding = new SentenceEncoderEmbeddingProvider();
  return {
    embedder: embedding.modelId,
    dimensions,
    embedding,
    close: () => embedding.close(),
    description: `offline (sentence encoder ${embedding.modelId} on ${embedding.backend}, heuristic verifiers)`,
  };
}

async function openVectorStore(
  settings: Settings,
  files: StoreFiles,
  dimensions: number,
): Promise<{ store: VectorMemoryStore; description: string }> {
  if (settings.qdrantUrl !== undefined) {
    const { QdrantVectorStore } = await loadOptional(
      () => import('@casual-memory/vector-qdrant'),
      '--qdrant-url',
      '@qdrant/js-client-rest',
    );
    const store = await QdrantVectorStore.create({
      url: settings.qdrantUrl,
      ...(settings.qdrantApiKey === undefined ? {} : { apiKey: settings.qdrantApiKey }),
      collection: settings.qdrantCollection,
      dimensions,
    });
    return { store, description: `Qdrant ${redactUrl(settings.qdrantUrl)}, collection ${settings.qdrantCollection}` };
  }
  const { SqliteVectorStore } = await loadOptional(() => import('@casual-memory/vector-sqlite'), 'the vector store', 'better-sqlite3');
  const store = await SqliteVectorStore.open({ path: files.file('vectors.sqlite'), dimensions, busyTimeout: settings.connectTimeoutMs });
  return { store, description: `SQLite ${settings.dataDir.file('vectors.sqlite')} (sqlite-vec)${files.note ?? ''}` };
}

async function openConflictStore(settings: Settings, files: StoreFiles): Promise<{ store: ConflictStore; description: string }> {
  const timeouts = { connectTimeoutMs: settings.connectTimeoutMs, statementTimeoutMs: Math.max(settings.connectTimeoutMs, 5000) };
  if (settings.databaseUrl !== undefined) {
    const { TypeORMConflictStore } = await loadConflictsTypeorm();
    const { type, url } = serverOf(settings.databaseUrl);
    const store = await loadOptional(
      () =>
        TypeORMConflictStore.create({
          type,
          url,
          migrate: true,
          poolSize: 2,
          ...timeouts,
          ...(settings.tablePrefix === undefined ? {} : { tablePrefix: settings.tablePrefix }),
        }),
      '--database-url',
      type === 'postgres' ? 'pg' : 'mysql2',
    );
    return { store, description: `${type} ${redactUrl(url)}` };
  }
  const path = files.file('conflicts.sqlite');
  // Made by the first conflict recorded: until then a read command reads none, and does not create it.
  const exists = existsSync(path);
  const description = `SQLite ${settings.dataDir.file('conflicts.sqlite')}${exists ? '' : ' (none yet)'}${files.note ?? ''}`;
  if (!exists && files.access === 'read') return { store: noConflictsYet(), description };
  // Damage is found now, before the command changes anything, though the store opens later.
  await checkSqliteReadable(path, settings.connectTimeoutMs);
  // TypeORM (a third of a second to import) loads only when a conflict is first read or recorded.
  const store = lazyConflictStore(() =>
    files.underOpeningLock(async () => {
      const { TypeORMConflictStore } = await loadConflictsTypeorm();
      return TypeORMConflictStore.create({ type: 'better-sqlite3', database: path, migrate: true, ...timeouts });
    }),
  );
  return { store, description };
}

function loadConflictsTypeorm() {
  return loadOptional(() => import('@casual-memory/conflicts-typeorm'), 'the conflict store', 'typeorm better-sqlite3');
}

/** The better-sqlite3 calls the check below makes (the CLI has no types for the driver it peers on). */
type SqliteDatabase = new (
  path: string,
  options: { fileMustExist: boolean; timeout: number },
) => { prepare(sql: string): { get(): unknown }; close(): void };

/**
 * Reads the schema of an existing SQLite file: a file with SQLite's header but damaged pages is
 * corrupt data (exit 5) before anything is written, as an empty or foreign one is (`checkStoreFiles`).
 */
async function checkSqliteReadable(path: string, timeout: number): Promise<void> {
  if (!existsSync(path)) return;
  const driver = 'better-sqlite3';
  const loaded = (await loadOptional(() => import(driver), 'the conflict store', driver)) as { default: SqliteDatabase };
  let db: InstanceType<SqliteDatabase> | undefined;
  try {
    db = new loaded.default(path, { fileMustExist: true, timeout });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (thrown) {
    const code = String((thrown as { code?: unknown }).code ?? '');
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
      throw new CorruptDataError({ record: path, issues: [{ path: '', message: (thrown as Error).message }], cause: thrown });
    throw thrown;
  } finally {
    db?.close();
  }
}

/** postgres:// (postgresql://), mysql:// or mariadb:// (sent to mysql2 as mysql://). */
function serverOf(databaseUrl: string): { type: 'postgres' | 'mysql' | 'mariadb'; url: string } {
  const scheme = /^([a-z]+):\/\//i.exec(databaseUrl)?.[1]?.toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') return { type: 'postgres', url: databaseUrl };
  if (scheme === 'mysql') return { type: 'mysql', url: databaseUrl };
  if (scheme === 'mariadb') return { type: 'mariadb', url: databaseUrl.replace(/^mariadb:/i, 'mysql:') };
  throw new CliError('--database-url must start with postgres://, mysql:// or mariadb://', EXIT_CODES.usage, 'USAGE');
}

/** A URL without its password, for what the command prints. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}

async function openShortTermStore(settings: Settings): Promise<{ store: ShortTermStore; description: string } | undefined> {
  if (settings.redisUrl === undefined) return undefined;
  const { RedisShortTermStore } = await loadOptional(() => import('@casual-memory/short-term-redis'), '--redis-url', 'redis');
  const store = await RedisShortTermStore.create({
    url: settings.redisUrl,
    connectTimeoutMs: settings.connectTimeoutMs,
    ...(settings.redisKeyPrefix === undefined ? {} : { keyPrefix: settings.redisKeyPrefix }),
  });
  return { store, description: `Redis ${redactUrl(settings.redisUrl)}` };
}
