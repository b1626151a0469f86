import {
  DEFAULT_MAX_MESSAGES,
  StoreUnavailableError,
  cloneShortTermMemory,
  parseMaxMessages,
  parseRecentMessagesLimit,
  parseShortTermMessages,
  parseUserId,
  type ShortTermMemory,
  type ShortTermMemoryInput,
  type ShortTermStore,
} from '@casual-memory/core';
import { BoundedBuffer } from './bounded-buffer';

export interface InMemoryShortTermStoreOptions {
  /** How many newest messages to keep per user (oldest drop off first). A whole number >= 1; default 20. */
  maxMessages?: number;
}

/**
 * Recent conversation turns kept in process memory: the embedded default `ShortTermStore`. Each user
 * has a bounded window of the newest `maxMessages`; a batch is validated whole before any of it is
 * stored, and messages are copied on the way in and out. Nothing survives the process.
 */
export class InMemoryShortTermStore implements ShortTermStore {
  /** Messages kept per user. */
  readonly maxMessages: number;
  private readonly windows = new Map<string, BoundedBuffer<ShortTermMemory>>();
  private closed = false;

  constructor(options: InMemoryShortTermStoreOptions = {}) {
    this.maxMessages = parseMaxMessages(options.maxMessages, DEFAULT_MAX_MESSAGES);
  }

  async addMessages(userId: string, messages: ShortTermMemoryInput[]): Promise<number> {
    this.assertOpen();
    const user = parseUserId(userId);
    const parsed = parseShortTermMessages(messages);
    // Only the newest maxMessages of a batch can survive trimming, so only those are copied. No await
    // below this line: the batch lands whole, before any other call runs.
    const survivors = parsed.slice(-this.maxMessages);
    if (survivors.length > 0) {
      let window = this.windows.get(user);
      if (window === undefined) {
        window = new BoundedBuffer<ShortTermMemory>(this.maxMessages);
        this.windows.set(user, window);
      }
      for (const message of survivors) window.push(cloneShortTermMemory(message));
    }
    return parsed.length;
  }

  async getRecentMessages(userId: string, limit?: number): Promise<ShortTermMemory[]> {
    this.assertOpen();
    const user = parseUserId(userId);
    const count = parseRecentMessagesLimit(limit);
    const window = this.windows.get(user);
    if (window === undefined) return [];
    return window.newest(count).map((message) => cloneShortTermMemory(message));
  }

  async getMessageCount(userId: string): Promise<number> {
    this.assertOpen();
    return this.windows.get(parseUserId(userId))?.size ?? 0;
  }

  async clearUserMessages(userId: string): Promise<number> {
    this.assertOpen();
    const user = parseUserId(userId);
    const count = this.windows.get(user)?.size ?? 0;
    this.windows.delete(user);
    return count;
  }

  /** Marks the store closed; later calls fail with `StoreUnavailableError`. Safe to call twice. */
  async close(): Promise<void> {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('InMemoryShortTermStore is closed');
  }
}
