import { ValidationError } from '@casual-memory/core';
import { generateText, stepCountIs } from 'ai';
import { memoryTools } from '../src';
import { memoryFixture } from './memory-fixture';
import { scriptedModel, seenField } from './scripted-model';

type Steps = { steps: ReadonlyArray<{ toolResults: ReadonlyArray<{ toolName: string; output: unknown }> }> };

/** Each tool result of a turn, in order, with its tool's name. */
const outputsOf = (result: Steps) =>
  result.steps.flatMap((step) => step.toolResults.map((toolResult) => ({ tool: toolResult.toolName, output: toolResult.output })));

describe('memoryTools driven by generateText', () => {
  it('remembers through a tool call and says what it decided', async () => {
    const memory = memoryFixture();
    const model = scriptedModel([{ call: [['remember', { text: 'I live in London', tags: ['home'] }]] }, { text: 'Noted.' }]);

    const result = await generateText({ model, prompt: 'I live in London', tools: memoryTools(memory.options), stopWhen: stepCountIs(5) });

    expect(result.text).toBe('Noted.');
    const [remembered] = outputsOf(result);
    expect(remembered).toEqual({
      tool: 'remember',
      output: expect.objectContaining({
        ok: true,
        action: 'added',
        summary: 'Remembered "I live in London".',
        supersedes: [],
        conflicts: [],
      }),
    });
    const stored = await memory.service.query(memory.userId, 'where do I live');
    expect(stored.map((hit) => [hit.memory.text, hit.memory.tags, hit.memory.source])).toEqual([['I live in London', ['home'], 'user']]);
  });

  it('takes a duplicate as one more mention and an update as replacing the older fact, with reasons', async () => {
    const memory = memoryFixture();
    const model = scriptedModel([
      { call: [['remember', { text: 'I live in London' }]] },
      { call: [['remember', { text: 'I live in London' }]] },
      { call: [['remember', { text: 'I moved to Lisbon' }]] },
      { text: 'Got it.' },
    ]);

    const result = await generateText({ model, prompt: 'x', tools: memoryTools(memory.options), stopWhen: stepCountIs(5) });

    const [, duplicate, update] = outputsOf(result).map((entry) => entry.output as Record<string, unknown>);
    expect(duplicate).toMatchObject({ action: 'duplicate', duplicateOf: { text: 'I live in London', mentionCount: 2 } });
    expect(duplicate?.['reasons']).toEqual([expect.any(String)]);
    expect(update).toMatchObject({ action: 'added', supersedes: [{ text: 'I live in London' }] });
    expect(update?.['summary']).toBe('Remembered "I moved to Lisbon"; it replaces "I live in London".');
    expect(update?.['reasons']).toEqual([expect.stringContaining('moved')]);
  });

  it('settles a contradiction when the user says one side again with "to be clear"', async () => {
    const memory = memoryFixture();
    const model = scriptedModel([
      { call: [['remember', { text: 'I live in London' }]] },
      { call: [['remember', { text: 'I live in Paris' }]] },
      { call: [['remember', { text: 'To be clear, I live in Paris' }]] },
      { text: 'Got it.' },
    ]);

    const result = await generateText({ model, prompt: 'x', tools: memoryTools(memory.options), stopWhen: stepCountIs(5) });

    const [london, paris, settled] = outputsOf(result).map((entry) => entry.output as Record<string, unknown>);
    expect(paris).toMatchObject({ action: 'conflict' });
    expect(settled).toMatchObject({
      action: 'duplicate',
      settled: [
        {
          conflictId: (paris as { conflicts: Array<{ conflictId: string }> }).conflicts[0]?.conflictId,
          kept: { text: 'I live in Paris' },
          archived: { id: london?.['memoryId'], text: 'I live in London' },
        },
      ],
    });
    expect(settled?.['summary']).toBe(
      'Already known as "I live in Paris" (mentioned 2 times). That settles it: "I live in London" no longer holds.',
    );
    expect((await memory.service.query(memory.userId, 'where do I live')).map((hit) => hit.memory.text)).toEqual(['I live in Paris']);
  });

  it('settles a contradiction when the user updates one side', async () => {
    const memory = memoryFixture();
    const model = scriptedModel([
      { call: [['remember', { text: 'I live in London' }]] },
      { call: [['remember', { text: 'I live in Paris' }]] },
      { call: [['remember', { text: 'I moved to Berlin' }]] },
      { text: 'Got it.' },
    ]);

    const result = await generateText({ model, prompt: 'x', tools: memoryTools(memory.options), stopWhen: stepCountIs(5) });

    const [, paris, berlin] = outputsOf(result).map((entry) => entry.output as Record<string, unknown>);
    expect(berlin).toMatchObject({
      action: 'added',
      settled: [
        {
          conflictId: (paris as { conflicts: Array<{ conflictId: string }> }).conflicts[0]?.conflictId,
          kept: { id: berlin?.['memoryId'], text: 'I moved to Berlin' },
          archived: { id: paris?.['memoryId'], text: 'I live in Paris' },
        },
      ],
    });
    expect(berlin?.['summary']).toBe('Remembered "I moved to Berlin"; it replaces "I live in London", "I live in Paris".');
    expect(await memory.service.getPendingConflicts(memory.userId)).toEqual([]);
  });

  it('shows a contradiction through conflicts, resolves it with the answer, and recalls the answer', async () => {
    const memory = memoryFixture();
    const tools = memoryTools(memory.options);
    await generateText({
      model: scriptedModel([{ call: [['remember', { text: 'I live in London' }]] }, { text: 'ok' }]),
      prompt: 'I live in London',
      tools,
      stopWhen: stepCountIs(3),
    });

    // The next turn: a contradiction; the model lists it, asks, and (in the turn after) resolves.
    const contradiction = await generateText({
      model: scriptedModel([
        { call: [['remember', { text: 'I live in Paris' }]] },
        {
          call: [
            ['conflicts', {}],
            ['recall', { query: 'where do I live' }],
          ],
        },
        (seen) => ({ text: `Do you live in London or Paris? (${seenField<unknown[]>(seen, 'conflicts', 'conflicts').length} open)` }),
      ]),
      prompt: 'I live in Paris',
      tools,
      stopWhen: stepCountIs(5),
    });
    const [remembered, listed, recalledBefore] = outputsOf(contradiction).map((entry) => entry.output as Record<string, unknown>);
    expect(remembered).toMatchObject({
      ok: true,
      action: 'conflict',
      conflicts: [{ contradicts: { text: 'I live in London' }, question: 'Where do you currently live?' }],
    });
    expect(remembered?.['summary']).toContain('Ask the user: Where do you currently live?');
    expect(listed).toEqual({
      ok: true,
      conflicts: [
        {
          conflictId: expect.any(String),
          category: 'location',
          question: 'Where do you currently live?',
          a: { id: expect.any(String), text: 'I live in London' },
          b: { id: expect.any(String), text: 'I live in Paris' },
        },
      ],
    });
    // Held out of recall until the user answers.
    expect((recalledBefore?.['memories'] as Array<{ text: string }> | undefined)?.map((hit) => hit.text)).toEqual(['I live in London']);
    expect(contradiction.text).toBe('Do you live in London or Paris? (1 open)');

    const answer = await generateText({
      model: scriptedModel([
        { call: [['conflicts', {}]] },
        (seen) => {
          const [open] = seenField<Array<{ conflictId: string }>>(seen, 'conflicts', 'conflicts');
          return { call: [['resolve', { conflictId: open?.conflictId, decision: 'keep_b' }]] };
        },
        { call: [['recall', { query: 'where do I live' }]] },
        (seen) => ({ text: `You live in ${seenField<Array<{ text: string }>>(seen, 'recall', 'memories')[0]?.text.split(' ').at(-1)}.` }),
      ]),
      prompt: 'Paris now',
      tools,
      stopWhen: stepCountIs(6),
    });
    const [, resolved, recalled] = outputsOf(answer).map((entry) => entry.output as Record<string, unknown>);
    expect(resolved).toEqual({
      ok: true,
      applied: true,
      decision: 'keep_b',
      current: [{ id: expect.any(String), text: 'I live in Paris' }],
      archived: [{ id: expect.any(String), text: 'I live in London' }],
    });
    expect(recalled).toEqual({
      ok: true,
      memories: [expect.objectContaining({ text: 'I live in Paris', type: 'fact', score: expect.any(Number), mentionCount: 1, tags: [] })],
    });
    expect(answer.text).toBe('You live in Paris.');
    expect(await memory.service.getPendingConflicts(memory.userId)).toEqual([]);
  });

  it('answers an unknown conflict as a failed call the model can read, and the turn goes on', async () => {
    const memory = memoryFixture();
    const model = scriptedModel([
      { call: [['resolve', { conflictId: 'no-such-conflict', decision: 'keep_a' }]] },
      { text: 'I could not find that.' },
    ]);

    const result = await generateText({ model, prompt: 'x', tools: memoryTools(memory.options), stopWhen: stepCountIs(3) });

    expect(outputsOf(result)[0]?.output).toEqual({ ok: false, error: expect.stringContaining('no-such-conflict'), retryable: false });
    expect(result.text).toBe('I could not find that.');
    expect(memory.events).toEqual([expect.objectContaining({ type: 'error', operation: 'resolve', userId: memory.userId })]);
  });

  it('never lets the model pick the user: each tool set reads and writes only its own user', async () => {
    const ana = memoryFixture();
    await generateText({
      model: scriptedModel([{ call: [['remember', { text: 'I live in London', userId: 'bob' }]] }, { text: 'ok' }]),
      prompt: 'x',
      tools: memoryTools(ana.options),
      stopWhen: stepCountIs(3),
    });
    const asBob = await generateText({
      model: scriptedModel([{ call: [['recall', { query: 'where do I live' }]] }, { text: 'ok' }]),
      prompt: 'x',
      tools: memoryTools({ service: ana.service, userId: 'bob' }),
      stopWhen: stepCountIs(3),
    });
    expect(outputsOf(asBob)[0]?.output).toEqual({ ok: true, memories: [] });
    expect(await ana.texts('where do I live')).toEqual(['I live in London']);
  });

  it('gives input the schema refuses back to the model as a tool error, without calling the service', async () => {
    const memory = memoryFixture();
    const model = scriptedModel([{ call: [['remember', { text: '   ' }]] }, { text: 'Sorry.' }]);

    const result = await generateText({ model, prompt: 'x', tools: memoryTools(memory.options), stopWhen: stepCountIs(3) });

    const errors = result.steps[0]?.content.filter((part) => part.type === 'tool-error') ?? [];
    expect(errors).toHaveLength(1);
    expect(result.text).toBe('Sorry.');
    expect(memory.adds()).toBe(0);
  });

  it('checks its options', () => {
    const memory = memoryFixture();
    expect(() => memoryTools({ service: memory.service, userId: ' ' })).toThrow(ValidationError);
    expect(() => memoryTools({ service: memory.service, userId: 'ana', recallLimit: 0 })).toThrow(/recallLimit/);
    expect(() => memoryTools({ service: {} as never, userId: 'ana' })).toThrow(/expected a MemoryService/);
    expect(() => memoryTools({ service: memory.service, userId: 'ana', extra: true } as never)).toThrow(ValidationError);
  });
});
