import type { MemoryFilter } from '@casual-memory/core';
import { parseStoreOptions, z } from '@casual-memory/core/backend';
import type { MemoryService } from '@casual-memory/service';
import type { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import { type MemoryDocumentMetadata, toMemoryDocument } from './memory-document';
import { memoryServiceSchema, userIdSchema } from './memory-service-schema';

export interface CasualMemoryRetrieverOptions extends BaseRetrieverInput {
  service: MemoryService;
  /** Whose memories: set by your application. */
  userId: string;
  /** Most documents returned. Default: the service's `queryTopK` (5). */
  topK?: number;
  /** Lowest similarity returned. Default: the service's `queryMinScore`. */
  minScore?: number;
  /** Types, tags, importance, expiry (core's `MemoryFilter`). */
  filter?: MemoryFilter;
}

const OptionsSchema = z.looseObject({
  service: memoryServiceSchema,
  userId: userIdSchema,
  topK: z.number().int().min(0).optional(),
  minScore: z.number().min(-1).max(1).optional(),
  filter: z.record(z.string(), z.unknown()).optional(),
});

/**
 * A LangChain retriever over one user's memories: `MemoryService.query`, as `Document`s with the
 * memory id, score, type, tags and counts in `metadata`. Memories held by a pending conflict and
 * superseded ones are never returned. Errors (a store that is down) reject, as LangChain retrievers do.
 */
export class CasualMemoryRetriever extends BaseRetriever<MemoryDocumentMetadata> {
  lc_namespace = ['casual_memory', 'retrievers'];
  readonly service: MemoryService;
  readonly userId: string;
  readonly topK: number | undefined;
  readonly minScore: number | undefined;
  readonly filter: MemoryFilter | undefined;

  static override lc_name(): string {
    return 'CasualMemoryRetriever';
  }

  constructor(options: CasualMemoryRetrieverOptions) {
    const parsed = parseStoreOptions(OptionsSchema, options, 'CasualMemoryRetriever');
    const { service, userId, topK, minScore, filter, ...base } = options;
    super(base);
    this.service = parsed.service;
    this.userId = parsed.userId;
    this.topK = topK;
    this.minScore = minScore;
    this.filter = filter;
  }

  override async _getRelevantDocuments(query: string): Promise<Document<MemoryDocumentMetadata>[]> {
    const hits = await this.service.query(this.userId, query, {
      ...(this.topK === undefined ? {} : { topK: this.topK }),
      ...(this.minScore === undefined ? {} : { minScore: this.minScore }),
      ...(this.filter === undefined ? {} : { filter: this.filter }),
    });
    return hits.map(toMemoryDocument);
  }
}
