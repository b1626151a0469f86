import type { ChatMessage } from '@casual-memory/core';
import { parseInput, z } from '@casual-memory/core/backend';
import { SignalOptionSchema } from './signal-option';

const ChatMessagesSchema = z
  .array(z.strictObject({ role: z.enum(['system', 'user', 'assistant']), content: z.string() }))
  .min(1, 'must hold at least one message');

const ChatOptionsSchema = z.strictObject({ json: z.boolean().optional(), signal: SignalOptionSchema });

/** The messages of `chat`, checked before anything is sent; only `role` and `content` go out. */
export function parseChatMessages(messages: unknown): ChatMessage[] {
  return parseInput(ChatMessagesSchema, messages, 'messages');
}

export function parseChatOptions(options: unknown): { json?: boolean | undefined; signal?: AbortSignal | undefined } {
  return parseInput(ChatOptionsSchema, options ?? {}, 'options');
}
