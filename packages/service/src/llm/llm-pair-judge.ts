import type { ChatProvider, MemoryFact } from '@casual-memory/core';
import type { SimilarityOutcome } from '../classification/similarity-result';
import type { PairJudge, PairJudgeOptions, PairVerdict } from '../judgement/pair-verdict';
import { LlmVerdictCaller, type LlmVerifierMetrics } from './llm-verdict-caller';
import { PAIR_AMONG_PROMPT } from './pair-among-prompt';
import { PAIR_JUDGE_PROMPT } from './pair-judge-prompt';
import { parseAmongReply } from './parse-among-reply';
import type { ParsedVerdict } from './parse-verdict-reply';

export interface LlmPairJudgeOptions {
  /** Replaces the built-in system prompt (it must ask for the relation words below). */
  systemPrompt?: string;
  /**
   * Replaces the built-in system prompt of `judgeAmong`, the one call about several earlier statements
   * (it must ask for `{"matches": [{"id", "relation"}]}`). With a `systemPrompt` of your own and none
   * here, the judge asks about one pair per call only.
   */
  amongPrompt?: string;
  /** The confidence given to a verdict whose reply states none. Default 0.9. */
  defaultConfidence?: number;
}

// Whole words a reply may answer with: the prompt's four, and the older verifiers' words.
const JUDGE_WORDS: Readonly<Record<string, SimilarityOutcome>> = {
  same: 'same',
  duplicate: 'same',
  update: 'superseded',
  updated: 'superseded',
  refinement: 'superseded',
  correction: 'superseded',
  contradiction: 'conflict',
  conflict: 'conflict',
  distinct: 'neutral',
  different: 'neutral',
  none: 'neutral',
};

/**
 * A `PairJudge` that asks a chat model, once per pair, for all four outcomes at once. A failed call
 * or an unreadable reply is `unsure` (both facts are kept), never a guess.
 */
export class LlmPairJudge implements PairJudge {
  /** Asks about several earlier statements in one call; absent with a `systemPrompt` of one's own and no `amongPrompt`. */
  readonly judgeAmong?: (existing: readonly MemoryFact[], incoming: MemoryFact, options?: PairJudgeOptions) => Promise<PairVerdict[]>;
  readonly #caller: LlmVerdictCaller<SimilarityOutcome>;
  readonly #defaultConfidence: number;

  constructor(chat: ChatProvider, options: LlmPairJudgeOptions = {}) {
    this.#caller = new LlmVerdictCaller(chat, options.systemPrompt ?? PAIR_JUDGE_PROMPT, JUDGE_WORDS, 'LlmPairJudge');
    this.#defaultConfidence = options.defaultConfidence ?? 0.9;
    const amongPrompt = options.amongPrompt ?? (options.systemPrompt === undefined ? PAIR_AMONG_PROMPT : undefined);
    if (amongPrompt !== undefined)
      this.judgeAmong = (existing, incoming, calls) => this.#judgeAmong(amongPrompt, existing, incoming, calls);
  }

  async judge(existing: MemoryFact, incoming: MemoryFact, _similarity?: number, options?: PairJudgeOptions): Promise<PairVerdict> {
    const outcome = await this.#caller.ask(existing, incoming, options?.calls);
    return 'verdict' in outcome ? this.#toVerdict(outcome.verdict) : failed(outcome.failure);
  }

  /**
   * One call about the new statement and every earlier one: the reply names those it repeats, replaces
   * or contradicts, and the rest are distinct. An unreadable reply or a failed call leaves every pair
   * `unsure` (both facts kept).
   */
  async #judgeAmong(
    prompt: string,
    existing: readonly MemoryFact[],
    incoming: MemoryFact,
    options: PairJudgeOptions | undefined,
  ): Promise<PairVerdict[]> {
    const user = JSON.stringify({ later: incoming.text, earlier: existing.map((memory, index) => ({ id: index + 1, text: memory.text })) });
    const sent = await this.#caller.send(prompt, user, options?.calls);
    const named = 'reply' in sent ? parseAmongReply(sent.reply, existing.length, JUDGE_WORDS) : undefined;
    if (named === undefined) {
      const failure = 'failure' in sent ? sent.failure : this.#caller.unreadable(sent.reply);
      return existing.map(() => failed(failure));
    }
    return existing.map((_, index) =>
      this.#toVerdict(
        named.get(index + 1) ?? { relation: 'neutral', reason: `distinct (asked about ${existing.length} similar memories at once)` },
      ),
    );
  }

  #toVerdict({ relation, confidence, reason, category }: ParsedVerdict<SimilarityOutcome>): PairVerdict {
    const verdict: PairVerdict = {
      outcome: relation,
      confidence: confidence ?? this.#defaultConfidence,
      reason: reason ?? `the model answered ${relation}`,
      method: 'llm',
    };
    if (category !== undefined && relation !== 'neutral') verdict.category = category;
    return verdict;
  }

  getMetrics(): LlmVerifierMetrics {
    return this.#caller.metrics();
  }
}

/** The verdict when the model could not be asked or its reply read: unsure, so both facts are kept. */
function failed(failure: unknown): PairVerdict {
  const why = failure instanceof Error ? failure.message : String(failure);
  return { outcome: 'unsure', confidence: 0, reason: `the model could not be asked (${why})`, method: 'llm_failed' };
}
