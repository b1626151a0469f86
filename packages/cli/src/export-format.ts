/** The first line of a full export: what the file is and which embedder the source folder used. */
export const EXPORT_FORMAT = 'casual-memory-export';
/**
 * 3: every conflict of the user (resolved ones with their resolution), and `import` restores each
 * memory under its exported id. 2 listed only pending and escalated conflicts; its lines read the same.
 */
export const EXPORT_VERSION = 3;
/**
 * 4 (`export --with-vectors`): as 3, and each memory line carries its stored vector (`vector`, in
 * `VECTOR_ENCODING`), the header their `dimensions` and `vectorEncoding`. A reader of version 3 would
 * refuse the `vector` field, hence a version of its own; an export without vectors stays version 3.
 */
export const VECTORS_EXPORT_VERSION = 4;
/** The versions `import` reads. */
export const READABLE_EXPORT_VERSIONS: readonly number[] = [2, EXPORT_VERSION, VECTORS_EXPORT_VERSION];

export interface ExportHeader {
  kind: 'header';
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION | typeof VECTORS_EXPORT_VERSION;
  user: string;
  /** The embedder of the source folder: with vectors, `import` stores them only into a folder of the same embedder; else it embeds. */
  embedder: string | null;
  /** Version 4: the length of every memory's `vector`. */
  dimensions?: number;
  /** Version 4: how each `vector` is written (`VECTOR_ENCODING`). */
  vectorEncoding?: string;
}

/** Date fields of the records, as ISO-8601 strings in the file. */
export const MEMORY_DATE_FIELDS = ['validUntil', 'firstSeen', 'lastSeen', 'archivedAt'] as const;
export const CONFLICT_DATE_FIELDS = ['createdAt', 'resolvedAt', 'resolutionAppliedAt'] as const;
