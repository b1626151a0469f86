import type { ChatProvider, MemoryFact } from '@casual-memory/core';
import type { CountingOptions } from '../observability/call-counts';
import { defaultConflictVerifier } from '../verification/offline-defaults';
import type { ConflictRelation, ConflictVerdict, ConflictVerifier } from '../verification/verdicts';
import { CONFLICT_VERIFIER_PROMPT } from './conflict-verifier-prompt';
import { LlmVerdictCaller, type LlmVerifierMetrics } from './llm-verdict-caller';

export interface LlmConflictVerifierOptions {
  /**
   * Asked when the chat call fails or its reply cannot be read; its verdict's method gets a
   * `_fallback` suffix. Default: the offline `HeuristicConflictVerifier`. `null`: the error is thrown.
   */
  fallback?: ConflictVerifier | null;
  /** Replaces the built-in system prompt (it must ask for the relation words below). */
  systemPrompt?: string;
}

// Whole words a reply may answer with. YES/NO keep prompts written for the original working.
const CONFLICT_WORDS: Readonly<Record<string, Exclude<ConflictRelation, 'unsure'>>> = {
  contradiction: 'contradiction',
  contradictory: 'contradiction',
  conflict: 'contradiction',
  yes: 'contradiction',
  update: 'update',
  updated: 'update',
  none: 'none',
  no: 'none',
};

/** A `ConflictVerifier` that asks a chat model, falling back to another verifier when it fails. */
export class LlmConflictVerifier implements ConflictVerifier {
  readonly #caller: LlmVerdictCaller<Exclude<ConflictRelation, 'unsure'>>;
  readonly #fallback: ConflictVerifier | null;

  constructor(chat: ChatProvider, options: LlmConflictVerifierOptions = {}) {
    this.#caller = new LlmVerdictCaller(chat, options.systemPrompt ?? CONFLICT_VERIFIER_PROMPT, CONFLICT_WORDS, 'LlmConflictVerifier');
    this.#fallback = options.fallback === undefined ? defaultConflictVerifier() : options.fallback;
  }

  async verifyConflict(
    existing: MemoryFact,
    incoming: MemoryFact,
    similarity: number,
    options?: CountingOptions,
  ): Promise<ConflictVerdict> {
    const outcome = await this.#caller.ask(existing, incoming, options?.calls);
    if ('verdict' in outcome) {
      const { relation, confidence, reason, category } = outcome.verdict;
      const verdict: ConflictVerdict = {
        relation,
        method: 'llm',
        confidence: confidence ?? 0.8,
        reason: reason ?? `the model answered ${relation}`,
      };
      if (category !== undefined && relation !== 'none') verdict.category = category;
      return verdict;
    }
    if (this.#fallback === null) throw outcome.failure;
    this.#caller.countFallback();
    const verdict = await this.#fallback.verifyConflict(existing, incoming, similarity, options);
    return { ...verdict, method: `${verdict.method}_fallback` };
  }

  getMetrics(): LlmVerifierMetrics {
    return this.#caller.metrics();
  }
}
