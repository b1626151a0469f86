import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TypeORMConflictStore } from '@casual-memory/conflicts-typeorm';
import type { ResolutionDecision } from '@casual-memory/core';
import { SqliteVectorStore } from '@casual-memory/vector-sqlite';
import { PENDING_CONFLICT_TAG } from '../src/execution/reserved-tags';
import { MemoryService } from '../src/service/memory-service';

// Issue 16, item 1: two processes resolve the same 20 users' conflicts at once on real SQLite files
// (SqliteVectorStore and TypeORMConflictStore), one with keep_a, the other with keep_b. Before, users
// ended with no current location or with both; now the claim decides, and every user ends with
// exactly the fact the stored resolution names.
const packagesDir = join(__dirname, '..', '..');
const fixture = join(__dirname, 'fixtures', 'resolve-in-child.cjs');
const folder = mkdtempSync(join(tmpdir(), 'service-concurrent-resolution-'));
const DIMENSIONS = 384;
const USERS = 20;
afterAll(() => rmSync(folder, { recursive: true, force: true }));

beforeAll(() => {
  // The children run the built packages, as an installed app would.
  for (const name of ['service', 'vector-sqlite', 'conflicts-typeorm', 'core']) {
    if (!existsSync(join(packagesDir, name, 'dist', 'index.cjs'))) throw new Error(`build @casual-memory/${name} first (pnpm build)`);
  }
});

interface ChildReport {
  results: { userId: string; claimed: boolean; complete: boolean }[];
  errors: string[];
}

/** Runs a child that kills itself part way; resolves with the signal it died of. */
function runKilledChild(config: object): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(process.execPath, [fixture, JSON.stringify(config)], { cwd: __dirname, timeout: 120_000 }, (error) => {
      resolve(error?.signal ?? null);
    });
  });
}

function runChild(config: object): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [fixture, JSON.stringify(config)], { cwd: __dirname, timeout: 120_000 }, (error, stdout, stderr) => {
      if (error !== null) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as ChildReport);
    });
  });
}

/** 20 users, each with "I live in London" then the contradicting "I live in Paris", on fresh SQLite files. */
async function twentyConflicts(name: string) {
  const vectorPath = join(folder, `${name}-memories.db`);
  const conflictsPath = join(folder, `${name}-conflicts.db`);
  const vectorStore = await SqliteVectorStore.open({ path: vectorPath, dimensions: DIMENSIONS });
  const conflictStore = await TypeORMConflictStore.create({ type: 'better-sqlite3', database: conflictsPath });
  const service = new MemoryService({ vectorStore, conflictStore });
  const conflicts: { userId: string; conflictId: string; londonId: string; parisId: string }[] = [];
  for (let i = 0; i < USERS; i++) {
    const userId = `user-${i}`;
    const london = await service.add({ text: 'I live in London', type: 'fact', userId });
    const paris = await service.add({ text: 'I live in Paris', type: 'fact', userId });
    expect(paris.action).toBe('conflict');
    conflicts.push({ userId, conflictId: paris.conflictIds[0] ?? '', londonId: london.memoryId, parisId: paris.memoryId });
  }
  const probe = Array.from({ length: DIMENSIONS }, (_, i) => (i === 0 ? 1 : 0));
  const currentIds = async (userId: string) => (await vectorStore.search(userId, probe, { topK: 10, minScore: -1 })).map((hit) => hit.id);
  const heldCount = async (userId: string) =>
    (
      await vectorStore.search(userId, probe, {
        topK: 10,
        minScore: -1,
        filter: { tags: [PENDING_CONFLICT_TAG], includeArchived: true, includeExpired: true },
      })
    ).length;
  return { vectorPath, conflictsPath, vectorStore, conflictStore, service, conflicts, currentIds, heldCount };
}

it('a process killed in the middle of resolving 20 users leaves each a current fact, and repair in another finishes every one', async () => {
  const { vectorPath, conflictsPath, vectorStore, conflictStore, service, conflicts, currentIds, heldCount } =
    await twentyConflicts('killed');
  const signal = await runKilledChild({
    vectorPath,
    conflictsPath,
    dimensions: DIMENSIONS,
    conflicts,
    decision: 'keep_b',
    startAt: Date.now(),
    killAtCall: 45,
  });
  expect(signal).toBe('SIGKILL');
  const claimed = [];
  for (const { userId, conflictId } of conflicts) {
    expect({ userId, current: (await currentIds(userId)).length > 0 }).toEqual({ userId, current: true });
    const stored = await conflictStore.getConflict(userId, conflictId);
    if (stored?.status === 'resolved') claimed.push(userId);
  }
  // The kill came after some claims and before all were applied.
  expect(claimed.length).toBeGreaterThan(0);
  expect((await Promise.all(conflicts.map(({ userId }) => conflictStore.getUnappliedResolutions(userId)))).flat().length).toBeGreaterThan(
    0,
  );
  for (const { userId, conflictId } of conflicts) {
    await service.repair(userId);
    const stored = await conflictStore.getConflict(userId, conflictId);
    if (stored?.status !== 'resolved') expect((await service.resolveConflict(userId, conflictId, 'keep_b')).complete).toBe(true);
  }
  const wrong: string[] = [];
  for (const { userId, conflictId, parisId } of conflicts) {
    const stored = await conflictStore.getConflict(userId, conflictId);
    const current = await currentIds(userId);
    const held = await heldCount(userId);
    if (!(stored?.resolutionAppliedAt instanceof Date && JSON.stringify(current) === JSON.stringify([parisId]) && held === 0))
      wrong.push(`${userId}: applied ${stored?.resolutionAppliedAt !== undefined}, current ${current.length}, held ${held}`);
  }
  await conflictStore.close();
  await vectorStore.close();
  expect(wrong).toEqual([]);
}, 180_000);

it('two processes resolving the same 20 users (keep_a and keep_b) leave each with exactly the fact its stored resolution names', async () => {
  const { vectorPath, conflictsPath, vectorStore, conflictStore, conflicts, currentIds, heldCount } = await twentyConflicts('racing');
  const startAt = Date.now() + 2_000;
  const base = { vectorPath, conflictsPath, dimensions: DIMENSIONS, conflicts, startAt };
  const [keepA, keepB] = await Promise.all([runChild({ ...base, decision: 'keep_a' }), runChild({ ...base, decision: 'keep_b' })]);
  expect([...keepA.errors, ...keepB.errors]).toEqual([]);

  const wrong: string[] = [];
  for (const { userId, conflictId, londonId, parisId } of conflicts) {
    const stored = await conflictStore.getConflict(userId, conflictId);
    const current = await currentIds(userId);
    const held = await heldCount(userId);
    const expected = stored?.resolutionDecision === 'keep_a' ? [londonId] : [parisId];
    const claimedBy = (['keep_a', 'keep_b'] as ResolutionDecision[]).filter(
      (_, index) => [keepA, keepB][index]?.results.find((result) => result.userId === userId)?.claimed,
    );
    const right =
      stored?.status === 'resolved' &&
      stored.resolutionAppliedAt instanceof Date &&
      JSON.stringify(current) === JSON.stringify(expected) &&
      held === 0 &&
      JSON.stringify(claimedBy) === JSON.stringify([stored.resolutionDecision]);
    if (!right)
      wrong.push(`${userId}: stored ${stored?.resolutionDecision}, claimed by ${claimedBy}, current ${current.length}, held ${held}`);
  }
  await conflictStore.close();
  await vectorStore.close();
  expect(wrong).toEqual([]);
}, 180_000);
