import { randomUUID } from 'node:crypto';
import { ValidationError } from '@casual-memory/core';
import { InMemoryShortTermStore } from '@casual-memory/memory-short-term';
import { ChatMessage, HumanMessage } from '@langchain/core/messages';
import { fromShortTermMessage, ShortTermChatMessageHistory, toShortTermMessage } from '../src';
import { historyScenarios } from './history-scenarios';

describe('ShortTermChatMessageHistory on InMemoryShortTermStore', () => {
  const store = new InMemoryShortTermStore({ maxMessages: 50 });
  historyScenarios(
    () => store,
    () => randomUUID(),
  );

  it('reads messages other code wrote (no LangChain metadata) by their role', async () => {
    const userId = randomUUID();
    await store.addMessages(userId, [
      { role: 'user', content: 'I live in Porto.', metadata: { channel: 'sms' } },
      { role: 'assistant', content: 'Nice city.' },
      { role: 'tool', content: '{}' },
    ]);
    const messages = await new ShortTermChatMessageHistory({ store, userId }).getMessages();
    expect(messages.map((message) => [message.type, message.content])).toEqual([
      ['human', 'I live in Porto.'],
      ['ai', 'Nice city.'],
      ['tool', '{}'],
    ]);
  });

  it('maps a generic ChatMessage by its role, and refuses a role a short-term store cannot keep', async () => {
    expect(toShortTermMessage(new ChatMessage('hi', 'user'))).toEqual({ role: 'user', content: 'hi' });
    expect(toShortTermMessage(new ChatMessage('ok', 'Assistant'))).toEqual({ role: 'assistant', content: 'ok' });
    expect(() => toShortTermMessage(new ChatMessage('...', 'narrator'))).toThrow(ValidationError);
    expect(() => toShortTermMessage(new ChatMessage('...', 'narrator'))).toThrow(/role "narrator"/);
    // A role named after what every object has is no role either.
    for (const role of ['constructor', '__proto__', 'toString'])
      expect(() => toShortTermMessage(new ChatMessage('...', role))).toThrow(`role "${role}"`);
    const history = new ShortTermChatMessageHistory({ store, userId: randomUUID() });
    await expect(history.addMessages([new HumanMessage('kept?'), new ChatMessage('...', 'narrator')])).rejects.toThrow(ValidationError);
    expect(await history.getMessages()).toEqual([]); // nothing of a refused batch is written
    expect(fromShortTermMessage({ role: 'system', content: 'Be kind.', timestamp: new Date() }).type).toBe('system');
  });

  it('passes the store errors through, and checks its options', async () => {
    const closed = new InMemoryShortTermStore();
    await closed.close();
    await expect(new ShortTermChatMessageHistory({ store: closed, userId: 'ana' }).getMessages()).rejects.toThrow(/closed/i);
    expect(() => new ShortTermChatMessageHistory({ store, userId: ' ' })).toThrow(ValidationError);
    expect(() => new ShortTermChatMessageHistory({ store: {} as never, userId: 'ana' })).toThrow(/expected a ShortTermStore/);
    expect(() => new ShortTermChatMessageHistory({ store, userId: 'ana', limit: 1.5 })).toThrow(/limit/);
  });
});
