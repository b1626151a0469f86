import { ValidationError } from '@casual-memory/core';
import { LlmMemoryExtractor } from '../src/extraction/llm-memory-extractor';
import { MEMORY_EXTRACTION_PROMPT } from '../src/extraction/memory-extraction-prompt';
import { scriptedChat } from './helpers/chat';

// Ported from the original's tests/extractors/test_llm_extractor.py (REFERENCE.md §6.3, §7).
const conversation = [{ role: 'user', content: 'I live in Lisbon and I am allergic to peanuts' }];
const reply = (memories: unknown[]) => JSON.stringify({ memories });
const monday = new Date(2024, 0, 1, 10, 0, 0);

describe('LlmMemoryExtractor', () => {
  it('extracts one memory with its fields', async () => {
    const { provider } = scriptedChat(
      reply([{ text: 'I live in Lisbon', type: 'fact', tags: ['location'], importance: 0.8, source: 'user' }]),
    );
    expect(await new LlmMemoryExtractor(provider).extract(conversation)).toEqual([
      { text: 'I live in Lisbon', type: 'fact', tags: ['location'], importance: 0.8, source: 'user' },
    ]);
  });

  it('extracts several memories of every type, keeping sources and tags', async () => {
    const items = [
      { text: 'I live in Lisbon', type: 'fact', tags: ['home'], importance: 0.8, source: 'user' },
      { text: 'I like jazz', type: 'preference', tags: ['music'], importance: 0.6, source: 'user' },
      { text: 'I want to run a marathon', type: 'goal', tags: [], importance: 0.7, source: 'user' },
      { text: 'Rain expected in Lisbon', type: 'event', tags: ['weather'], importance: 0.9, source: 'assistant' },
    ];
    const memories = await new LlmMemoryExtractor(scriptedChat(reply(items)).provider).extract(conversation);
    expect(memories.map((memory) => [memory.type, memory.source, memory.tags])).toEqual([
      ['fact', 'user', ['home']],
      ['preference', 'user', ['music']],
      ['goal', 'user', []],
      ['event', 'assistant', ['weather']],
    ]);
  });

  it('keeps memories of importance 0.5 and above only', async () => {
    const items = [0.9, 0.5, 0.3].map((importance) => ({ text: `imp ${importance}`, importance, source: 'user' }));
    const extractor = new LlmMemoryExtractor(scriptedChat(reply(items)).provider);
    expect((await extractor.extract(conversation)).map((memory) => memory.importance)).toEqual([0.9, 0.5]);
    expect(extractor.getMetrics()).toMatchObject({ calls: 1, extracted: 2, dropped: 1 });
    expect(() => new LlmMemoryExtractor(scriptedChat('').provider, { minImportance: 2 })).toThrow(ValidationError);
  });

  it('passes validUntil through and normalises relative dates', async () => {
    const items = [
      { text: 'Concert on Saturday', type: 'event', importance: 0.6, source: 'user', valid_until: '2030-05-01T23:59:59Z' },
      { text: 'Dentist tomorrow', type: 'event', importance: 0.7, source: 'user' },
      { text: 'My birthday is next Tuesday', type: 'fact', importance: 0.7, source: 'user', valid_until: 'not a date' },
    ];
    const memories = await new LlmMemoryExtractor(scriptedChat(reply(items)).provider).extract(conversation, { referenceDate: monday });
    expect(memories[0]).toMatchObject({ text: 'Concert on January 06', validUntil: new Date('2030-05-01T23:59:59Z') });
    expect(memories[1]).toMatchObject({ text: 'Dentist on January 02', validUntil: new Date(2024, 0, 2, 23, 59, 59) });
    expect(memories[2]).toEqual({ text: 'My birthday is on January 02', type: 'fact', tags: [], importance: 0.7, source: 'user' });
  });

  it('gives [] for unreadable JSON, a failing provider, or an empty conversation (no call then)', async () => {
    expect(await new LlmMemoryExtractor(scriptedChat('not json').provider).extract(conversation)).toEqual([]);
    expect(await new LlmMemoryExtractor(scriptedChat('{"facts": []}').provider).extract(conversation)).toEqual([]);
    expect(await new LlmMemoryExtractor(scriptedChat(new Error('down')).provider).extract(conversation)).toEqual([]);
    const { provider, calls } = scriptedChat(reply([]));
    expect(await new LlmMemoryExtractor(provider).extract([])).toEqual([]);
    expect(calls).toHaveLength(0);
  });

  it('throws instead when asked to', async () => {
    await expect(
      new LlmMemoryExtractor(scriptedChat(new Error('down')).provider, { onError: 'throw' }).extract(conversation),
    ).rejects.toThrow('down');
    await expect(new LlmMemoryExtractor(scriptedChat('nope').provider, { onError: 'throw' }).extract(conversation)).rejects.toMatchObject({
      code: 'PROVIDER_BAD_RESPONSE',
    });
  });

  it('calls the chat once with the filled-in system prompt and the conversation as JSON lines', async () => {
    const { provider, calls } = scriptedChat(reply([]));
    const messages = [
      { role: 'user', content: 'Hi "there"' },
      { role: 'assistant', content: 'Hello' },
    ];
    await new LlmMemoryExtractor(provider).extract(messages, { referenceDate: new Date(2025, 11, 9, 8) });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.options).toEqual({ json: true });
    const [system, user] = calls[0]?.messages ?? [];
    expect(system?.role).toBe('system');
    expect(system?.content).toContain('memories');
    expect(system?.content).toContain('Today is Tuesday, December 09, 2025');
    expect(system?.content).not.toContain('{today}');
    expect(user).toEqual({ role: 'user', content: '{"role":"user","content":"Hi \\"there\\""}\n{"role":"assistant","content":"Hello"}' });
    expect(MEMORY_EXTRACTION_PROMPT).toContain('{today}');
  });

  it('fills defaults and skips unusable items instead of failing the whole reply', async () => {
    const items = [
      { text: 'I have a cat', source: 'user' },
      { text: 'Only text' },
      { text: '  ', source: 'user' },
      { source: 'user' },
      'a string',
      { text: 'Odd type', type: 'mood', source: 'robot', importance: null, tags: ['ok', 3, ''] },
      { text: 'Too sure', importance: 7 },
    ];
    const prompt = 'Custom {"json": "kept"} on {isonow} / {today_natural}';
    const { provider, calls } = scriptedChat(`Sure!\n\`\`\`json\n${reply(items)}\n\`\`\``);
    const memories = await new LlmMemoryExtractor(provider, { prompt }).extract(conversation, { referenceDate: monday });
    expect(memories).toEqual([
      { text: 'I have a cat', type: 'fact', tags: [], importance: 0.5, source: 'user' },
      { text: 'Only text', type: 'fact', tags: [], importance: 0.5, source: 'user' },
      { text: 'Odd type', type: 'fact', tags: ['ok'], importance: 0.5, source: 'user' },
      { text: 'Too sure', type: 'fact', tags: [], importance: 1, source: 'user' },
    ]);
    expect(calls[0]?.messages[0]?.content).toBe(`Custom {"json": "kept"} on ${monday.toISOString()} / Monday, January 01, 2024`);
    // A bare list is read too.
    expect(await new LlmMemoryExtractor(scriptedChat(JSON.stringify([{ text: 'x' }])).provider).extract(conversation)).toHaveLength(1);
  });
});
