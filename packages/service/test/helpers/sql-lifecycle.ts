import type { ConflictStore } from '@casual-memory/core';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import { MemoryService } from '../../src/service/memory-service';

/** The conflict lifecycle end to end, offline defaults, on the given conflict store. */
export function registerConflictLifecycleTests(openStore: () => Promise<ConflictStore & { close(): Promise<void> }>): void {
  let conflictStore: ConflictStore & { close(): Promise<void> };
  beforeAll(async () => {
    conflictStore = await openStore();
  });
  afterAll(async () => {
    await conflictStore?.close();
  });

  const newService = () => new MemoryService({ vectorStore: new InMemoryVectorStore({ dimensions: 384 }), conflictStore });
  const userId = () => `user-${Math.random().toString(36).slice(2)}`;
  const fact = (user: string, text: string) => ({ text, type: 'fact' as const, userId: user });
  const texts = async (service: MemoryService, user: string) =>
    (await service.query(user, 'where do I live', { minScore: 0 })).map((hit) => hit.memory.text).sort();

  it('records a contradiction and applies keep_b once, even when resolved concurrently', async () => {
    const service = newService();
    const user = userId();
    const london = await service.add(fact(user, 'I live in London'));
    const paris = await service.add(fact(user, 'I live in Paris'));
    expect(paris.action).toBe('conflict');
    const [pending] = await service.getPendingConflicts(user);
    expect(pending).toMatchObject({
      id: paris.conflictIds[0],
      memoryAId: london.memoryId,
      memoryBId: paris.memoryId,
      category: 'location',
    });
    expect(await texts(service, user)).toEqual(['I live in London']);
    const racing = await Promise.all([
      service.resolveConflict(user, pending?.id ?? '', 'keep_b'),
      service.resolveConflict(user, pending?.id ?? '', 'keep_a'),
    ]);
    expect(racing.map((result) => result.applied)).toEqual([true, false]);
    expect(await texts(service, user)).toEqual(['I live in Paris']);
    expect(await conflictStore.getConflict(user, pending?.id ?? '')).toMatchObject({
      status: 'resolved',
      resolutionDecision: 'keep_b',
      winningMemoryId: paris.memoryId,
    });
    expect(await service.getPendingConflicts(user)).toEqual([]);
  });

  it('escalates, then merges', async () => {
    const service = newService();
    const user = userId();
    await service.add(fact(user, 'I live in London'));
    const paris = await service.add(fact(user, 'I live in Paris'));
    const conflictId = paris.conflictIds[0] ?? '';
    expect(await service.escalateConflict(user, conflictId)).toBe(true);
    expect(await service.getPendingConflicts(user)).toMatchObject([{ id: conflictId, status: 'escalated' }]);
    const merged = await service.resolveConflict(user, conflictId, {
      decision: 'merge',
      confirmingMemoryText: 'I live in London and in Paris',
    });
    expect(merged.applied).toBe(true);
    expect(await texts(service, user)).toEqual(['I live in London and in Paris']);
    expect(await conflictStore.getConflict(user, conflictId)).toMatchObject({ mergedText: 'I live in London and in Paris' });
  });
}
