import type { ShortTermMemory, ShortTermMemoryInput, ShortTermStore } from '@casual-memory/core';
import type { SuiteHarness } from '../suite-harness';

export interface ShortTermStoreFactoryContext {
  /** How many newest messages per user the store must keep. */
  maxMessages: number;
}

export type ShortTermHarness = SuiteHarness<ShortTermStore, ShortTermStoreFactoryContext>;

/** `count` user messages "Message 0", "Message 1", ... (`offset` shifts the numbering). */
export function messages(count: number, offset = 0): ShortTermMemoryInput[] {
  return Array.from({ length: count }, (_, i) => ({ role: 'user' as const, content: `Message ${offset + i}` }));
}

/** The contents "Message from" ... "Message to-1", what `messages(to - from, from)` stored. */
export function messageContents(from: number, to: number): string[] {
  return Array.from({ length: to - from }, (_, i) => `Message ${from + i}`);
}

export function contents(list: readonly (ShortTermMemory | ShortTermMemoryInput)[]): string[] {
  return list.map((message) => message.content);
}

/**
 * Four messages covering every field: all roles, unicode and JSON-looking content, timestamps with
 * milliseconds (one before 1970), nested JSON metadata, empty metadata and none at all.
 */
export function everyFieldMessages(): ShortTermMemoryInput[] {
  return [
    {
      role: 'user',
      content: 'Héllo wörld 👋🏽 你好\nsecond line\r\n\ttabbed "quoted" \\ backslash',
      timestamp: new Date('2026-01-02T03:04:05.678Z'),
      metadata: {
        channel: 'web',
        nested: { list: ['a', 1, 2.5, -3, null, true, false, { deep: [[]] }], empty: {} },
        'ключ 🔑': 'ünïcode',
        big: Number.MAX_SAFE_INTEGER,
        small: 1e-7,
      },
    },
    { role: 'assistant', content: '{"looks":"like json","n":[1,2]}', timestamp: new Date('1969-07-20T20:17:40.001Z') },
    { role: 'system', content: '', timestamp: new Date('2026-01-02T03:04:07.999Z'), metadata: {} },
    { role: 'tool', content: '  padded  ', timestamp: new Date('2026-01-02T03:04:08.000Z'), metadata: { result: '[1,2]' } },
  ];
}
