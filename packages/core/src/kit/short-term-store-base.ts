import type { ShortTermMemory, ShortTermMemoryInput } from '../models/short-term-memory';
import type { ShortTermStore } from '../protocols/short-term-store';
import { cloneShortTermMemory } from '../records/clone-records';
import { parseRecentMessagesOptions, parseShortTermMessages, parseUserId } from '../validation/parsers';
import type { RecentMessagesOptions } from '../validation/store-options';
import { type MaybePromise, StoreBase } from './store-base';

/**
 * The base of every `ShortTermStore`: subclasses implement storage operations on validated input;
 * the base parses every argument (a batch whole, before any of it is stored), keeps the closed
 * state, copies what goes in and out, and types errors.
 */
export abstract class ShortTermStoreBase extends StoreBase implements ShortTermStore {
  /** Appends a non-empty, validated batch in order as one step and trims the user's list to the newest `maxMessages`. */
  protected abstract appendMessages(userId: string, messages: readonly ShortTermMemory[]): MaybePromise<void>;
  /** The user's newest `limit` (at least 1) messages, oldest first. */
  protected abstract readRecentMessages(userId: string, limit: number): MaybePromise<readonly ShortTermMemory[]>;
  protected abstract countMessages(userId: string): MaybePromise<number>;
  /** Deletes the user's messages; returns how many there were. */
  protected abstract removeUserMessages(userId: string): MaybePromise<number>;

  addMessages(userId: string, messages: readonly ShortTermMemoryInput[]): Promise<number> {
    return this.run(
      'addMessages',
      // Parsing already copied each message and its metadata; only the timestamp is still the caller's Date.
      () => ({ user: parseUserId(userId), parsed: parseShortTermMessages(messages).map(withOwnTimestamp) }),
      async ({ user, parsed }) => {
        if (parsed.length > 0) await this.appendMessages(user, parsed);
        return parsed.length;
      },
    );
  }

  getRecentMessages(userId: string, options?: RecentMessagesOptions): Promise<ShortTermMemory[]> {
    return this.run(
      'getRecentMessages',
      () => ({ user: parseUserId(userId), parsed: parseRecentMessagesOptions(options) }),
      async ({ user, parsed }) => {
        if (parsed.limit === 0) return [];
        const messages = await this.readRecentMessages(user, parsed.limit);
        const newest = messages.length > parsed.limit ? messages.slice(-parsed.limit) : messages;
        return this.freshResults ? [...newest] : newest.map((message) => cloneShortTermMemory(message));
      },
    );
  }

  getMessageCount(userId: string): Promise<number> {
    return this.run(
      'getMessageCount',
      () => parseUserId(userId),
      (user) => this.countMessages(user),
    );
  }

  clearUserMessages(userId: string): Promise<number> {
    return this.run(
      'clearUserMessages',
      () => parseUserId(userId),
      (user) => this.removeUserMessages(user),
    );
  }
}

function withOwnTimestamp(message: ShortTermMemory): ShortTermMemory {
  message.timestamp = new Date(message.timestamp.getTime());
  return message;
}
