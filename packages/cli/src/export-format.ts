/** The first line of a full export: what the file is and which embedder the source folder used. */
export const EXPORT_FORMAT = 'casual-memory-export';
/**
 * 3: every conflict of the user (resolved ones with their resolution), and `import` restores each
 * memory under its exported id. 2 listed only pending and escalated conflicts; its lines read the same.
 */
export const EXPORT_VERSION = 3;
/** The versions `import` reads. */
export const READABLE_EXPORT_VERSIONS: readonly number[] = [2, EXPORT_VERSION];

export interface ExportHeader {
  kind: 'header';
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  user: string;
  /** The embedder of the source folder (vectors are made again on import, by the target's embedder). */
  embedder: string | null;
}

/** Date fields of the records, as ISO-8601 strings in the file. */
export const MEMORY_DATE_FIELDS = ['validUntil', 'firstSeen', 'lastSeen', 'archivedAt'] as const;
export const CONFLICT_DATE_FIELDS = ['createdAt', 'resolvedAt', 'resolutionAppliedAt'] as const;
