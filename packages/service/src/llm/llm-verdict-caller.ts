import type { ChatProvider, MemoryFact } from '@casual-memory/core';
import { ProviderError } from '@casual-memory/core';
import { type CallCounts, countCall } from '../observability/call-counts';
import { deadlineOf } from '../service/call-deadline';
import { type ParsedVerdict, parseVerdictReply } from './parse-verdict-reply';

/** Counters of an LLM verifier, as `getMetrics()` reports them. */
export interface LlmVerifierMetrics {
  /** Chat calls made. */
  llmCalls: number;
  /** Calls that returned a reply (readable or not). */
  llmSuccesses: number;
  /** Calls that threw. */
  llmFailures: number;
  /** Replies that named no known relation. */
  unreadableReplies: number;
  /** Verdicts taken from the fallback verifier instead. */
  fallbacks: number;
  /** llmSuccesses / llmCalls in percent (2 decimals), once there was a call. */
  llmSuccessRatePercent?: number;
}

type Outcome<R extends string> = { verdict: ParsedVerdict<R> } | { failure: unknown };

/**
 * What the LLM verifiers share: one chat call per pair (system prompt, then the two statements as
 * JSON), the reply read as JSON or a whole first word, and the counters. `send` makes any other call
 * of theirs (one about several pairs) with the same counting and deadline.
 */
export class LlmVerdictCaller<R extends string> {
  readonly #metrics = { llmCalls: 0, llmSuccesses: 0, llmFailures: 0, unreadableReplies: 0, fallbacks: 0 };

  constructor(
    private readonly chat: ChatProvider,
    private readonly systemPrompt: string,
    private readonly vocabulary: Readonly<Record<string, R>>,
    private readonly owner: string,
  ) {}

  /**
   * One chat call about the pair, counted in `calls` (the running operation's counters) when given; under
   * the operation's deadline, the chat provider gets its signal.
   */
  async ask(existing: MemoryFact, incoming: MemoryFact, calls?: CallCounts): Promise<Outcome<R>> {
    const sent = await this.send(this.systemPrompt, JSON.stringify({ earlier: existing.text, later: incoming.text }), calls);
    if ('failure' in sent) return sent;
    const verdict = parseVerdictReply(sent.reply, this.vocabulary);
    return verdict === undefined ? { failure: this.unreadable(sent.reply) } : { verdict };
  }

  /**
   * One chat call with `systemPrompt` and `user` as the user message, counted like `ask`; the reply as
   * given (a reply that is no string is a failure). The caller reads it, and reports `unreadable`.
   */
  async send(systemPrompt: string, user: string, calls?: CallCounts): Promise<{ reply: string } | { failure: unknown }> {
    this.#metrics.llmCalls += 1;
    countCall(calls, 'llm');
    const signal = deadlineOf(calls)?.signal;
    let reply: unknown;
    try {
      reply = await this.chat.chat(
        [
          { role: 'system', content: systemPrompt },
          { role: 'user', content: user },
        ],
        signal === undefined ? { json: true } : { json: true, signal },
      );
      this.#metrics.llmSuccesses += 1;
    } catch (error) {
      this.#metrics.llmFailures += 1;
      return { failure: error };
    }
    return typeof reply === 'string' ? { reply } : { failure: this.unreadable(reply) };
  }

  /** Counts a reply no relation could be read from, and the error that says so. */
  unreadable(reply: unknown): ProviderError {
    this.#metrics.unreadableReplies += 1;
    const shown = typeof reply === 'string' ? JSON.stringify(reply.slice(0, 200)) : typeof reply;
    return new ProviderError({
      code: 'PROVIDER_BAD_RESPONSE',
      provider: this.owner,
      message: `${this.owner}: unreadable reply ${shown}`,
    });
  }

  countFallback(): void {
    this.#metrics.fallbacks += 1;
  }

  metrics(): LlmVerifierMetrics {
    const metrics: LlmVerifierMetrics = { ...this.#metrics };
    if (metrics.llmCalls > 0) metrics.llmSuccessRatePercent = Math.round((metrics.llmSuccesses / metrics.llmCalls) * 10_000) / 100;
    return metrics;
  }
}
