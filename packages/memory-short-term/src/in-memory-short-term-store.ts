import type { ShortTermMemory } from '@casual-memory/core';
import { ShortTermStoreBase } from '@casual-memory/core/backend';
import { BoundedBuffer } from './bounded-buffer';
import { type InMemoryShortTermStoreOptions, parseShortTermStoreOptions } from './in-memory-short-term-store-options';

const STORE_NAME = 'InMemoryShortTermStore';

/**
 * Recent conversation turns kept in process memory: the embedded default `ShortTermStore`. The kit
 * (`ShortTermStoreBase`) parses every argument (a batch whole, before any of it is stored), keeps
 * the closed state and copies messages in and out; this class keeps each user's newest
 * `maxMessages` in a ring buffer. Storage operations run synchronously, so a batch lands whole even
 * under concurrent calls. Nothing survives the process.
 */
export class InMemoryShortTermStore extends ShortTermStoreBase {
  /** Messages kept per user. */
  readonly maxMessages: number;
  private readonly windows = new Map<string, BoundedBuffer<ShortTermMemory>>();

  constructor(options?: InMemoryShortTermStoreOptions) {
    super(STORE_NAME);
    this.maxMessages = parseShortTermStoreOptions(options, STORE_NAME).maxMessages;
  }

  /** How many messages the store holds, over all users (0 once closed). Counts every user: O(users). */
  get size(): number {
    let total = 0;
    for (const window of this.windows.values()) total += window.size;
    return total;
  }

  protected appendMessages(userId: string, messages: readonly ShortTermMemory[]): void {
    let window = this.windows.get(userId);
    if (window === undefined) {
      window = new BoundedBuffer<ShortTermMemory>(this.maxMessages);
      this.windows.set(userId, window);
    }
    // Only the newest maxMessages of a batch can survive trimming, so only those are kept.
    for (const message of messages.slice(-this.maxMessages)) window.push(message);
  }

  protected readRecentMessages(userId: string, limit: number): ShortTermMemory[] {
    // newest() takes min(limit, size) items, so a limit of 1e10 allocates nothing extra.
    return this.windows.get(userId)?.newest(limit) ?? [];
  }

  protected countMessages(userId: string): number {
    return this.windows.get(userId)?.size ?? 0;
  }

  protected removeUserMessages(userId: string): number {
    const count = this.windows.get(userId)?.size ?? 0;
    this.windows.delete(userId);
    return count;
  }

  /** Drops every message: a closed store holds no data. */
  protected closeStore(): void {
    this.windows.clear();
  }
}
