import type { ShortTermMemoryInput, ShortTermStore } from '@casual-memory/core';
import type { SuiteHarness } from '../suite-harness';

export interface ShortTermStoreFactoryContext {
  /** How many newest messages per user the store must keep. */
  maxMessages: number;
}

export type ShortTermHarness = SuiteHarness<ShortTermStore, ShortTermStoreFactoryContext>;

/** `count` user messages "Message 0", "Message 1", ... (offset shifts the numbering). */
export function messages(count: number, offset = 0): ShortTermMemoryInput[] {
  return Array.from({ length: count }, (_, i) => ({ role: 'user' as const, content: `Message ${offset + i}` }));
}

export function contents(list: { content: string }[]): string[] {
  return list.map((message) => message.content);
}
