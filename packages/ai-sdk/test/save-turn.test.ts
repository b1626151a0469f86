import { ValidationError } from '@casual-memory/core';
import { LlmMemoryExtractor } from '@casual-memory/service';
import { generateText, type ModelMessage, stepCountIs } from 'ai';
import { memoryContext, memoryTools, saveTurn, type TurnMessage } from '../src';
import { memoryFixture } from './memory-fixture';
import { scriptedModel } from './scripted-model';

describe('saveTurn as onFinish', () => {
  it('saves the user statements of a turn once, however many tool steps the turn took', async () => {
    const memory = memoryFixture();
    const prompt = "I moved to Lisbon last week. I'm allergic to peanuts! What should I eat tonight?";
    const model = scriptedModel([
      { call: [['recall', { query: 'food allergies' }]] },
      { call: [['recall', { query: 'where the user lives' }]] },
      { call: [['conflicts', {}]] },
      { text: 'Try a bifana, without peanuts.' },
    ]);

    const result = await generateText({
      model,
      prompt,
      tools: memoryTools(memory.options),
      stopWhen: stepCountIs(6),
      onFinish: saveTurn({ ...memory.options, prompt }),
    });

    expect(result.steps).toHaveLength(4);
    expect(memory.adds()).toBe(2);
    const saved = memory.events.filter((event) => event.type === 'turn-saved');
    expect(saved).toEqual([
      expect.objectContaining({
        userId: memory.userId,
        statements: ['I moved to Lisbon last week.', "I'm allergic to peanuts!"],
        results: [expect.objectContaining({ action: 'added' }), expect.objectContaining({ action: 'added' })],
      }),
    ]);
    // Recall ranks the statement first and holds it once (other memories may follow at lower scores).
    const recalled = await memory.texts('allergic to peanuts');
    expect(recalled[0]).toBe("I'm allergic to peanuts!");
    expect(recalled.filter((text) => text.includes('peanuts'))).toHaveLength(1);
    const [lisbon] = await memory.service.query(memory.userId, 'I moved to Lisbon');
    expect(lisbon?.memory).toMatchObject({ text: 'I moved to Lisbon last week.', source: 'user', mentionCount: 1 });
  });

  it('ignores a second call for the same turn (a handler passed to onStepFinish by mistake saves once)', async () => {
    const memory = memoryFixture();
    const onFinish = saveTurn({ ...memory.options, prompt: 'I live in London.' });
    await onFinish({ text: 'ok' });
    await onFinish({ text: 'ok' });
    expect(memory.adds()).toBe(1);
    expect((await memory.service.query(memory.userId, 'I live in London'))[0]?.memory.mentionCount).toBe(1);
  });

  it("takes this turn's user messages out of a conversation, and gives the next turn its memories", async () => {
    const memory = memoryFixture();
    const messages: ModelMessage[] = [
      { role: 'user', content: 'I work at Google.' },
      { role: 'assistant', content: 'Nice!' },
      { role: 'user', content: [{ type: 'text', text: 'My sister lives in Rome.' }] },
      { role: 'user', content: 'I live in Berlin.' },
    ];
    await generateText({ model: scriptedModel([{ text: 'Noted.' }]), messages, onFinish: saveTurn({ ...memory.options, messages }) });
    expect(memory.events.find((event) => event.type === 'turn-saved')).toMatchObject({
      statements: ['My sister lives in Rome.', 'I live in Berlin.'],
    });

    const context = await memoryContext({ ...memory.options, prompt: 'Where do I live?', minScore: 0.5 });
    expect(context.memories.map((hit) => hit.text)).toContain('I live in Berlin.');
    expect(context.text.split('\n')[0]).toMatch(/^What you remember about the user/);
    expect(context.text).toContain('- "I live in Berlin." (fact)');

    const model = scriptedModel([{ text: 'In Berlin.' }]);
    await generateText({ model, system: `You are helpful.\n\n${context.text}`, prompt: 'Where do I live?' });
    const [system] = model.doGenerateCalls[0]?.prompt ?? [];
    expect(system).toEqual({ role: 'system', content: expect.stringContaining('"I live in Berlin."') });
  });

  it('hands the turn to an extractor when given one (LlmMemoryExtractor fits)', async () => {
    const memory = memoryFixture();
    const seen: TurnMessage[][] = [];
    // A chat provider answering as an extraction model would; the extractor is the service's own.
    const extractor = new LlmMemoryExtractor({
      chat: async (chatMessages) => {
        seen.push(chatMessages.filter((message) => message.role !== 'system') as TurnMessage[]);
        return JSON.stringify({ memories: [{ text: 'Is vegetarian', type: 'preference', importance: 0.8 }] });
      },
    });
    const prompt = "Anything but meat, please, I don't eat it.";
    await generateText({
      model: scriptedModel([{ text: 'Vegetarian it is.' }]),
      prompt,
      onFinish: saveTurn({ ...memory.options, prompt, extractor }),
    });

    expect(JSON.stringify(seen)).toContain("I don't eat it.");
    expect(JSON.stringify(seen)).toContain('Vegetarian it is.');
    const [stored] = await memory.service.query(memory.userId, 'Is vegetarian');
    expect(stored?.memory).toMatchObject({ text: 'Is vegetarian', type: 'preference', importance: 0.8 });
  });

  it('takes prompt as messages too, as generateText does, and keeps the user id exactly as given', async () => {
    const memory = memoryFixture();
    const prompt: ModelMessage[] = [
      { role: 'assistant', content: 'Where are you from?' },
      { role: 'user', content: "I'm from Spain." },
    ];
    await generateText({
      model: scriptedModel([{ text: 'Olé.' }]),
      prompt,
      onFinish: saveTurn({ ...memory.options, userId: ' ana ', prompt }),
    });
    expect(memory.events).toEqual([expect.objectContaining({ type: 'turn-saved', userId: ' ana ', statements: ["I'm from Spain."] })]);
    expect((await memory.service.query(' ana ', "I'm from Spain", { minScore: -1 })).map((hit) => hit.memory.text)).toEqual([
      "I'm from Spain.",
    ]);
    expect(await memory.service.query('ana', "I'm from Spain", { minScore: -1 })).toEqual([]);
  });

  it("skips an extractor's item the service refuses, reports it, and stores the rest", async () => {
    const memory = memoryFixture();
    const extractor = {
      extract: async () => [
        { text: 'I live in Oslo', type: 'fact' as const },
        { text: 'I like skiing', type: 'preference' as const, importance: 7 },
        { text: 'I have a dog', type: 'fact' as const },
      ],
    };
    await saveTurn({ ...memory.options, prompt: 'x', extractor })({ text: '' });
    expect(memory.events).toEqual([
      expect.objectContaining({ type: 'error', operation: 'save-turn', error: expect.any(ValidationError) }),
      expect.objectContaining({ type: 'turn-saved', statements: ['I live in Oslo', 'I have a dog'] }),
    ]);
    expect(memory.adds()).toBe(2); // the refused item (importance 7) never reached the pipeline
  });

  it('keeps questions and requests out by default', async () => {
    const memory = memoryFixture();
    await saveTurn({ ...memory.options, prompt: 'Hello! Can you help me plan my trip? What is the weather in Rome? Tell me a joke.' })({
      text: '',
    });
    expect(memory.adds()).toBe(0);
    expect(memory.events).toEqual([expect.objectContaining({ type: 'turn-saved', statements: [] })]);
  });

  it('needs exactly one of prompt and messages', async () => {
    const memory = memoryFixture();
    expect(() => saveTurn(memory.options)).toThrow(ValidationError);
    expect(() => saveTurn({ ...memory.options, prompt: 'x', messages: [] })).toThrow(/exactly one of prompt and messages/);
    await expect(memoryContext({ ...memory.options })).rejects.toThrow(ValidationError);
  });
});
