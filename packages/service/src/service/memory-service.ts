import {
  type ConflictStore,
  type EmbeddingProvider,
  InProcessUserLock,
  MAX_LIST_LIMIT,
  type MemoryConflict,
  type MemoryFact,
  type MemoryFactInput,
  type ScoredMemory,
  type SearchOptions,
  ValidationError,
  type VectorMemoryStore,
} from '@casual-memory/core';
import {
  parseConflictResolution,
  parseId,
  parseMemoryFact,
  parseOptions,
  parseStoreOptions,
  parseUserId,
  z,
} from '@casual-memory/core/backend';
import { AutoResolutionClassifier } from '../classification/auto-resolution-classifier';
import { checkCount, isCosine } from '../classification/check-unit-interval';
import { ConflictClassifier } from '../classification/conflict-classifier';
import { DuplicateClassifier } from '../classification/duplicate-classifier';
import { JudgeClassifier } from '../classification/judge-classifier';
import { MemoryClassificationPipeline } from '../classification/memory-classification-pipeline';
import { NliClassifier } from '../classification/nli-classifier';
import type { MemoryClassifier } from '../classification/similarity-result';
import type { ActionFailure } from '../execution/action-failure';
import { MemoryActionExecutor } from '../execution/memory-action-executor';
import { checkUserTags, PENDING_CONFLICT_TAG, REJECTED_TAG, userTags } from '../execution/reserved-tags';
import { LlmConflictVerifier } from '../llm/llm-conflict-verifier';
import { LlmDuplicateDetector } from '../llm/llm-duplicate-detector';
import { LlmPairJudge } from '../llm/llm-pair-judge';
import { type CallCounts, countCall, emptyCallCounts } from '../observability/call-counts';
import { HeuristicPairJudge } from '../offline/heuristic-pair-judge';
import { saysSettled } from '../offline/says-settled';
import { worthReadingWeakly } from '../offline/states-same-thing';
import { defaultConflictVerifier, defaultDuplicateDetector, defaultEmbedding, defaultNli } from '../verification/offline-defaults';
import { TieredConflictVerifier } from '../verification/tiered-conflict-verifier';
import { TieredDuplicateDetector } from '../verification/tiered-duplicate-detector';
import type { ConflictVerifier, DuplicateDetector } from '../verification/verdicts';
import type { AddResult } from './add-result';
import type { ConflictDecisionContext } from './apply-conflict-decision';
import { bindDeadline, CALL_OPTION_FIELDS, type CallOptions, type Deadline, typedError, withDeadline } from './call-deadline';
import { allMemories } from './each-memory';
import { withReplacements } from './follow-replacements';
import { type ForgetResult, forgetMemory } from './forget-memory';
import { guardChat, guardEmbedding, guardMethods } from './guard-dependencies';
import { type AddOptions, AddOptionsSchema, type MemoryServiceOptions, MemoryServiceOptionsSchema } from './memory-service-options';
import { ASKS_OWN_NAME, INTRODUCTION_PROBE, saysOwnName, withIntroductions } from './own-name';
import { questionKeywords, withKeywordHits, worthAKeywordSearch } from './question-keywords';
import { inFirstPerson, RANKED_AT_LEAST, RERANK_EXTRA, rankTold, theUserAsI } from './rank-for-question';
import { repairUser } from './repair-user';
import { resolveConflictOnce } from './resolve-conflict';
import type { ConflictDecision, ConflictResolutionResult, HistoryEntry, RepairResult } from './resolve-conflict-types';
import { type RestoreResult, restoreMemory } from './restore-memory';
import { StageTimer } from './service-event';
import {
  type HeldSideVerdict,
  nothingSettled,
  replacedCategories,
  settleReplacedConflicts,
  settleRestatedConflicts,
} from './settle-restated-conflicts';
import { settleStaleConflicts } from './settle-stale-conflicts';
import { UserLockRunner } from './user-lock-runner';

/** Options of `MemoryService.query`. */
export interface QueryOptions extends CallOptions {
  /** Default: the service's `queryTopK` (5). */
  topK?: number;
  /** Default: the service's `queryMinScore`, else the embedding provider's `recallFloor`. */
  minScore?: number;
  /** Types, tags, importance, archived and expiry (`validAt`, `includeExpired`), as the vector store applies them, before `topK`. */
  filter?: SearchOptions['filter'];
}

/**
 * What one public call works with: the stores and the embedder seen through its deadline (the service's
 * shared views when it has none), and the deadline itself.
 */
interface CallScope {
  vectorStore: VectorMemoryStore;
  conflictStore: ConflictStore;
  embedding: EmbeddingProvider;
  executor: MemoryActionExecutor;
  deadline: Deadline | undefined;
}

/**
 * Long-term memory that stays consistent. `add` decides, for each new fact, whether it is new, a
 * duplicate of a stored fact (one more mention), an update that supersedes one, or a contradiction
 * to put to the user; `query` finds the user's current memories; conflicts wait in the conflict store
 * until `resolveConflict`. Works offline by default: only the two stores are required.
 */
export class MemoryService {
  readonly vectorStore: VectorMemoryStore;
  readonly conflictStore: ConflictStore;
  readonly embedding: EmbeddingProvider;
  readonly pipeline: MemoryClassificationPipeline;
  readonly executor: MemoryActionExecutor;
  readonly #options: ReturnType<typeof MemoryServiceOptionsSchema.parse>;
  readonly #serializer: UserLockRunner;
  readonly #timer: StageTimer;
  readonly #now: () => Date;
  readonly #similarityFloor: number;
  readonly #recallFloor: number;
  /** Offline, with the default rules: the floor from which a memory stating the same one-valued thing is compared. */
  readonly #sameThingFloor: number | undefined;
  /** What was given, unguarded: a call with a deadline guards its own views of them. */
  readonly #given: { vectorStore: VectorMemoryStore; conflictStore: ConflictStore; embedding: EmbeddingProvider };
  /** The scope of a call without a deadline: the shared views. */
  readonly #unbounded: CallScope;

  constructor(options: MemoryServiceOptions) {
    const parsed = parseStoreOptions(MemoryServiceOptionsSchema, options, 'MemoryService');
    this.#options = parsed;
    this.#now = parsed.now ?? (() => new Date());
    this.#timer = new StageTimer(parsed.onEvent);
    this.#serializer = new UserLockRunner(parsed.lock ?? InProcessUserLock.sharedFor(parsed.vectorStore));
    const embedding = parsed.embedding ?? defaultEmbedding(parsed.vectorStore.dimensions);
    this.#given = { vectorStore: parsed.vectorStore, conflictStore: parsed.conflictStore, embedding };
    // The service's views of what it was given: each call throws typed errors (and races a call's deadline,
    // through the views that call gets).
    this.#unbounded = this.#guardedViews(undefined);
    ({
      vectorStore: this.vectorStore,
      conflictStore: this.conflictStore,
      embedding: this.embedding,
      executor: this.executor,
    } = this.#unbounded);
    if (this.embedding.dimensions !== this.vectorStore.dimensions) {
      throw new ValidationError({
        path: 'embedding',
        message: `Invalid MemoryService options: the embedding gives ${this.embedding.dimensions}-d vectors, the vector store holds ${this.vectorStore.dimensions}-d`,
      });
    }
    const declared = declaredFloor(this.embedding, 'similarityFloor');
    // With a chat model, pairs the rules would not trust are compared too: the model settles them.
    const withModel = parsed.chat === undefined ? undefined : declaredFloor(this.embedding, 'modelFloor');
    this.#similarityFloor = parsed.similarityThreshold ?? withModel ?? declared ?? DEFAULT_SIMILARITY_FLOOR;
    this.#recallFloor = parsed.queryMinScore ?? declaredFloor(this.embedding, 'recallFloor') ?? DEFAULT_RECALL_FLOOR;
    // Offline, the rules still read a pair the embedder scores below the floor when both give a value of the same
    // one-valued thing ("I live in Boston" / "moved to Denver last month", cosine 0.48): compared from the
    // provider's `modelFloor`. Not when the caller sets the floor, a model or rules of their own.
    const defaultRules = [parsed.classifiers, parsed.nli, parsed.conflictVerifier, parsed.duplicateDetector, parsed.judge].every(
      (given) => given === undefined,
    );
    const sameThingFloor =
      parsed.chat === undefined && parsed.similarityThreshold === undefined && defaultRules
        ? declaredFloor(this.embedding, 'modelFloor')
        : undefined;
    this.#sameThingFloor = sameThingFloor !== undefined && sameThingFloor < this.#similarityFloor ? sameThingFloor : undefined;
    const classifiers = parsed.classifiers ?? defaultClassifiers(guardProviders(parsed), declaredFloor(this.embedding, 'paraphraseFloor'));
    this.pipeline = new MemoryClassificationPipeline(classifiers, {
      strategy: parsed.strategy,
      secondaryConflictThreshold: parsed.secondaryConflictThreshold,
      maxSecondaryChecks: parsed.maxSecondaryChecks,
    });
  }

  /**
   * Classifies and stores one memory (it carries its `userId`). One embedding call; the similar
   * memories compared are the same user's; writes of one user run one at a time, holding the user's `lock`.
   */
  async add(input: MemoryFactInput, options: AddOptions = {}): Promise<AddResult> {
    const memory = parseMemoryFact(input);
    checkUserTags(memory.tags, 'memory.tags');
    if (memory.archived || memory.supersededBy !== undefined || memory.archivedAt !== undefined) {
      throw new ValidationError({ path: 'memory.archived', message: 'Invalid memory: a new memory cannot be archived or superseded' });
    }
    const perCall = parseOptions(AddOptionsSchema, options, 'options');
    const threshold = perCall.similarityThreshold ?? this.#similarityFloor;
    const limit = perCall.maxSimilar ?? this.#options.maxSimilar;
    const calls = emptyCallCounts();
    const attributes = { 'user.id': memory.userId, 'memory.type': memory.type };
    const [result] = await this.#timer.time(
      'casual_memory.add',
      attributes,
      () =>
        this.#within('add', perCall, async (scope) => {
          bindDeadline(calls, scope.deadline);
          const started = performance.now();
          const [vector, embeddingMs] = await this.#timer.time('casual_memory.embed', attributes, async () => {
            countCall(calls, 'embedding');
            const [embedded] = await scope.embedding.embedDocuments([memory.text]);
            if (embedded === undefined)
              throw new ValidationError({ path: 'embedding', message: 'The embedding provider returned no vector' });
            return embedded;
          });
          const queuedAt = performance.now();
          return this.#serializer.run(
            memory.userId,
            async () => {
              const queueMs = performance.now() - queuedAt;
              const searchFloor = perCall.similarityThreshold === undefined ? (this.#sameThingFloor ?? threshold) : threshold;
              const [similar, searchMs] = await this.#timer.time(
                'casual_memory.search',
                attributes,
                async () => {
                  const weakPairs = searchFloor !== threshold;
                  const found = await scope.vectorStore.findSimilarMemories(memory.userId, vector, {
                    threshold: searchFloor,
                    // Weak pairs are looked for among more hits: those above the floor would crowd them out.
                    limit: weakPairs ? limit * WEAK_PAIR_POOL : limit,
                    excludeArchived: true,
                  });
                  return weakPairs ? withWeakPairs(found, memory.text, threshold, limit) : found;
                },
                (found) => ({ 'similar.count': found.length }),
              );
              const [classification, classifyMs] = await this.#timer.time(
                'casual_memory.classify',
                attributes,
                () => this.#classify(scope, memory, vector, similar, threshold, limit, calls),
                (done) => ({ outcome: done.overallOutcome, 'pairs.checked': done.similarityResults.length }),
              );
              const [action, executeMs] = await this.#timer.time(
                'casual_memory.execute',
                attributes,
                () => scope.executor.execute(classification, vector),
                (done) => ({ action: done.action, 'failures.count': done.failures.length }),
              );
              const settling = action.action === 'duplicate' && action.duplicateOf !== undefined && saysSettled(memory.text);
              const settled = settling
                ? await settleRestatedConflicts(this.#decisionContext(scope), memory.userId, action.memoryId, memory.text)
                : action.action === 'added' && action.supersededIds.length > 0
                  ? await settleReplacedConflicts(
                      this.#decisionContext(scope),
                      memory.userId,
                      replacedCategories(classification.similarityResults, action.supersededIds),
                      { text: memory.text, vector },
                      (heldId) => this.#judgeHeldSide(scope, memory, vector, heldId, limit, calls),
                    )
                  : nothingSettled();
              // What the settled conflicts archived is done; the other current values are judged next.
              const undecided = similar.filter((hit) => !settled.archivedIds.includes(hit.id));
              const replaced = settling
                ? await this.#replacedBySettled(scope, memory, action.memoryId, undecided, settled.failures, calls)
                : [];
              // An update that answered a conflict with neither side also replaces the held side.
              const answered = settled.mergedIds;
              const addResult: AddResult = {
                action: action.action,
                memoryId: action.memoryId,
                supersededIds: [...new Set([...action.supersededIds, ...replaced, ...answered])],
                conflictIds: action.conflictIds,
                resolvedConflictIds: settled.resolvedConflictIds,
                decisions: classification.similarityResults.map((decision) => ({
                  memoryId: decision.similar.id,
                  score: decision.similar.score,
                  outcome: decision.outcome,
                  classifier: decision.classifier,
                  confidence: decision.confidence,
                  reason: decision.reason,
                })),
                calls,
                timings: {
                  embedding: embeddingMs,
                  queue: queueMs,
                  search: searchMs,
                  classify: classifyMs,
                  execute: executeMs,
                  total: performance.now() - started,
                },
                failures: [...action.failures, ...settled.failures],
              };
              if (action.duplicateOf !== undefined) addResult.duplicateOf = action.duplicateOf;
              return addResult;
            },
            scope.deadline?.signal,
          );
        }),
      (done) => ({ action: done.action, 'calls.embedding': calls.embedding, 'calls.nli': calls.nli, 'calls.llm': calls.llm }),
    );
    return result;
  }

  /**
   * Classifies against the current memories; a contradiction (or a statement that settles something)
   * is then compared with the memories held by pending conflicts, so saying the held side again counts
   * a mention of it instead of opening a second conflict about the same statement (and, said with a
   * settling word, answers the conflict).
   */
  async #classify(
    scope: CallScope,
    memory: MemoryFact,
    vector: Float32Array,
    similar: ScoredMemory[],
    threshold: number,
    limit: number,
    calls: CallCounts,
  ) {
    const classification = await this.pipeline.classify(memory, similar, { calls });
    // A statement that settles something ("To be clear, I live in Paris") may be the held side said again.
    const mayBeHeld = classification.overallOutcome === 'conflict' || (classification.overallOutcome === 'add' && saysSettled(memory.text));
    if (!mayBeHeld) return classification;
    const held = await scope.vectorStore.search(memory.userId, vector, {
      topK: limit,
      minScore: threshold,
      filter: { includeArchived: true, includeExpired: true, tags: [PENDING_CONFLICT_TAG] },
    });
    if (held.length === 0) return classification;
    // Only memories a conflict still holds: one an add failed to record a conflict for is no mention target.
    const open = new Set((await scope.conflictStore.getPendingConflicts(memory.userId)).map((conflict) => conflict.memoryBId));
    const againstHeld = await this.pipeline.classify(
      memory,
      held.filter((hit) => open.has(hit.id)),
      { calls },
    );
    return againstHeld.overallOutcome === 'skip' ? againstHeld : classification;
  }

  /**
   * "To be clear, my neighbor Nadia works as a paralegal", said again while "My neighbor Nadia works as
   * a graphic designer" is current too (no conflict was recorded: the rules could not tell): the other
   * current memories the statement contradicts or updates are archived, superseded by the memory it
   * repeats. Judged like any add (the rules, then the model within the add's call budget).
   */
  async #replacedBySettled(
    scope: CallScope,
    memory: MemoryFact,
    keptId: string,
    similar: ScoredMemory[],
    failures: ActionFailure[],
    calls: CallCounts,
  ): Promise<string[]> {
    const others = similar.filter((hit) => hit.id !== keptId);
    if (others.length === 0) return [];
    // Only for a current memory: a held one whose conflict could not be settled just now replaces nothing.
    const kept = await scope.vectorStore.getById(memory.userId, keptId);
    if (kept === null || kept.memory.archived) return [];
    const judged = await this.pipeline.classify(memory, others, { calls });
    return scope.executor.archiveAll(memory.userId, [...judged.supersedes, ...judged.conflictsWith], keptId, failures);
  }

  /**
   * How a statement that replaced one side of a pending conflict reads against the held side: the
   * same slot (`replaced`: superseded, contradicted or said again), something else (`apart`), or
   * undecided (`unsure`, also when the held memory is not among the `limit` closest held ones).
   */
  async #judgeHeldSide(
    scope: CallScope,
    memory: MemoryFact,
    vector: Float32Array,
    heldId: string,
    limit: number,
    calls?: CallCounts,
  ): Promise<HeldSideVerdict> {
    const held = await scope.vectorStore.search(memory.userId, vector, {
      topK: limit,
      minScore: -1,
      filter: { includeArchived: true, includeExpired: true, tags: [PENDING_CONFLICT_TAG] },
    });
    const hit = held.find((candidate) => candidate.id === heldId);
    if (hit === undefined) return 'unsure';
    const [judged] = (await this.pipeline.classify(memory, [hit], { calls })).similarityResults;
    if (judged === undefined || judged.metadata.undecided === true) return 'unsure';
    return judged.outcome === 'neutral' ? 'apart' : 'replaced';
  }

  /**
   * The user's current memories closest to `text`, best first, with ids and scores. Expired memories
   * are dropped by the store's filter before `topK` is applied; memories held by a pending conflict
   * never appear (not even with `includeArchived`).
   */
  async query(userId: string, text: string, options: QueryOptions = {}): Promise<ScoredMemory[]> {
    const user = parseUserId(userId);
    if (typeof text !== 'string' || text.trim() === '')
      throw new ValidationError({ path: 'text', message: 'Invalid text: expected a non-empty string' });
    const topK = options.topK ?? this.#options.queryTopK;
    const minScore = options.minScore ?? this.#recallFloor;
    const [hits] = await this.#timer.time(
      'casual_memory.query',
      { 'user.id': user },
      () =>
        this.#within('query', options, async (scope) => {
          // More than asked for, so a fact about the person asked about can move up past another's, and a newer
          // statement that says a returned one changed can be pulled in.
          const ranked = Math.max(topK, RANKED_AT_LEAST);
          const wanted = ranked + RERANK_EXTRA;
          // Archived memories a search came across: who they say someone is ("my sister Carina lives in Pretoria",
          // replaced by "Carina and Jacques moved to Centurion") still tells whom "my sister" asks about.
          const archivedSeen: ScoredMemory[] = [];
          const search = async (question: string, followReplaced = true): Promise<ScoredMemory[]> => {
            const vector = await scope.embedding.embedQuery(question);
            if (options.filter?.includeArchived !== true) {
              const current = await scope.vectorStore.search(user, vector, { topK: wanted, minScore, filter: options.filter ?? {} });
              // A close memory that was replaced stands for what replaced it ("atorvastatin … for the cholesterol",
              // replaced by "switched me to rosuvastatin", for "what cholesterol tablet am I on?"). Only without a
              // filter: what replaced it is checked only for being current. A search of its own, so archived hits
              // never crowd current ones out of the first.
              if (options.filter !== undefined || !followReplaced) return current;
              const withArchived = await scope.vectorStore.search(user, vector, {
                topK: wanted,
                minScore,
                filter: { includeArchived: true },
              });
              archivedSeen.push(...withArchived.filter((hit) => hit.memory.archived));
              return withReplacements(current, withArchived, (id) => scope.vectorStore.getById(user, id), this.#now(), minScore);
            }
            // Held memories are archived too: ask for as many more as there can be held ones, then drop them.
            const held = (await scope.conflictStore.getPendingConflicts(user)).length;
            const found = await scope.vectorStore.search(user, vector, { topK: wanted + held, minScore, filter: options.filter });
            return found.filter((hit) => !hit.memory.tags.includes(PENDING_CONFLICT_TAG));
          };
          const asked = theUserAsI(text);
          const found = await search(asked);
          // "Where does Tomasz live?" once a hit says "hey! tomasz here": searched again as "Where do I live?", since
          // the name pulls in facts that only share it.
          const told = inFirstPerson(asked, found);
          const hits = told === asked ? found : await search(told);
          // Searched once more by the words it asks about when no hit holds them all: a sentence encoder places
          // "what dose of bisoprolol am I on?" far from "he's put the bisoprolol up to 5mg", which those words find.
          const keywords = questionKeywords(told);
          const withKeywords =
            keywords === undefined || !worthAKeywordSearch(hits, keywords)
              ? hits
              : withKeywordHits(hits, keywords, await search(keywords, false), minScore);
          // "what is my name?" is far from an introduction in the embedder's space: one is searched for when no hit gives it.
          const answers = rankTold(
            told,
            ASKS_OWN_NAME.test(told) && !withKeywords.some((hit) => saysOwnName(hit.memory.text))
              ? withIntroductions(withKeywords, await search(INTRODUCTION_PROBE, false))
              : withKeywords,
            ranked,
            archivedSeen.map((hit) => hit.memory.text),
          );
          return answers.slice(0, topK);
        }),
      (found) => ({ 'results.count': found.length }),
    );
    return hits;
  }

  /** The user's archived memories, most recently archived first, with what superseded each. */
  async history(userId: string, options: { limit?: number } & CallOptions = {}): Promise<HistoryEntry[]> {
    const user = parseUserId(userId);
    const limit = options.limit === undefined ? undefined : checkCount(options.limit, 'options.limit');
    const [entries] = await this.#timer.time('casual_memory.history', { 'user.id': user }, () =>
      this.#within('history', options, async (scope) => {
        const all = await allMemories(scope.vectorStore, user, { includeArchived: true, limit: MAX_LIST_LIMIT });
        const archived = all.filter((hit) => hit.memory.archived && !hit.memory.tags.includes(PENDING_CONFLICT_TAG));
        archived.sort((x, y) => (y.memory.archivedAt?.getTime() ?? 0) - (x.memory.archivedAt?.getTime() ?? 0));
        const limited = limit === undefined ? archived : archived.slice(0, limit);
        const byId = new Map(all.map((hit) => [hit.id, hit]));
        return limited.map((hit): HistoryEntry => {
          const supersededBy = hit.memory.supersededBy ?? null;
          const replacement = supersededBy === null ? undefined : byId.get(supersededBy);
          return {
            id: hit.id,
            memory: { ...hit.memory, tags: userTags(hit.memory.tags) },
            reason: hit.memory.tags.includes(REJECTED_TAG) ? 'rejected' : 'superseded',
            archivedAt: hit.memory.archivedAt ?? null,
            supersededBy,
            supersededByMemory:
              replacement === undefined
                ? null
                : { id: replacement.id, memory: { ...replacement.memory, tags: userTags(replacement.memory.tags) } },
          };
        });
      }),
    );
    return entries;
  }

  /** The user's unresolved conflicts (pending and escalated), most important first. */
  async getPendingConflicts(userId: string, options: { limit?: number } & CallOptions = {}): Promise<MemoryConflict[]> {
    const user = parseUserId(userId);
    const { timeoutMs, signal, ...storeOptions } = options ?? {};
    return this.#within('getPendingConflicts', { timeoutMs, signal }, (scope) =>
      scope.conflictStore.getPendingConflicts(user, storeOptions),
    );
  }

  /** Marks a conflict escalated (asked again later); `false` when missing or already resolved. */
  async escalateConflict(userId: string, conflictId: string, options: CallOptions = {}): Promise<boolean> {
    const user = parseUserId(userId);
    const id = parseId(conflictId, 'conflictId');
    return this.#within('escalateConflict', options, (scope) => scope.conflictStore.escalateConflict(user, id));
  }

  /**
   * Settles a conflict and applies the decision to the vector store, once. The conflict store's
   * atomic resolve is the claim (of racing calls here or in other processes one wins); the steps
   * that follow keep a current fact at every point, and the conflict is marked applied only when all
   * are done. A failed step leaves it claimed but unapplied (`complete: false`, `failures`): calling
   * again, with any decision, finishes the claimed one. A conflict already applied gives
   * `applied: false` and changes nothing. An unknown conflict is a `NotFoundError`. Another pending conflict
   * whose current side the decision archived is answered as an update of that side would answer it
   * (`settledConflictIds`).
   */
  async resolveConflict(
    userId: string,
    conflictId: string,
    decision: ConflictDecision | ConflictDecision['decision'],
    options: CallOptions = {},
  ): Promise<ConflictResolutionResult> {
    const user = parseUserId(userId);
    const id = parseId(conflictId, 'conflictId');
    const asked = typeof decision === 'string' ? { decision } : decision;
    const resolution = parseConflictResolution({
      conflictId: id,
      decision: asked?.decision,
      resolutionType: asked?.resolutionType ?? 'manual',
      resolvedBy: asked?.resolvedBy ?? user,
      ...(asked?.confirmingMemoryText === undefined ? {} : { confirmingMemoryText: asked.confirmingMemoryText }),
      ...(asked?.notes === undefined ? {} : { notes: asked.notes }),
    });
    const [result] = await this.#timer.time(
      'casual_memory.resolve_conflict',
      { 'user.id': user, decision: resolution.decision },
      () =>
        this.#within('resolveConflict', options, (scope) =>
          this.#serializer.run(
            user,
            async () => {
              const resolved = await resolveConflictOnce(this.#decisionContext(scope), id, user, resolution);
              if (!resolved.applied || resolved.archivedIds.length === 0) return resolved;
              // Another pending conflict whose current side this one archived ("I live in London" against "I live
              // in Paris" and against "I live in Madrid"; Paris kept) is answered as an update of that side would
              // answer it: it was left pending with a side that no longer holds.
              // The decision is applied by now: a store that fails here is a failure to report (`repair` answers such
              // conflicts later), never a thrown error that reads as if the resolution had not happened.
              const calls = bindDeadline(emptyCallCounts(), scope.deadline);
              try {
                const stale = await settleStaleConflicts(
                  this.#decisionContext(scope),
                  user,
                  (current, vector) => (heldId) =>
                    this.#judgeHeldSide(scope, current.memory, vector, heldId, this.#options.maxSimilar, calls),
                  new Set(resolved.archivedIds),
                );
                return { ...resolved, settledConflictIds: stale.resolvedConflictIds, failures: [...resolved.failures, ...stale.failures] };
              } catch (thrown) {
                const error = typedError('store', 'ConflictStore', thrown);
                const failure: ActionFailure = { memoryId: id, operation: 'resolve', reason: 'error', message: error.message, error };
                return { ...resolved, settledConflictIds: [], failures: [...resolved.failures, failure] };
              }
            },
            scope.deadline?.signal,
          ),
        ),
      (done) => ({ applied: done.applied, complete: done.complete, 'failures.count': done.failures.length }),
    );
    return result;
  }

  /**
   * Deletes one of the user's memories for good (current, archived or held). A pending conflict that
   * names it is resolved first for its other memory, which becomes current. An unknown id (or another
   * user's) gives `forgotten: false` and changes nothing. Holds the user's lock, like every write.
   */
  async forget(userId: string, memoryId: string, options: CallOptions = {}): Promise<ForgetResult> {
    const user = parseUserId(userId);
    const id = parseId(memoryId, 'memoryId');
    const [result] = await this.#timer.time(
      'casual_memory.forget',
      { 'user.id': user },
      () =>
        this.#within('forget', options, (scope) =>
          this.#serializer.run(user, () => forgetMemory(this.#decisionContext(scope), user, id), scope.deadline?.signal),
        ),
      (done) => ({ forgotten: done.forgotten, 'conflicts.closed': done.closedConflicts.length }),
    );
    return result;
  }

  /**
   * Makes one of the user's archived memories current again (one an update archived wrongly, or one a resolution
   * turned down); what superseded it stays current too. A current memory, one held for a pending conflict (its
   * `resolve` decides it) or an unknown id changes nothing, and the result says which. Holds the user's lock.
   */
  async restore(userId: string, memoryId: string, options: CallOptions = {}): Promise<RestoreResult> {
    const user = parseUserId(userId);
    const id = parseId(memoryId, 'memoryId');
    const [result] = await this.#timer.time(
      'casual_memory.restore',
      { 'user.id': user },
      () =>
        this.#within('restore', options, (scope) =>
          this.#serializer.run(user, () => restoreMemory(this.#decisionContext(scope).vectorStore, user, id), scope.deadline?.signal),
        ),
      (done) => ({ restored: done.restored }),
    );
    return result;
  }

  /**
   * Finishes what failures left unfinished for a user: resolutions claimed but not fully applied
   * (finished with their stored decision), held memories no conflict points at (removed), and pending
   * conflicts whose current side a later statement superseded (answered as that add would answer them
   * now). Safe to call any time, and again; holds the user's lock.
   */
  async repair(userId: string, options: CallOptions = {}): Promise<RepairResult> {
    const user = parseUserId(userId);
    const [result] = await this.#timer.time(
      'casual_memory.repair',
      { 'user.id': user },
      () =>
        this.#within('repair', options, (scope) =>
          this.#serializer.run(
            user,
            async (): Promise<RepairResult> => {
              const repaired = await repairUser(this.#decisionContext(scope), user);
              // A model asked about a held side is asked under this call's deadline.
              const calls = bindDeadline(emptyCallCounts(), scope.deadline);
              const stale = await settleStaleConflicts(
                this.#decisionContext(scope),
                user,
                (current, vector) => (heldId) =>
                  this.#judgeHeldSide(scope, current.memory, vector, heldId, this.#options.maxSimilar, calls),
              );
              return { ...repaired, settledConflictIds: stale.resolvedConflictIds, failures: [...repaired.failures, ...stale.failures] };
            },
            scope.deadline?.signal,
          ),
        ),
      (done) => ({
        'resolutions.count': done.resolutions.length,
        'removed.count': done.removedHeldIds.length,
        'settled.count': done.settledConflictIds.length,
      }),
    );
    return result;
  }

  #decisionContext(scope: CallScope): ConflictDecisionContext {
    return { vectorStore: scope.vectorStore, conflictStore: scope.conflictStore, embedding: scope.embedding, now: this.#now() };
  }

  /** Runs one public call under its deadline (`timeoutMs`, `signal`, else the service's `timeoutMs`), in its scope. */
  #within<T>(method: string, options: CallOptions | undefined, task: (scope: CallScope) => Promise<T>): Promise<T> {
    const given =
      options?.timeoutMs === undefined && options?.signal === undefined
        ? undefined
        : { timeoutMs: options.timeoutMs, signal: options.signal };
    const parsed = parseOptions(CALL_OPTIONS_SCHEMA, given, 'options');
    return withDeadline(`MemoryService.${method}`, parsed, this.#options.timeoutMs, (deadline) => task(this.#scopeFor(deadline)));
  }

  /** The stores and the embedder as one call sees them: through its deadline, when it has one. */
  #scopeFor(deadline: Deadline | undefined): CallScope {
    return deadline === undefined ? this.#unbounded : this.#guardedViews(deadline);
  }

  /** Guarded views of the stores and the embedder, racing `deadline` when there is one, and an executor on them. */
  #guardedViews(deadline: Deadline | undefined): CallScope {
    const vectorStore = guardMethods(this.#given.vectorStore, 'store', 'VectorMemoryStore', deadline);
    const conflictStore = guardMethods(this.#given.conflictStore, 'store', 'ConflictStore', deadline);
    return {
      vectorStore,
      conflictStore,
      embedding: guardEmbedding(this.#given.embedding, deadline),
      executor: new MemoryActionExecutor(vectorStore, conflictStore, { now: this.#now }),
      deadline,
    };
  }

  /** The counters of the pipeline and its classifiers and verifiers. */
  getMetrics(): Record<string, unknown> {
    const classifiers: Record<string, unknown> = {};
    for (const classifier of this.pipeline.classifiers) classifiers[classifier.name] = classifier.getMetrics?.() ?? {};
    return { pipeline: this.pipeline.getMetrics(), classifiers };
  }
}

/** The original's E5 values, for an embedding provider that declares no floors of its own. */
const DEFAULT_SIMILARITY_FLOOR = 0.85;
const DEFAULT_RECALL_FLOOR = 0.75;

// How many times `maxSimilar` hits a search from the model floor looks through for weak pairs.
const WEAK_PAIR_POOL = 4;

/**
 * The hits at or above the similarity floor (at most `limit`), and those below it still worth reading
 * (`worthReadingWeakly`: the same one-valued thing, or one said to be gone; at most `limit` more), best first.
 */
function withWeakPairs(found: readonly ScoredMemory[], text: string, threshold: number, limit: number): ScoredMemory[] {
  const strong = found.filter((hit) => hit.score >= threshold).slice(0, limit);
  const weak = found.filter((hit) => hit.score < threshold && worthReadingWeakly(hit.memory.text, text)).slice(0, limit);
  return [...strong, ...weak];
}

/** A floor the embedding provider declares, checked: a cosine in [-1, 1], or none. */
function declaredFloor(
  embedding: EmbeddingProvider,
  name: 'similarityFloor' | 'modelFloor' | 'recallFloor' | 'paraphraseFloor',
): number | undefined {
  const value: unknown = embedding[name];
  if (value === undefined) return undefined;
  if (!isCosine(value)) {
    throw new ValidationError({
      path: `embedding.${name}`,
      message: `Invalid MemoryService options: the embedding provider declares ${name} ${String(value)}, expected a cosine in [-1, 1]`,
    });
  }
  return value;
}

/**
 * The judge (rules that know how sure they are, then `chat` for what they cannot settle) and
 * auto-resolution; or, when a caller passes an NLI provider or a verifier of their own, the original's
 * chain (NLI, conflict, duplicate, auto-resolution) around them.
 */
function defaultClassifiers(parsed: ReturnType<typeof MemoryServiceOptionsSchema.parse>, paraphraseFloor?: number): MemoryClassifier[] {
  if (parsed.nli !== undefined || parsed.conflictVerifier !== undefined || parsed.duplicateDetector !== undefined) {
    return [
      new NliClassifier(parsed.nli ?? defaultNli()),
      new ConflictClassifier(parsed.conflictVerifier ?? conflictVerifierFor(parsed.chat)),
      new DuplicateClassifier(parsed.duplicateDetector ?? duplicateDetectorFor(parsed.chat)),
      new AutoResolutionClassifier(),
    ];
  }
  const model = parsed.chat === undefined ? undefined : new LlmPairJudge(parsed.chat);
  return [
    new JudgeClassifier(
      parsed.judge ??
        new HeuristicPairJudge({
          ...(parsed.now === undefined ? {} : { now: parsed.now }),
          ...(paraphraseFloor === undefined ? {} : { paraphraseFloor }),
        }),
      {
        ...(model === undefined ? {} : { model }),
        ...(parsed.acceptWithModel === undefined ? {} : { acceptWithModel: parsed.acceptWithModel }),
        ...(parsed.acceptOffline === undefined ? {} : { acceptOffline: parsed.acceptOffline }),
        ...(parsed.standOutMargin === undefined ? {} : { standOutMargin: parsed.standOutMargin }),
        ...(parsed.maxPairsPerCall === undefined ? {} : { maxPairsPerCall: parsed.maxPairsPerCall }),
      },
    ),
    new AutoResolutionClassifier(),
  ];
}

const CALL_OPTIONS_SCHEMA = z.object(CALL_OPTION_FIELDS);

/**
 * The chat model the default classifiers use, typed and racing the call's deadline when asked with its signal.
 * (The NLI model needs no view: `NliClassifier` races it itself, and a failing one never blocks a write.)
 */
function guardProviders(parsed: ReturnType<typeof MemoryServiceOptionsSchema.parse>): ReturnType<typeof MemoryServiceOptionsSchema.parse> {
  return parsed.chat === undefined ? parsed : { ...parsed, chat: guardChat(parsed.chat) };
}

function conflictVerifierFor(chat: MemoryServiceOptions['chat']): ConflictVerifier {
  const heuristic = defaultConflictVerifier();
  return chat === undefined ? heuristic : new TieredConflictVerifier([heuristic, new LlmConflictVerifier(chat, { fallback: heuristic })]);
}

function duplicateDetectorFor(chat: MemoryServiceOptions['chat']): DuplicateDetector {
  const heuristic = defaultDuplicateDetector();
  return chat === undefined ? heuristic : new TieredDuplicateDetector([heuristic, new LlmDuplicateDetector(chat, { fallback: heuristic })]);
}
