import { InMemoryConflictStore } from '@casual-memory/memory-conflicts';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import { MemoryService } from '@casual-memory/service';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { SCRIPTED_PAIRS, ScriptedClassifier } from './scripted-classifier';

/** A service on the in-memory stores with the offline embedder, deciding the known pairs as scripted. */
export function memoryService(): MemoryService {
  return new MemoryService({
    vectorStore: new InMemoryVectorStore({ dimensions: 384 }),
    conflictStore: new InMemoryConflictStore(),
    classifiers: [new ScriptedClassifier(SCRIPTED_PAIRS)],
    similarityThreshold: 0.8,
    queryMinScore: 0.75,
  });
}

/** Calls a tool and returns its result with the structured content typed as the caller expects. */
export async function call<T = Record<string, unknown>>(
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<CallToolResult & { structured: T; text: string }> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = result.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');
  return { ...result, structured: result.structuredContent as T, text };
}

export interface Remembered {
  action: 'added' | 'duplicate' | 'conflict';
  memoryId: string;
  supersedes: { id: string; text: string; reason: string }[];
  duplicateOf: { id: string; text: string; mentionCount: number; reason: string } | null;
  conflicts: {
    id: string;
    question: string;
    memoryA: { id: string; text: string };
    memoryB: { id: string; text: string };
    reason: string;
  }[];
}
export interface Recalled {
  memories: { id: string; text: string; score: number; mentionCount: number }[];
}
export interface Conflicts {
  conflicts: { id: string; question: string; memoryA: { id: string; text: string }; memoryB: { id: string; text: string } }[];
}

/**
 * The session every transport is checked with: a fact, the same fact again, an update, a
 * contradiction, the conflict listed with its question, recall before and after the user's answer.
 */
export async function runMemoryScenario(client: Client): Promise<void> {
  const london = await call<Remembered>(client, 'remember', { text: 'I live in London' });
  expect(london.isError).toBeFalsy();
  expect(london.structured).toMatchObject({ action: 'added', supersedes: [], duplicateOf: null, conflicts: [] });
  expect(london.text).toBe(`added #${london.structured.memoryId} "I live in London"`);

  const again = await call<Remembered>(client, 'remember', { text: 'I live in London' });
  expect(again.structured).toMatchObject({
    action: 'duplicate',
    memoryId: london.structured.memoryId,
    duplicateOf: { id: london.structured.memoryId, text: 'I live in London', mentionCount: 2 },
  });
  expect(again.text).toContain(`duplicate of #${london.structured.memoryId} "I live in London" (mentioned 2 times)`);

  const lisbon = await call<Remembered>(client, 'remember', { text: 'I moved to Lisbon' });
  expect(lisbon.structured).toMatchObject({ action: 'added', supersedes: [{ id: london.structured.memoryId, text: 'I live in London' }] });
  expect(lisbon.structured.supersedes[0]?.reason).toMatch(/moved/);
  expect(lisbon.text).toContain(`supersedes #${london.structured.memoryId} "I live in London"`);

  const porto = await call<Remembered>(client, 'remember', { text: 'I live in Porto' });
  expect(porto.structured.action).toBe('conflict');
  const [conflict] = porto.structured.conflicts;
  expect(conflict).toMatchObject({
    question: 'Where do you currently live?',
    memoryA: { id: lisbon.structured.memoryId, text: 'I moved to Lisbon' },
    memoryB: { id: porto.structured.memoryId, text: 'I live in Porto' },
  });
  expect(porto.text).toContain('ask the user: Where do you currently live?');

  const listed = await call<Conflicts>(client, 'list_conflicts', {});
  expect(listed.structured.conflicts).toEqual([expect.objectContaining({ id: conflict?.id, question: 'Where do you currently live?' })]);

  const before = await call<Recalled>(client, 'recall', { query: 'where do I live' });
  expect(before.structured.memories.map((memory) => memory.text)).toEqual(['I moved to Lisbon']);

  const resolved = await call(client, 'resolve_conflict', { conflictId: conflict?.id, decision: 'keep_b' });
  expect(resolved.structured).toMatchObject({
    applied: true,
    complete: true,
    current: [{ id: porto.structured.memoryId, text: 'I live in Porto' }],
    archived: [{ id: lisbon.structured.memoryId, text: 'I moved to Lisbon' }],
  });
  expect((await call<Conflicts>(client, 'list_conflicts', {})).structured.conflicts).toEqual([]);

  const after = await call<Recalled>(client, 'recall', { query: 'where do I live' });
  expect(after.structured.memories.map((memory) => memory.text)).toEqual(['I live in Porto']);

  // The user answers a new contradiction in conversation, by saying one side again with "to be clear".
  const madrid = await call<Remembered>(client, 'remember', { text: 'I live in Madrid' });
  expect(madrid.structured.action).toBe('conflict');
  const settled = await call<Remembered & { settled: unknown[] }>(client, 'remember', { text: 'To be clear, I live in Porto' });
  expect(settled.structured).toMatchObject({
    action: 'duplicate',
    settled: [
      {
        id: madrid.structured.conflicts[0]?.id,
        kept: { id: porto.structured.memoryId, text: 'I live in Porto' },
        archived: { id: madrid.structured.memoryId, text: 'I live in Madrid' },
      },
    ],
  });
  expect(settled.text).toContain(`settles conflict #${madrid.structured.conflicts[0]?.id}`);
  expect((await call<Conflicts>(client, 'list_conflicts', {})).structured.conflicts).toEqual([]);

  // Or by updating one side: the move answers "Porto or Seville?" with neither.
  const seville = await call<Remembered>(client, 'remember', { text: 'I live in Seville' });
  expect(seville.structured.action).toBe('conflict');
  const valencia = await call<Remembered & { settled: unknown[] }>(client, 'remember', { text: 'I moved to Valencia' });
  expect(valencia.structured).toMatchObject({
    action: 'added',
    settled: [
      {
        id: seville.structured.conflicts[0]?.id,
        kept: { id: valencia.structured.memoryId, text: 'I moved to Valencia' },
        archived: { id: seville.structured.memoryId, text: 'I live in Seville' },
      },
    ],
  });
  expect((await call<Conflicts>(client, 'list_conflicts', {})).structured.conflicts).toEqual([]);
}
