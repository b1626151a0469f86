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

export interface InMemoryShortTermStoreOptions {
  /** How many newest messages to keep per user (oldest drop off first). Default 20. */
  maxMessages?: number;
}

/**
 * Recent conversation turns kept in process memory: the embedded default. Each user has their own
 * bounded list; a batch is validated whole before any of it is stored. Messages are copied in and out.
 */
export class InMemoryShortTermStore implements ShortTermStore {
  /** Messages kept per user. */
  readonly maxMessages: number;
  private readonly messagesByUser = new Map<string, ShortTermMemory[]>();
  private closed = false;

  constructor(options: InMemoryShortTermStoreOptions = {}) {
    this.maxMessages = parseMaxMessages(options.maxMessages, DEFAULT_MAX_MESSAGES);
  }

  async addMessages(userId: string, messages: ShortTermMemoryInput[]): Promise<number> {
    this.assertOpen();
    const user = parseUserId(userId);
    const parsed = parseShortTermMessages(messages);
    if (parsed.length === 0) return 0;
    const kept = this.messagesByUser.get(user) ?? [];
    kept.push(...parsed.map((message) => cloneShortTermMemory(message)));
    if (kept.length > this.maxMessages) kept.splice(0, kept.length - this.maxMessages);
    this.messagesByUser.set(user, kept);
    return parsed.length;
  }

  async getRecentMessages(userId: string, limit?: number): Promise<ShortTermMemory[]> {
    this.assertOpen();
    const user = parseUserId(userId);
    const count = parseRecentMessagesLimit(limit);
    const kept = this.messagesByUser.get(user) ?? [];
    if (count === 0) return [];
    return kept.slice(-count).map((message) => cloneShortTermMemory(message));
  }

  async getMessageCount(userId: string): Promise<number> {
    this.assertOpen();
    return this.messagesByUser.get(parseUserId(userId))?.length ?? 0;
  }

  async clearUserMessages(userId: string): Promise<number> {
    this.assertOpen();
    const user = parseUserId(userId);
    const count = this.messagesByUser.get(user)?.length ?? 0;
    this.messagesByUser.delete(user);
    return count;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('InMemoryShortTermStore is closed');
  }
}
