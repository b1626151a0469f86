import {
  type ChatProvider,
  MEMORY_SOURCES,
  MEMORY_TYPES,
  type MemoryFactInput,
  type MemorySource,
  type MemoryType,
  ProviderError,
} from '@casual-memory/core';
import { checkUnitInterval } from '../classification/check-unit-interval';
import { normalizeMemoryDates } from '../dates/normalize-memory-dates';
import { asRecord, parseJsonReply } from '../llm/parse-json-reply';
import { MEMORY_EXTRACTION_PROMPT } from './memory-extraction-prompt';

/** A memory found in a conversation, ready for `MemoryService.add` once it has a `userId`. */
export type ExtractedMemory = Omit<MemoryFactInput, 'userId'> & {
  text: string;
  type: MemoryType;
  tags: string[];
  importance: number;
  source: MemorySource;
};

/** A conversation turn: a `ChatMessage` or a `ShortTermMemory` both fit. */
export interface ConversationMessage {
  role: string;
  content: string;
}

export interface LlmMemoryExtractorOptions {
  /** Replaces the system prompt; `{today}` and `{now}` are filled in (also `{today_natural}` and `{isonow}`, the original's names). */
  prompt?: string;
  /** Memories less important than this are dropped. Default 0.5 (kept when equal). */
  minImportance?: number;
  /** `empty` (default, as the original): a failed call or an unreadable reply gives `[]`. `throw`: the error is thrown. */
  onError?: 'empty' | 'throw';
}

export interface ExtractOptions {
  /** What relative dates ("tomorrow") are resolved against. Default: now. */
  referenceDate?: Date;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Extracts long-term memories from a conversation with one chat call. The reply is read robustly:
 * JSON inside code fences or prose is found; `{"memories": [...]}` or a bare list; an item without
 * usable text is skipped, an unknown type reads as `fact`, an unknown source as `user`, a missing
 * importance as 0.5; relative dates in the text become absolute, and future events and goals get a
 * `validUntil`.
 */
export class LlmMemoryExtractor {
  readonly minImportance: number;
  readonly #prompt: string;
  readonly #onError: 'empty' | 'throw';
  readonly #metrics = { calls: 0, failures: 0, unreadableReplies: 0, extracted: 0, dropped: 0 };

  constructor(
    private readonly chat: ChatProvider,
    options: LlmMemoryExtractorOptions = {},
  ) {
    this.#prompt = options.prompt ?? MEMORY_EXTRACTION_PROMPT;
    this.minImportance = checkUnitInterval(options.minImportance ?? 0.5, 'minImportance');
    this.#onError = options.onError ?? 'empty';
  }

  async extract(messages: readonly ConversationMessage[], options: ExtractOptions = {}): Promise<ExtractedMemory[]> {
    if (messages.length === 0) return [];
    const referenceDate = options.referenceDate ?? new Date();
    const conversation = messages.map((message) => JSON.stringify({ role: message.role, content: message.content })).join('\n');
    let reply: string;
    try {
      this.#metrics.calls += 1;
      reply = await this.chat.chat(
        [
          { role: 'system', content: fillPrompt(this.#prompt, referenceDate) },
          { role: 'user', content: conversation },
        ],
        { json: true },
      );
    } catch (error) {
      this.#metrics.failures += 1;
      if (this.#onError === 'throw') throw error;
      return [];
    }
    const parsed = typeof reply === 'string' ? parseJsonReply(reply) : undefined;
    const items = Array.isArray(parsed) ? parsed : asRecord(parsed)?.memories;
    if (!Array.isArray(items)) {
      this.#metrics.unreadableReplies += 1;
      if (this.#onError === 'throw') {
        const shown = JSON.stringify(String(reply).slice(0, 200));
        throw new ProviderError({
          code: 'PROVIDER_BAD_RESPONSE',
          provider: 'LlmMemoryExtractor',
          message: `LlmMemoryExtractor: the reply holds no list of memories: ${shown}`,
        });
      }
      return [];
    }
    const memories: ExtractedMemory[] = [];
    for (const item of items) {
      const memory = this.toMemory(item, referenceDate);
      if (memory === undefined) this.#metrics.dropped += 1;
      else memories.push(memory);
    }
    this.#metrics.extracted += memories.length;
    return memories;
  }

  getMetrics(): Record<string, number> {
    return { ...this.#metrics };
  }

  private toMemory(item: unknown, referenceDate: Date): ExtractedMemory | undefined {
    const record = asRecord(item);
    if (record === undefined || typeof record.text !== 'string' || record.text.trim() === '') return undefined;
    const importance =
      typeof record.importance === 'number' && Number.isFinite(record.importance) ? Math.min(1, Math.max(0, record.importance)) : 0.5;
    if (importance < this.minImportance) return undefined;
    const type = MEMORY_TYPES.includes(record.type as MemoryType) ? (record.type as MemoryType) : 'fact';
    const source = MEMORY_SOURCES.includes(record.source as MemorySource) ? (record.source as MemorySource) : 'user';
    const tags = Array.isArray(record.tags) ? record.tags.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '') : [];
    const validUntil = parseDate(record.valid_until ?? record.validUntil);
    const normalized = normalizeMemoryDates({ text: record.text.trim(), type, validUntil }, referenceDate);
    const memory: ExtractedMemory = { text: normalized.text, type, tags, importance, source };
    if (normalized.validUntil instanceof Date) memory.validUntil = normalized.validUntil;
    return memory;
  }
}

function fillPrompt(prompt: string, referenceDate: Date): string {
  const today = `${DAYS[referenceDate.getDay()]}, ${MONTHS[referenceDate.getMonth()]} ${String(referenceDate.getDate()).padStart(2, '0')}, ${referenceDate.getFullYear()}`;
  const now = referenceDate.toISOString();
  return prompt.replaceAll('{today}', today).replaceAll('{today_natural}', today).replaceAll('{now}', now).replaceAll('{isonow}', now);
}

function parseDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
