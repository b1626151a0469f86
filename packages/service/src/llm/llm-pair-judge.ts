import type { ChatProvider, MemoryFact } from '@casual-memory/core';
import type { SimilarityOutcome } from '../classification/similarity-result';
import type { PairJudge, PairJudgeOptions, PairVerdict } from '../judgement/pair-verdict';
import { LlmVerdictCaller, type LlmVerifierMetrics } from './llm-verdict-caller';
import { PAIR_JUDGE_PROMPT } from './pair-judge-prompt';

export interface LlmPairJudgeOptions {
  /** Replaces the built-in system prompt (it must ask for the relation words below). */
  systemPrompt?: string;
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
  readonly #caller: LlmVerdictCaller<SimilarityOutcome>;
  readonly #defaultConfidence: number;

  constructor(chat: ChatProvider, options: LlmPairJudgeOptions = {}) {
    this.#caller = new LlmVerdictCaller(chat, options.systemPrompt ?? PAIR_JUDGE_PROMPT, JUDGE_WORDS, 'LlmPairJudge');
    this.#defaultConfidence = options.defaultConfidence ?? 0.9;
  }

  async judge(existing: MemoryFact, incoming: MemoryFact, _similarity?: number, options?: PairJudgeOptions): Promise<PairVerdict> {
    const outcome = await this.#caller.ask(existing, incoming, options?.calls);
    if ('verdict' in outcome) {
      const { relation, confidence, reason, category } = outcome.verdict;
      const verdict: PairVerdict = {
        outcome: relation,
        confidence: confidence ?? this.#defaultConfidence,
        reason: reason ?? `the model answered ${relation}`,
        method: 'llm',
      };
      if (category !== undefined && relation !== 'neutral') verdict.category = category;
      return verdict;
    }
    const failure = outcome.failure instanceof Error ? outcome.failure.message : String(outcome.failure);
    return { outcome: 'unsure', confidence: 0, reason: `the model could not be asked (${failure})`, method: 'llm_failed' };
  }

  getMetrics(): LlmVerifierMetrics {
    return this.#caller.metrics();
  }
}
