import type { MemoryType, ScoredMemory } from '@casual-memory/core';

/** A memory as tools and the prompt context give it: plain JSON, dates as ISO-8601 strings. */
export interface RecalledMemory {
  id: string;
  text: string;
  type: MemoryType;
  /** Cosine similarity to the query, rounded to 3 decimals. */
  score: number;
  tags: string[];
  confidence: number;
  mentionCount: number;
  lastSeen?: string;
  validUntil?: string;
}

export function toRecalledMemory(hit: ScoredMemory): RecalledMemory {
  const { memory } = hit;
  const recalled: RecalledMemory = {
    id: hit.id,
    text: memory.text,
    type: memory.type,
    score: Math.round(hit.score * 1000) / 1000,
    tags: [...memory.tags],
    confidence: memory.confidence,
    mentionCount: memory.mentionCount,
  };
  if (memory.lastSeen !== undefined) recalled.lastSeen = memory.lastSeen.toISOString();
  if (memory.validUntil !== undefined) recalled.validUntil = memory.validUntil.toISOString();
  return recalled;
}
