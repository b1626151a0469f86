import type { ShortTermStore } from '@casual-memory/core';
import { AIMessage, HumanMessage, SystemMessage, ToolMessage } from '@langchain/core/messages';
import { ChatPromptTemplate, MessagesPlaceholder } from '@langchain/core/prompts';
import { RunnableWithMessageHistory } from '@langchain/core/runnables';
import { FakeChatModel } from '@langchain/core/utils/testing';
import { ShortTermChatMessageHistory } from '../src';

/**
 * The message-history behaviour every ShortTermStore must give a chain, registered against any store
 * (in memory here, Redis in the int test). `conversationId` gives a fresh key per test.
 */
export function historyScenarios(store: () => ShortTermStore, conversationId: () => string): void {
  it('keeps a conversation for RunnableWithMessageHistory: each turn sees the earlier ones', async () => {
    const prompt = ChatPromptTemplate.fromMessages([['system', 'Be brief.'], new MessagesPlaceholder('history'), ['human', '{input}']]);
    // FakeChatModel answers with the messages it was given: its second answer shows the history it saw.
    const chain = new RunnableWithMessageHistory({
      runnable: prompt.pipe(new FakeChatModel({})),
      getMessageHistory: (sessionId: string) => new ShortTermChatMessageHistory({ store: store(), userId: sessionId }),
      inputMessagesKey: 'input',
      historyMessagesKey: 'history',
    });
    const sessionId = conversationId();
    const config = { configurable: { sessionId } };

    await chain.invoke({ input: 'I live in Lisbon.' }, config);
    const second = await chain.invoke({ input: 'Where do I live?' }, config);

    expect(second.content).toBe(['Be brief.', 'I live in Lisbon.', 'Be brief.\nI live in Lisbon.', 'Where do I live?'].join('\n'));
    const stored = await store().getRecentMessages(sessionId);
    expect(stored.map((message) => message.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(stored[0]?.content).toBe('I live in Lisbon.');
    // Another session starts empty.
    expect(await new ShortTermChatMessageHistory({ store: store(), userId: conversationId() }).getMessages()).toEqual([]);
  });

  it('gives back each message class with its tool calls, tool call id, content blocks, id and name', async () => {
    const history = new ShortTermChatMessageHistory({ store: store(), userId: conversationId() });
    const messages = [
      new SystemMessage('You remember things.'),
      new HumanMessage({ content: [{ type: 'text', text: 'I moved to Lisbon.' }], id: 'h1', name: 'ana' }),
      new AIMessage({
        content: '',
        tool_calls: [{ id: 'call-1', name: 'remember', args: { text: 'I moved to Lisbon' }, type: 'tool_call' }],
      }),
      new ToolMessage({ content: '{"action":"added"}', tool_call_id: 'call-1', name: 'remember', status: 'success' }),
      new AIMessage('Noted.'),
    ];
    await history.addMessages(messages);

    const back = await history.getMessages();
    expect(back.map((message) => message.type)).toEqual(['system', 'human', 'ai', 'tool', 'ai']);
    expect(back[1]).toMatchObject({ content: [{ type: 'text', text: 'I moved to Lisbon.' }], id: 'h1', name: 'ana' });
    expect(back[1]?.text).toBe('I moved to Lisbon.');
    expect((back[2] as AIMessage).tool_calls).toEqual([
      expect.objectContaining({ id: 'call-1', name: 'remember', args: { text: 'I moved to Lisbon' } }),
    ]);
    expect(back[3]).toMatchObject({ content: '{"action":"added"}', tool_call_id: 'call-1', name: 'remember', status: 'success' });
    expect(back[4]?.content).toBe('Noted.');
  });

  it('adds user and AI strings, honours limit, and clears', async () => {
    const userId = conversationId();
    const history = new ShortTermChatMessageHistory({ store: store(), userId, limit: 2 });
    await history.addUserMessage('one');
    await history.addAIMessage('two');
    await history.addMessage(new HumanMessage('three'));
    expect((await history.getMessages()).map((message) => [message.type, message.content])).toEqual([
      ['ai', 'two'],
      ['human', 'three'],
    ]);
    await history.clear();
    expect(await history.getMessages()).toEqual([]);
    expect(await store().getMessageCount(userId)).toBe(0);
  });
}
