import type { ChatProvider, MemoryFact } from '@casual-memory/core';
import type { CountingOptions } from '../observability/call-counts';
import { defaultDuplicateDetector } from '../verification/offline-defaults';
import type { DuplicateDetector, DuplicateRelation, DuplicateVerdict } from '../verification/verdicts';
import { DUPLICATE_DETECTOR_PROMPT } from './duplicate-detector-prompt';
import { LlmVerdictCaller, type LlmVerifierMetrics } from './llm-verdict-caller';

export interface LlmDuplicateDetectorOptions {
  /**
   * Asked when the chat call fails or its reply cannot be read; its verdict's method gets a
   * `_fallback` suffix. Default: the offline `HeuristicDuplicateDetector`. `null`: the error is thrown.
   */
  fallback?: DuplicateDetector | null;
  /** Replaces the built-in system prompt (it must ask for the relation words below). */
  systemPrompt?: string;
}

// Whole words a reply may answer with. SAME/DISTINCT keep prompts written for the original working.
const DUPLICATE_WORDS: Readonly<Record<string, Exclude<DuplicateRelation, 'unsure'>>> = {
  duplicate: 'duplicate',
  same: 'duplicate',
  refinement: 'refinement',
  refined: 'refinement',
  distinct: 'distinct',
  different: 'distinct',
};

/** A `DuplicateDetector` that asks a chat model, falling back to another detector when it fails. */
export class LlmDuplicateDetector implements DuplicateDetector {
  readonly #caller: LlmVerdictCaller<Exclude<DuplicateRelation, 'unsure'>>;
  readonly #fallback: DuplicateDetector | null;

  constructor(chat: ChatProvider, options: LlmDuplicateDetectorOptions = {}) {
    this.#caller = new LlmVerdictCaller(chat, options.systemPrompt ?? DUPLICATE_DETECTOR_PROMPT, DUPLICATE_WORDS, 'LlmDuplicateDetector');
    this.#fallback = options.fallback === undefined ? defaultDuplicateDetector() : options.fallback;
  }

  async checkDuplicate(
    existing: MemoryFact,
    incoming: MemoryFact,
    similarity: number,
    options?: CountingOptions,
  ): Promise<DuplicateVerdict> {
    const outcome = await this.#caller.ask(existing, incoming, options?.calls);
    if ('verdict' in outcome) {
      const { relation, confidence, reason } = outcome.verdict;
      return { relation, method: 'llm', confidence: confidence ?? 0.8, reason: reason ?? `the model answered ${relation}` };
    }
    if (this.#fallback === null) throw outcome.failure;
    this.#caller.countFallback();
    const verdict = await this.#fallback.checkDuplicate(existing, incoming, similarity, options);
    return { ...verdict, method: `${verdict.method}_fallback` };
  }

  getMetrics(): LlmVerifierMetrics {
    return this.#caller.metrics();
  }
}
