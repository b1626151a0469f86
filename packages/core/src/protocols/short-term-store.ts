import type { ShortTermMemory, ShortTermMemoryInput } from '../models/short-term-memory';
import type { RecentMessagesOptions } from '../validation/store-options';

/** Recent conversation turns per user, newest `maxMessages` kept. Results are copies. */
export interface ShortTermStore {
  /** Appends in order, keeps the newest `maxMessages` of the user; returns `messages.length`. */
  addMessages(userId: string, messages: readonly ShortTermMemoryInput[]): Promise<number>;
  /** The newest `limit` (default 20) messages, oldest first. */
  getRecentMessages(userId: string, options?: RecentMessagesOptions): Promise<ShortTermMemory[]>;
  getMessageCount(userId: string): Promise<number>;
  /** Deletes the user's messages; returns how many there were. */
  clearUserMessages(userId: string): Promise<number>;
  close(): Promise<void>;
}
