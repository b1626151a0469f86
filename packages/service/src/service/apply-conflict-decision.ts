import type {
  ConflictStore,
  EmbeddingProvider,
  MemoryConflict,
  MemoryFact,
  StoredMemory,
  VectorInput,
  VectorMemoryStore,
} from '@casual-memory/core';
import { type ActionFailure, attempt, errorFailure, notFoundFailure } from '../execution/action-failure';
import { mergedFromTag, PENDING_CONFLICT_TAG, REJECTED_TAG, userTags } from '../execution/reserved-tags';
import type { ConflictResolutionResult } from './resolve-conflict-types';

export interface ConflictDecisionContext {
  vectorStore: VectorMemoryStore;
  conflictStore: ConflictStore;
  /** Embeds a merge's text when a resumed merge has no vector yet. */
  embedding: EmbeddingProvider;
  now: Date;
}

/**
 * Applies a claimed (resolved) conflict's decision to the vector store, then records it applied.
 * A is the earlier memory, B the new one (held: archived and tagged pending).
 *
 * Every step reads what is stored and does only what is still missing, so running it again after a
 * failure, or after a crash half way, finishes the job and changes nothing done before. Steps are
 * ordered so that the user always has a current fact for the decision, never none: the winner
 * becomes current before the loser is archived (keep_b), the merged memory is added before what it
 * replaces is archived (merge). Only when no step failed with a store error is the conflict marked
 * applied (`markResolutionApplied`); a memory that no longer exists counts as done, for good.
 */
export async function applyConflictDecision(
  context: ConflictDecisionContext,
  conflict: MemoryConflict,
  options: { mergedVector?: VectorInput } = {},
): Promise<ConflictResolutionResult> {
  const steps = new DecisionSteps(context, conflict);
  const decision = conflict.resolutionDecision ?? 'both_valid';
  const a = await steps.read(conflict.memoryAId, 'archive');
  const b = await steps.read(conflict.memoryBId, 'update');
  if (a !== undefined && b !== undefined) {
    if (decision === 'keep_a') await steps.keepA(a, b);
    else if (decision === 'merge') await steps.merge(a, b, options.mergedVector);
    else await steps.keepB(a, b, decision === 'both_valid');
  }
  return steps.finish(decision);
}

class DecisionSteps {
  readonly failures: ActionFailure[] = [];
  readonly currentIds: string[] = [];
  readonly archivedIds: string[] = [];
  mergedMemoryId: string | undefined;
  readonly #store: VectorMemoryStore;
  readonly #user: string;

  constructor(
    private readonly context: ConflictDecisionContext,
    private readonly conflict: MemoryConflict,
  ) {
    this.#store = context.vectorStore;
    this.#user = conflict.userId;
  }

  /** The stored memory, `null` when it is gone (recorded), `undefined` when the store failed (recorded). */
  async read(id: string, operation: ActionFailure['operation']): Promise<StoredMemory | null | undefined> {
    try {
      const found = await this.#store.getById(this.#user, id);
      if (found === null) this.failures.push(notFoundFailure(id, operation));
      return found;
    } catch (thrown) {
      this.failures.push(errorFailure(id, operation, thrown));
      return undefined;
    }
  }

  /** keep_a: B stays archived, now rejected and superseded by A; A stays as it is. */
  async keepA(a: StoredMemory | null, b: StoredMemory | null): Promise<void> {
    if (b !== null) await this.retire(b, a?.id ?? this.conflict.memoryAId, true);
    if (a !== null && !a.memory.archived) this.currentIds.push(a.id);
  }

  /** keep_b: B becomes current, then A is archived, superseded by B. both_valid: B becomes current, A stays. */
  async keepB(a: StoredMemory | null, b: StoredMemory | null, bothValid: boolean): Promise<void> {
    const winner = b !== null && (await this.release(b));
    if (bothValid || !winner) {
      // The loser stays current when the winner could not be made current: never no fact at all.
      if (a !== null && !a.memory.archived) this.currentIds.unshift(a.id);
    } else if (a !== null) {
      await this.archive(a, this.conflict.memoryBId);
    }
    if (winner) {
      this.currentIds.push(this.conflict.memoryBId);
      await this.archiveSuperseded(this.conflict.memoryBId);
    }
  }

  /** merge: the merged memory is added (current) first, then A and B are archived, superseded by it. */
  async merge(a: StoredMemory | null, b: StoredMemory | null, vector: VectorInput | undefined): Promise<void> {
    const merged = await this.mergedMemory(a, b, vector);
    if (merged === undefined) {
      // Nothing replaces A yet: it stays current.
      if (a !== null && !a.memory.archived) this.currentIds.push(a.id);
      return;
    }
    this.mergedMemoryId = merged.id;
    this.currentIds.push(merged.id);
    if (a !== null) await this.archive(a, merged.id);
    if (b !== null) await this.retire(b, merged.id, false);
    await this.archiveSuperseded(merged.id);
    const tag = mergedFromTag(this.conflict.id);
    if (merged.tags.includes(tag)) {
      const tags = merged.tags.filter((kept) => kept !== tag);
      await attempt(this.failures, merged.id, 'update', () => this.#store.updateMemory(this.#user, merged.id, { tags }));
    }
  }

  /** Records the outcome; marks the conflict applied when nothing is left that a retry could do. */
  async finish(decision: ConflictResolutionResult['decision']): Promise<ConflictResolutionResult> {
    let complete = false;
    if (!this.failures.some((failure) => failure.reason === 'error')) {
      try {
        await this.context.conflictStore.markResolutionApplied(this.#user, this.conflict.id);
        complete = true;
      } catch (thrown) {
        this.failures.push(errorFailure(this.conflict.id, 'mark_applied', thrown));
      }
    }
    const result: ConflictResolutionResult = {
      applied: true,
      complete,
      resumed: false,
      conflictId: this.conflict.id,
      decision,
      currentIds: this.currentIds,
      archivedIds: this.archivedIds,
      failures: this.failures,
    };
    if (this.mergedMemoryId !== undefined) result.mergedMemoryId = this.mergedMemoryId;
    return result;
  }

  /** Makes held B current; true when B is current afterwards. */
  private async release(b: StoredMemory): Promise<boolean> {
    if (!b.memory.tags.includes(PENDING_CONFLICT_TAG)) return !b.memory.archived;
    const patch = { archived: false, archivedAt: null, supersededBy: null, tags: userTags(b.memory.tags) };
    return attempt(this.failures, b.id, 'update', () => this.#store.updateMemory(this.#user, b.id, patch));
  }

  /** Archives held B for good, superseded by `by` (and tagged rejected for keep_a). */
  private async retire(b: StoredMemory, by: string, rejected: boolean): Promise<void> {
    if (!b.memory.tags.includes(PENDING_CONFLICT_TAG)) {
      if (b.memory.archived) this.archivedIds.push(b.id);
      return;
    }
    const tags = rejected ? [...userTags(b.memory.tags), REJECTED_TAG] : userTags(b.memory.tags);
    const patch = { archived: true, archivedAt: this.context.now, supersededBy: by, tags };
    if (await attempt(this.failures, b.id, 'update', () => this.#store.updateMemory(this.#user, b.id, patch))) this.archivedIds.push(b.id);
  }

  /** Archives a current memory superseded by `by`; one already archived by `by` counts as done, one archived otherwise is left alone. */
  private async archive(memory: StoredMemory, by: string): Promise<void> {
    if (memory.memory.archived) {
      if (memory.memory.supersededBy === by) this.archivedIds.push(memory.id);
      return;
    }
    if (await attempt(this.failures, memory.id, 'archive', () => this.#store.archiveMemory(this.#user, memory.id, by))) {
      this.archivedIds.push(memory.id);
    }
  }

  /** What B was classified to supersede, archived now that B (or the merge) is current. */
  private async archiveSuperseded(by: string): Promise<void> {
    for (const id of stringList(this.conflict.metadata.pendingSupersedes)) {
      const stored = await this.read(id, 'archive');
      if (stored) await this.archive(stored, by);
    }
  }

  /** The merged memory an earlier attempt added, or a new one; undefined when neither could be had (recorded). */
  private async mergedMemory(
    a: StoredMemory | null,
    b: StoredMemory | null,
    vector: VectorInput | undefined,
  ): Promise<{ id: string; tags: string[] } | undefined> {
    const tag = mergedFromTag(this.conflict.id);
    const text = this.conflict.mergedText ?? '';
    try {
      const query = vector ?? (await this.embed(text));
      const [found] = await this.#store.search(this.#user, query, {
        topK: 1,
        minScore: -1,
        filter: { tags: [tag], includeArchived: true, includeExpired: true },
      });
      if (found !== undefined) return { id: found.id, tags: found.memory.tags };
      // An attempt that got as far as removing the tag archived A or B superseded by the merged memory.
      for (const side of [a, b]) {
        const by = side?.memory.archived === true ? side.memory.supersededBy : undefined;
        const earlier = by === undefined ? null : await this.#store.getById(this.#user, by);
        if (earlier !== null && earlier.memory.text === text) return { id: earlier.id, tags: earlier.memory.tags };
      }
      const memory = mergedFact(text, a?.memory ?? null, b?.memory ?? null, this.#user, this.context.now, tag);
      return { id: await this.#store.add(query, memory), tags: memory.tags };
    } catch (thrown) {
      this.failures.push(errorFailure(this.conflict.id, 'add', thrown));
      return undefined;
    }
  }

  private async embed(text: string): Promise<Float32Array> {
    const [vector] = await this.context.embedding.embedDocuments([text]);
    return vector as Float32Array;
  }
}

/** The merged memory: the new text, the later memory's type and source, the union of tags, the stronger numbers. */
function mergedFact(text: string, earlier: MemoryFact | null, later: MemoryFact | null, userId: string, now: Date, tag: string) {
  const sides = [earlier, later].filter((side): side is MemoryFact => side !== null);
  const firstSeen = sides.map((side) => side.firstSeen?.getTime() ?? now.getTime());
  const base = later ?? earlier;
  return {
    text,
    type: base?.type ?? 'fact',
    userId,
    tags: [...new Set(sides.flatMap((side) => userTags(side.tags))), tag],
    importance: strongest(
      sides.map((side) => side.importance),
      0.5,
    ),
    confidence: strongest(
      sides.map((side) => side.confidence),
      0.5,
    ),
    mentionCount: strongest(
      sides.map((side) => side.mentionCount),
      1,
    ),
    firstSeen: new Date(Math.min(now.getTime(), ...firstSeen)),
    lastSeen: now,
    ...(base?.source === undefined ? {} : { source: base.source }),
    ...(later?.validUntil === undefined ? {} : { validUntil: later.validUntil }),
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function strongest(values: number[], fallback: number): number {
  return values.length === 0 ? fallback : Math.max(...values);
}
