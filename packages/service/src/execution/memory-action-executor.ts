import {
  type ConflictStore,
  type MemoryFact,
  type MemoryFactInput,
  ValidationError,
  type VectorInput,
  type VectorMemoryStore,
} from '@casual-memory/core';
import { DEFAULT_CLARIFICATION_HINT } from '../classification/conflict-category';
import type { MemoryClassificationResult } from '../classification/memory-classification-result';
import { calculateConfidence, calculateDaysSpan } from '../confidence/calculate-confidence';
import { type ActionFailure, attempt } from './action-failure';
import { PENDING_CONFLICT_TAG } from './reserved-tags';

/** What the executor did with a new memory. */
export interface ActionResult {
  /** `added`: stored; `duplicate`: an existing memory counted one more mention; `conflict`: stored, held until the user resolves the conflict. */
  action: 'added' | 'duplicate' | 'conflict';
  /** The new memory's id; for `duplicate`, the existing memory's. */
  memoryId: string;
  /** Memories archived as superseded by the new one (only those really archived). */
  supersededIds: string[];
  /** Conflicts recorded. */
  conflictIds: string[];
  /** The memory the new one duplicates (`duplicate` only). */
  duplicateOf?: string;
  /** Per-memory operations that did not happen (a memory gone, a store error), instead of being ignored. */
  failures: ActionFailure[];
}

export interface MemoryActionExecutorOptions {
  /** The clock (for `firstSeen`, `lastSeen`, `archivedAt`). Default `() => new Date()`. */
  now?: () => Date;
}

/**
 * Carries out a classification on the stores. `add` stores the new memory FIRST and only then
 * archives what it supersedes (superseded by its id), so a failure never leaves a fact archived for a
 * replacement that does not exist. `skip` counts a mention of the duplicate: `mentionCount + 1`,
 * `lastSeen` now, `confidence` recomputed with `calculateConfidence` (never lowered). `conflict`
 * stores the new memory whole, held out of searches (archived and tagged `PENDING_CONFLICT_TAG`),
 * and records a conflict pointing at its real id.
 */
export class MemoryActionExecutor {
  readonly #now: () => Date;

  constructor(
    private readonly vectorStore: VectorMemoryStore,
    private readonly conflictStore: ConflictStore,
    options: MemoryActionExecutorOptions = {},
  ) {
    this.#now = options.now ?? (() => new Date());
  }

  async execute(classification: MemoryClassificationResult, vector: VectorInput): Promise<ActionResult> {
    const outcome = classification.overallOutcome;
    if (outcome === 'add') return this.add(classification, vector);
    if (outcome === 'skip') return this.countMention(classification, vector);
    if (outcome === 'conflict') return this.recordConflict(classification, vector);
    throw new ValidationError({ path: 'classification.overallOutcome', message: `Unknown overall outcome: ${String(outcome)}` });
  }

  private async add(classification: MemoryClassificationResult, vector: VectorInput): Promise<ActionResult> {
    const memory = classification.newMemory;
    const memoryId = await this.vectorStore.add(vector, this.storedForm(memory, {}));
    const failures: ActionFailure[] = [];
    const supersededIds = await this.archiveAll(memory.userId, classification.supersedes, memoryId, failures);
    return { action: 'added', memoryId, supersededIds, conflictIds: [], failures };
  }

  /** Archives `ids` as superseded by `by`; returns those really archived, records the others. */
  async archiveAll(userId: string, ids: readonly string[], by: string, failures: ActionFailure[]): Promise<string[]> {
    const archived: string[] = [];
    for (const id of ids) {
      if (await attempt(failures, id, 'archive', () => this.vectorStore.archiveMemory(userId, id, by))) archived.push(id);
    }
    return archived;
  }

  private async countMention(classification: MemoryClassificationResult, vector: VectorInput): Promise<ActionResult> {
    const memory = classification.newMemory;
    const sameId = classification.sameAs;
    if (sameId === null)
      throw new ValidationError({
        path: 'classification.sameAs',
        message: 'A skip outcome needs the id of the memory it duplicates (sameAs)',
      });
    const existing = await this.vectorStore.getById(memory.userId, sameId);
    const failures: ActionFailure[] = [];
    if (existing !== null) {
      const now = this.#now();
      const old = existing.memory;
      const mentionCount = old.mentionCount + 1;
      const computed = calculateConfidence(mentionCount, calculateDaysSpan(old.firstSeen ?? now, now), 0);
      const patch = { mentionCount, lastSeen: now, confidence: Math.max(old.confidence, computed) };
      if (await attempt(failures, sameId, 'update', () => this.vectorStore.updateMemory(memory.userId, sameId, patch))) {
        return { action: 'duplicate', memoryId: sameId, supersededIds: [], conflictIds: [], duplicateOf: sameId, failures };
      }
    } else {
      failures.push({ memoryId: sameId, operation: 'update', reason: 'not_found', message: `memory "${sameId}" no longer exists` });
    }
    // The duplicate vanished (or could not be updated): keep the statement rather than lose it.
    const added = await this.add({ ...classification, supersedes: [] }, vector);
    return { ...added, failures: [...failures, ...added.failures] };
  }

  private async recordConflict(classification: MemoryClassificationResult, vector: VectorInput): Promise<ActionResult> {
    const memory = classification.newMemory;
    const memoryId = await this.vectorStore.add(
      vector,
      this.storedForm(memory, { archived: true, tags: [...memory.tags, PENDING_CONFLICT_TAG] }),
    );
    const conflictIds: string[] = [];
    try {
      for (const result of classification.similarityResults) {
        if (result.outcome !== 'conflict') continue;
        const meta = result.metadata;
        conflictIds.push(
          await this.conflictStore.addConflict({
            userId: memory.userId,
            memoryAId: result.similar.id,
            memoryBId: memoryId,
            category: stringOr(meta.category, 'factual'),
            similarityScore: unit(result.similar.score),
            avgImportance: unit(
              typeof meta.avgImportance === 'number' ? meta.avgImportance : (result.similar.memory.importance + memory.importance) / 2,
            ),
            clarificationHint: stringOr(meta.clarificationHint, DEFAULT_CLARIFICATION_HINT),
            metadata: {
              memoryAText: result.similar.memory.text,
              memoryBText: memory.text,
              detectionMethod: stringOr(meta.detectionMethod, 'unknown'),
              reason: result.reason,
              // Applied when the new memory becomes current (keep_b, both_valid, merge).
              pendingSupersedes: classification.supersedes,
            },
          }),
        );
      }
    } catch (error) {
      // A held memory without its conflict would never be shown again: remove it (best effort).
      await this.vectorStore.deleteMemory(memory.userId, memoryId).catch(() => false);
      throw error;
    }
    return { action: 'conflict', memoryId, supersededIds: [], conflictIds, failures: [] };
  }

  /** The record to store for a new memory: first and last seen default to now, never archived unless asked. */
  storedForm(memory: MemoryFact, overrides: Partial<MemoryFactInput>): MemoryFactInput {
    const now = this.#now();
    // Copied with Object.assign and extended field by field: in Node 20, a spread followed by keys the
    // source lacks ({ ...memory, firstSeen }) builds the object on a slow path, about 30 times slower.
    const stored: MemoryFactInput = Object.assign({}, memory);
    stored.firstSeen = memory.firstSeen ?? now;
    stored.lastSeen = memory.lastSeen ?? now;
    stored.archived = false;
    Object.assign(stored, overrides);
    // A new memory has neither (`add` refuses them).
    if (!('archivedAt' in stored) && !('supersededBy' in stored)) return stored;
    const { archivedAt: _archivedAt, supersededBy: _supersededBy, ...rest } = stored;
    return rest;
  }
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value : fallback;
}

/** A score or importance in [0, 1]: cosine rounding can give 1.0000001 or a negative (the original then failed validation). */
function unit(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0.5;
}
