import type { MemorySource, MemoryType, ScoredMemory } from '@casual-memory/core';
import { Document } from '@langchain/core/documents';

/** What a memory's `Document` carries besides its text. Dates are ISO-8601 strings. */
export interface MemoryDocumentMetadata {
  id: string;
  /** Cosine similarity to the query. */
  score: number;
  type: MemoryType;
  tags: string[];
  importance: number;
  confidence: number;
  mentionCount: number;
  source?: MemorySource;
  firstSeen?: string;
  lastSeen?: string;
  validUntil?: string;
}

/** A recalled memory as a LangChain `Document`: the text as `pageContent`, the memory id as `id`. */
export function toMemoryDocument(hit: ScoredMemory): Document<MemoryDocumentMetadata> {
  const { memory } = hit;
  const metadata: MemoryDocumentMetadata = {
    id: hit.id,
    score: hit.score,
    type: memory.type,
    tags: [...memory.tags],
    importance: memory.importance,
    confidence: memory.confidence,
    mentionCount: memory.mentionCount,
  };
  if (memory.source !== undefined) metadata.source = memory.source;
  if (memory.firstSeen !== undefined) metadata.firstSeen = memory.firstSeen.toISOString();
  if (memory.lastSeen !== undefined) metadata.lastSeen = memory.lastSeen.toISOString();
  if (memory.validUntil !== undefined) metadata.validUntil = memory.validUntil.toISOString();
  return new Document({ id: hit.id, pageContent: memory.text, metadata });
}
