/**
 * What the store needs of a better-sqlite3 `Database` (v12). Declared here, structurally, so the
 * package's types do not require `@types/better-sqlite3`; any better-sqlite3 `Database` fits.
 */
export interface SqliteDatabaseLike {
  /** False once the database was closed. */
  readonly open: boolean;
  /** True for a read-only connection (the store cannot write through one). */
  readonly readonly: boolean;
  prepare(source: string): unknown;
  exec(source: string): unknown;
  loadExtension(path: string, entryPoint?: string): unknown;
  transaction(fn: (...params: never[]) => unknown): unknown;
  close(): unknown;
}
