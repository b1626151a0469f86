import type { ShortTermStore } from '@casual-memory/core';
import { parseStoreOptions, z } from '@casual-memory/core/backend';
import { BaseChatMessageHistory } from '@langchain/core/chat_history';
import { AIMessage, type BaseMessage, HumanMessage } from '@langchain/core/messages';
import { userIdSchema } from './memory-service-schema';
import { fromShortTermMessage, toShortTermMessage } from './message-mapping';

export interface ShortTermChatMessageHistoryOptions {
  /** Any `ShortTermStore`: `RedisShortTermStore`, `InMemoryShortTermStore`, your own. */
  store: ShortTermStore;
  /** The key of the conversation in the store: a user id, or a session id (`RunnableWithMessageHistory` gives one). */
  userId: string;
  /** How many of the newest messages `getMessages` returns. Default: the store's default (20). */
  limit?: number;
}

const OptionsSchema = z.strictObject({
  store: z.custom<ShortTermStore>((value) => typeof (value as { addMessages?: unknown } | null)?.addMessages === 'function', {
    error: 'expected a ShortTermStore',
  }),
  userId: userIdSchema,
  limit: z.number().int().min(0).optional(),
});

/**
 * LangChain's chat message history on a casual-memory `ShortTermStore`, so a chain keeps its
 * conversation in Redis (or any store) shared by every process. Messages keep their LangChain class,
 * tool calls and content blocks; the store keeps the newest `maxMessages` of each conversation.
 */
export class ShortTermChatMessageHistory extends BaseChatMessageHistory {
  lc_namespace = ['casual_memory', 'chat_history'];
  readonly store: ShortTermStore;
  readonly userId: string;
  readonly limit: number | undefined;

  static override lc_name(): string {
    return 'ShortTermChatMessageHistory';
  }

  constructor(options: ShortTermChatMessageHistoryOptions) {
    super();
    const parsed = parseStoreOptions(OptionsSchema, options, 'ShortTermChatMessageHistory');
    this.store = parsed.store;
    this.userId = parsed.userId;
    this.limit = parsed.limit;
  }

  /** The newest `limit` messages, oldest first. */
  async getMessages(): Promise<BaseMessage[]> {
    const stored = await this.store.getRecentMessages(this.userId, this.limit === undefined ? {} : { limit: this.limit });
    return stored.map(fromShortTermMessage);
  }

  async addMessage(message: BaseMessage): Promise<void> {
    await this.addMessages([message]);
  }

  /** Appends every message in one store call (one atomic step on Redis). */
  override async addMessages(messages: BaseMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.store.addMessages(this.userId, messages.map(toShortTermMessage));
  }

  async addUserMessage(message: string): Promise<void> {
    await this.addMessage(new HumanMessage(message));
  }

  async addAIMessage(message: string): Promise<void> {
    await this.addMessage(new AIMessage(message));
  }

  async clear(): Promise<void> {
    await this.store.clearUserMessages(this.userId);
  }
}
