import { InProcessUserLock } from '@casual-memory/core';
import { ruleService } from './helpers/service';

// Issue 16, item 4: one writer per user is per store, not per MemoryService instance.
const coffee = { text: 'I like coffee', type: 'fact' as const, userId: 'u1' };

describe('MemoryService lock', () => {
  it('serialises two services on the same stores: 2 x 25 parallel identical adds give one memory mentioned 50 times', async () => {
    const first = ruleService();
    const second = ruleService({ vectorStore: first.vectorStore, conflictStore: first.conflictStore });
    const results = await Promise.all(Array.from({ length: 25 }, () => [first.service.add(coffee), second.service.add(coffee)]).flat());
    expect(first.vectorStore.size).toBe(1);
    expect(results.filter((result) => result.action === 'added')).toHaveLength(1);
    const id = results[0]?.memoryId ?? '';
    expect((await first.vectorStore.getById('u1', id))?.memory.mentionCount).toBe(50);
  });

  it('holds the lock it is given around each write, and runs other users meanwhile', async () => {
    const lock = new InProcessUserLock();
    const { service, vectorStore } = ruleService({ lock });
    const held = await lock.acquire('u1');
    let done = false;
    const add = service.add(coffee).then((result) => {
      done = true;
      return result;
    });
    await service.add({ ...coffee, userId: 'u2' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(done).toBe(false);
    expect(vectorStore.size).toBe(1);
    await held.release();
    expect((await add).action).toBe('added');
    expect(vectorStore.size).toBe(2);
    await lock.close();
  });

  it('rejects an option that is not a lock', () => {
    expect(() => ruleService({ lock: 'redis' as never })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_ERROR', path: 'MemoryService options.lock' }),
    );
  });
});
