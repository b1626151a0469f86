import { InProcessUserLock, ValidationError } from '@casual-memory/core';
import { AIMessageChunk, type BaseMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import type { ToolCall } from '@langchain/core/messages/tool';
import { FakeChatModel, FakeStreamingChatModel } from '@langchain/core/utils/testing';
import { memoryTools } from '../src';
import { newService, newUserId } from './memory-service-fixture';

type Tools = ReturnType<typeof memoryTools>;

/**
 * One tool-calling round as an agent runs it: the model (bound to the tools) answers with tool calls,
 * each call runs through its tool (giving a ToolMessage), and the answers go back to a model.
 */
async function round(tools: Tools, calls: Array<[name: string, args: Record<string, unknown>]>, history: BaseMessage[] = []) {
  const toolCalls: ToolCall[] = calls.map(([name, args], index) => ({ id: `call-${index}`, name, args, type: 'tool_call' }));
  const model = new FakeStreamingChatModel({ chunks: [new AIMessageChunk({ content: '', tool_calls: toolCalls })] }).bindTools(tools);
  const request = await model.invoke([...history, new HumanMessage('(the user speaks)')]);
  const byName = new Map(tools.map((tool) => [tool.name, tool]));
  const answers: ToolMessage[] = [];
  for (const call of request.tool_calls ?? []) {
    const tool = byName.get(call.name);
    if (tool === undefined) throw new Error(`no tool ${call.name}`);
    answers.push((await tool.invoke(call)) as ToolMessage);
  }
  // FakeChatModel answers with what it was given: the tool results reach the model.
  const reply = await new FakeChatModel({}).invoke([request, ...answers]);
  return {
    answers,
    parsed: answers.map((answer) => JSON.parse(String(answer.content)) as Record<string, unknown>),
    reply: String(reply.content),
  };
}

describe('memoryTools with a tool-calling chat model', () => {
  it('binds as four tools whose JSON schemas describe their input', () => {
    const tools = memoryTools({ service: newService(), userId: 'ana' });
    expect(tools.map((tool) => tool.name)).toEqual(['remember', 'recall', 'conflicts', 'resolve']);
    const bound = new FakeStreamingChatModel({}).bindTools(tools) as unknown as {
      config: {
        tools: Array<{
          function: { name: string; parameters: { properties: Record<string, { description?: string }>; required?: string[] } };
        }>;
      };
    };
    const remember = bound.config.tools.find((entry) => entry.function.name === 'remember')?.function.parameters;
    expect(remember?.required).toEqual(['text']);
    expect(remember?.properties['text']?.description).toMatch(/first person/);
  });

  it('answers a contradiction the user settles by saying one side again with "to be clear"', async () => {
    const service = newService();
    const tools = memoryTools({ service, userId: newUserId() });
    await round(tools, [['remember', { text: 'I live in London' }]]);
    const paris = await round(tools, [['remember', { text: 'I live in Paris' }]]);
    const settled = await round(tools, [['remember', { text: 'To be clear, I live in Paris' }]]);
    const conflictId = (paris.parsed[0] as { conflicts: Array<{ conflictId: string }> }).conflicts[0]?.conflictId;
    expect(settled.parsed[0]).toMatchObject({
      action: 'duplicate',
      mentionCount: 2,
      settled: [{ conflictId, kept: 'I live in Paris', archived: 'I live in London' }],
    });
    const after = await round(tools, [['conflicts', {}]]);
    expect(after.parsed[0]).toMatchObject({ conflicts: [] });
  });

  it('answers a contradiction the user settles by updating one side', async () => {
    const service = newService();
    const tools = memoryTools({ service, userId: newUserId() });
    await round(tools, [['remember', { text: 'I live in London' }]]);
    const paris = await round(tools, [['remember', { text: 'I live in Paris' }]]);
    const berlin = await round(tools, [['remember', { text: 'I moved to Berlin' }]]);
    const conflictId = (paris.parsed[0] as { conflicts: Array<{ conflictId: string }> }).conflicts[0]?.conflictId;
    expect(berlin.parsed[0]).toMatchObject({
      action: 'added',
      supersedes: [{ text: 'I live in London' }, { text: 'I live in Paris' }],
      settled: [{ conflictId, kept: 'I moved to Berlin', archived: 'I live in Paris' }],
    });
    const after = await round(tools, [['conflicts', {}]]);
    expect(after.parsed[0]).toMatchObject({ conflicts: [] });
  });

  it('remembers, counts a duplicate, shows a contradiction with its question, resolves it and recalls the answer', async () => {
    const service = newService();
    const userId = newUserId();
    const tools = memoryTools({ service, userId });

    const first = await round(tools, [['remember', { text: 'I live in London', tags: ['home'] }]]);
    expect(first.parsed[0]).toMatchObject({ action: 'added', supersedes: [] });
    expect(first.answers[0]).toBeInstanceOf(ToolMessage);
    expect(first.answers[0]?.tool_call_id).toBe('call-0');
    expect(first.reply).toContain('"action":"added"');

    const again = await round(tools, [['remember', { text: 'I live in London' }]]);
    expect(again.parsed[0]).toMatchObject({ action: 'duplicate', mentionCount: 2, reasons: [expect.any(String)] });

    const paris = await round(tools, [['remember', { text: 'I live in Paris' }]]);
    expect(paris.parsed[0]).toMatchObject({
      action: 'conflict',
      conflicts: [{ conflictId: expect.any(String), contradicts: 'I live in London', askTheUser: 'Where do you currently live?' }],
    });

    const listed = await round(tools, [
      ['conflicts', {}],
      ['recall', { query: 'where do I live' }],
    ]);
    const [{ conflicts }, before] = listed.parsed as [
      { conflicts: Array<{ conflictId: string; a: string; b: string }> },
      { memories: Array<{ text: string }> },
    ];
    expect(conflicts).toEqual([
      { conflictId: expect.any(String), a: 'I live in London', b: 'I live in Paris', askTheUser: 'Where do you currently live?' },
    ]);
    expect(before.memories.map((memory) => memory.text)).toEqual(['I live in London']);

    const settled = await round(tools, [['resolve', { conflictId: conflicts[0]?.conflictId, decision: 'keep_b' }]]);
    expect(settled.parsed[0]).toEqual({
      applied: true,
      decision: 'keep_b',
      current: [{ id: expect.any(String), text: 'I live in Paris' }],
      archived: [{ id: expect.any(String), text: 'I live in London' }],
    });
    const after = await round(tools, [['recall', { query: 'where do I live' }]]);
    expect(after.parsed[0]).toEqual({
      memories: [{ id: expect.any(String), text: 'I live in Paris', type: 'fact', score: expect.any(Number), mentionCount: 1 }],
    });
  });

  it('reports an update with what it supersedes, bound to its own user whatever the model sends', async () => {
    const service = newService();
    const userId = newUserId();
    const tools = memoryTools({ service, userId });
    await round(tools, [['remember', { text: 'I live in London', userId: 'someone-else' }]]);
    const moved = await round(tools, [['remember', { text: 'I moved to Lisbon' }]]);
    expect(moved.parsed[0]).toMatchObject({
      action: 'added',
      supersedes: [{ text: 'I live in London' }],
      reasons: [expect.stringContaining('moved')],
    });
    expect(await service.query('someone-else', 'I live in London', { minScore: -1 })).toEqual([]);
  });

  it('refuses input its schema does not accept, and rejects with the typed error of the service or store', async () => {
    const service = newService();
    const tools = memoryTools({ service, userId: newUserId() });
    const named = (name: string) => {
      const found = tools.find((tool) => tool.name === name);
      if (found === undefined) throw new Error(`no tool ${name}`);
      return found;
    };
    const [remember, resolve] = [named('remember'), named('resolve')];
    await expect(remember.invoke({ text: '  ' })).rejects.toThrow(/did not match expected schema/);
    await expect(resolve.invoke({ conflictId: 'nope', decision: 'keep_a' })).rejects.toThrow(/nope/);
    await service.vectorStore.close();
    await expect(remember.invoke({ text: 'I live in Rome' })).rejects.toThrow(/closed/i);
  });

  it("passes the run's abort signal to the service: a run cancelled while the write waits never writes later", async () => {
    const lock = new InProcessUserLock();
    const service = newService({ lock });
    const userId = newUserId();
    const [remember] = memoryTools({ service, userId });
    const held = await lock.acquire(userId); // another writer of this user holds the lock
    const controller = new AbortController();
    const pending = remember?.invoke({ text: 'I live in Rome' }, { signal: controller.signal }).catch((error: unknown) => error);
    setTimeout(() => controller.abort(new Error('cancelled')), 50);
    expect(await pending).toBeInstanceOf(Error);
    await held.release();
    // A write queued after the cancelled one: once it is done, a waiter that missed the signal would have written too.
    await service.add({ text: 'I like tea', type: 'preference', userId });
    expect(await service.query(userId, 'I live in Rome', { minScore: 0.9 })).toEqual([]);
  });

  it('checks its options', () => {
    const service = newService();
    expect(() => memoryTools({ service, userId: '' })).toThrow(ValidationError);
    expect(() => memoryTools({ service, userId: 'ana', recallLimit: 0 })).toThrow(/recallLimit/);
  });
});
