import { StoreClosedError } from '@casual-memory/core';
import { generateText, stepCountIs, streamText } from 'ai';
import { convertArrayToReadableStream, MockLanguageModelV3 } from 'ai/test';
import { type MemoryEvent, memoryContext, memoryTools, saveTurn } from '../src';
import { memoryFixture } from './memory-fixture';
import { scriptedModel } from './scripted-model';

describe('when the memory store fails', () => {
  it('the turn goes on without memory: context empty, tools answer ok: false, nothing saved, each failure an event', async () => {
    const memory = memoryFixture();
    await memory.service.add({ text: 'I live in London', type: 'fact', userId: memory.userId });
    // Every call now rejects with StoreClosedError.
    await memory.vectorStore.close();
    await memory.conflictStore.close();

    const prompt = 'I live in Paris. Where do I live?';
    const context = await memoryContext({ ...memory.options, prompt });
    expect(context).toEqual({ memories: [], text: '' });

    const result = await generateText({
      model: scriptedModel([
        {
          call: [
            ['recall', { query: 'where do I live' }],
            ['remember', { text: 'I live in Paris' }],
            ['conflicts', {}],
          ],
        },
        { text: "I can't reach your memories right now." },
      ]),
      system: `Be brief.\n\n${context.text}`,
      prompt,
      tools: memoryTools(memory.options),
      stopWhen: stepCountIs(4),
      onFinish: saveTurn({ ...memory.options, prompt }),
    });

    expect(result.text).toBe("I can't reach your memories right now.");
    expect(result.steps[0]?.toolResults.map((toolResult) => toolResult.output)).toEqual([
      { ok: false, error: expect.stringMatching(/closed/i), retryable: false },
      { ok: false, error: expect.stringMatching(/closed/i), retryable: false },
      { ok: false, error: expect.stringMatching(/closed/i), retryable: false },
    ]);
    const failures = memory.events.map((event) =>
      event.type === 'error' ? [event.operation, event.error instanceof StoreClosedError] : event.type,
    );
    // The context first, the three tools (run in parallel, in any order), the saved turn last.
    expect(failures[0]).toEqual(['context', true]);
    expect(failures.slice(1, 4)).toEqual(
      expect.arrayContaining([
        ['recall', true],
        ['remember', true],
        ['conflicts', true],
      ]),
    );
    expect(failures.slice(4)).toEqual([['save-turn', true]]);
  });

  it("passes the turn's abort signal to the service: an aborted turn ends the memory call as a retryable failure", async () => {
    const memory = memoryFixture();
    const tools = memoryTools(memory.options);
    const abortSignal = AbortSignal.abort(new Error('the user stopped the turn'));
    const output = await tools.recall.execute?.({ query: 'where do I live' }, { toolCallId: 'c1', messages: [], abortSignal });
    expect(output).toEqual({ ok: false, error: expect.any(String), retryable: true });
    expect(memory.events).toEqual([expect.objectContaining({ type: 'error', operation: 'recall', retryable: true })]);
    await memory.service.add({ text: 'I live in Oslo', type: 'fact', userId: memory.userId });
    const context = await memoryContext({ ...memory.options, prompt: 'where do I live', abortSignal });
    expect(context).toEqual({ memories: [], text: '' });
    expect(memory.events.at(-1)).toMatchObject({ type: 'error', operation: 'context', retryable: true });
    const remembered = await tools.remember.execute?.({ text: 'I live in Rome' }, { toolCallId: 'c2', messages: [], abortSignal });
    expect(remembered).toMatchObject({ ok: false, retryable: true });
    expect(memory.adds()).toBe(1); // Oslo, added without a signal
    expect((await memoryContext({ ...memory.options, prompt: 'where do I live' })).memories).toHaveLength(1);
  });

  it('a throwing onEvent handler does not break the turn either', async () => {
    const memory = memoryFixture();
    await memory.vectorStore.close();
    const onEvent = (event: MemoryEvent) => {
      throw new Error(`observer failed on ${event.type}`);
    };
    const context = await memoryContext({ ...memory.options, onEvent, prompt: 'hi' });
    expect(context.memories).toEqual([]);
    await expect(saveTurn({ ...memory.options, onEvent, prompt: 'I live in Rome.' })({ text: '' })).resolves.toBeUndefined();
  });
});

describe('saveTurn with streamText', () => {
  it('saves once when the stream finishes after a tool step', async () => {
    const memory = memoryFixture();
    const usage = {
      inputTokens: { total: 3, noCache: 3, cacheRead: 0, cacheWrite: 0 },
      outputTokens: { total: 2, text: 2, reasoning: 0 },
    };
    const model = new MockLanguageModelV3({
      doStream: [
        {
          stream: convertArrayToReadableStream([
            { type: 'stream-start', warnings: [] },
            { type: 'tool-call', toolCallId: 'c1', toolName: 'recall', input: JSON.stringify({ query: 'pets' }) },
            { type: 'finish', finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage },
          ]),
        },
        {
          stream: convertArrayToReadableStream([
            { type: 'stream-start', warnings: [] },
            { type: 'text-start', id: 't1' },
            { type: 'text-delta', id: 't1', delta: 'A cat, ' },
            { type: 'text-delta', id: 't1', delta: 'lovely.' },
            { type: 'text-end', id: 't1' },
            { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
          ]),
        },
      ],
    });
    const prompt = 'I have a cat named Miso.';
    const stream = streamText({
      model,
      prompt,
      tools: memoryTools(memory.options),
      stopWhen: stepCountIs(3),
      onFinish: saveTurn({ ...memory.options, prompt }),
    });
    expect(await stream.text).toBe('A cat, lovely.');
    expect((await stream.steps).length).toBe(2);
    // streamText awaits onFinish before the stream settles; a tick more, to be sure nothing is left.
    await new Promise((resolve) => setImmediate(resolve));
    expect(memory.adds()).toBe(1);
    expect(await memory.texts('I have a cat named Miso')).toEqual(['I have a cat named Miso.']);
  });
});
