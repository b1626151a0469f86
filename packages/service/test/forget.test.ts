import { InMemoryConflictStore } from '@casual-memory/memory-conflicts';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import { MemoryService } from '../src/service/memory-service';

function service() {
  return new MemoryService({ vectorStore: new InMemoryVectorStore({ dimensions: 384 }), conflictStore: new InMemoryConflictStore() });
}
const say = (text: string, userId = 'u1') => ({ text, type: 'fact' as const, userId });

describe('MemoryService.forget', () => {
  it('deletes a memory for good, and an unknown or foreign id changes nothing', async () => {
    const memories = service();
    const tea = await memories.add(say('I like green tea'));
    expect(await memories.forget('u2', tea.memoryId)).toMatchObject({ forgotten: false, memory: null });
    const result = await memories.forget('u1', tea.memoryId);
    expect(result).toMatchObject({
      forgotten: true,
      memory: { id: tea.memoryId, memory: { text: 'I like green tea' } },
      closedConflicts: [],
    });
    expect(await memories.vectorStore.getById('u1', tea.memoryId)).toBeNull();
    expect(await memories.forget('u1', tea.memoryId)).toMatchObject({ forgotten: false });
  });

  it('closes a pending conflict that names the forgotten memory, so the other fact is current', async () => {
    const memories = service();
    const london = await memories.add(say('I live in London'));
    const paris = await memories.add(say('I live in Paris'));
    expect(paris.action).toBe('conflict');
    const result = await memories.forget('u1', london.memoryId);
    expect(result.closedConflicts).toHaveLength(1);
    expect(result.closedConflicts[0]).toMatchObject({ decision: 'keep_b', complete: true });
    expect(await memories.getPendingConflicts('u1')).toEqual([]);
    expect((await memories.query('u1', 'where do I live')).map((hit) => hit.memory.text)).toEqual(['I live in Paris']);
  });

  it('forgetting the held side keeps the earlier fact current and leaves no conflict behind', async () => {
    const memories = service();
    await memories.add(say('I live in London'));
    const paris = await memories.add(say('I live in Paris'));
    const result = await memories.forget('u1', paris.memoryId);
    expect(result.closedConflicts[0]).toMatchObject({ decision: 'keep_a' });
    expect(result.memory?.memory.tags).toEqual([]);
    expect(await memories.getPendingConflicts('u1')).toEqual([]);
    expect((await memories.query('u1', 'where do I live')).map((hit) => hit.memory.text)).toEqual(['I live in London']);
  });

  it('validates its input', async () => {
    await expect(service().forget('', 'x')).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    await expect(service().forget('u1', '')).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
  });
});
