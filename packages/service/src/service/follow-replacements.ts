import type { ScoredMemory, StoredMemory } from '@casual-memory/core';
import { PENDING_CONFLICT_TAG } from '../execution/reserved-tags';

// How many "superseded by" links are followed from an archived hit to the memory that holds now.
const MAX_HOPS = 4;

// Taken off the score an archived hit passes to what replaced it: it ranks just under a current hit as close to
// the question. Recall@3 on the training streams, sentence encoder, offline: everyday 2 88.3% -> 91.7%, 3 86.7%
// -> 88.3%, 4 75.0% -> 84.4% (outranked 51 -> 43 over all six streams); hashing and with the perfect model none
// lower. 0 gained as much with the sentence encoder but outranked 2 more and lost on hashing; 0.1 gained less.
const REPLACED_OFFSET = 0.05;

/** Current: not archived and not expired at `now`. */
const holdsNow = (memory: StoredMemory['memory'], now: Date): boolean =>
  !memory.archived && (memory.validUntil === undefined || memory.validUntil.getTime() >= now.getTime());

/**
 * The current hits with the memories that replaced archived hits: "atorvastatin 40mg at night for the
 * cholesterol", archived by "Dr Keane switched me to rosuvastatin 10mg", answers "what cholesterol tablet am I
 * on?" with the rosuvastatin, which shares no word with the question. A replacement gets its archived hit's score
 * less REPLACED_OFFSET, but not under `minScore` (or keeps its own, if higher). Held statements (archived while a conflict is open) are not
 * followed; each memory is looked up once.
 */
export async function withReplacements(
  found: readonly ScoredMemory[],
  withArchived: readonly ScoredMemory[],
  getById: (id: string) => Promise<StoredMemory | null>,
  now: Date,
  minScore: number,
): Promise<ScoredMemory[]> {
  const byId = new Map(found.map((hit) => [hit.id, hit]));
  const looked = new Map<string, Promise<StoredMemory | null>>();
  const lookUp = (id: string) => {
    const known = looked.get(id);
    if (known !== undefined) return known;
    const memory = getById(id);
    looked.set(id, memory);
    return memory;
  };
  for (const hit of withArchived) {
    if (!hit.memory.archived || hit.memory.tags.includes(PENDING_CONFLICT_TAG)) continue;
    let next = hit.memory.supersededBy;
    let replacement: StoredMemory | null = null;
    for (let hop = 0; next !== undefined && hop < MAX_HOPS; hop++) {
      replacement = await lookUp(next);
      if (replacement === null || holdsNow(replacement.memory, now)) break;
      next = replacement.memory.supersededBy;
    }
    if (replacement === null || !holdsNow(replacement.memory, now)) continue;
    // Never under the query's floor, which the archived hit cleared: a score under it would read as a broken promise.
    const score = Math.max(hit.score - REPLACED_OFFSET, minScore);
    const known = byId.get(replacement.id);
    if (known === undefined || known.score < score) byId.set(replacement.id, { ...replacement, score });
  }
  return [...byId.values()].sort((a, b) => b.score - a.score);
}
