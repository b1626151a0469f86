import { randomBytes } from 'node:crypto';
import { TypeORMConflictStore } from '@casual-memory/conflicts-typeorm';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import { describeWithService } from '@casual-memory/test-suite';
import { MemoryService } from '../src/service/memory-service';
import { serverUnavailable } from './helpers/server-unavailable';

// Issue 16, item 2, on a real MariaDB: another transaction holds the conflict's row, so the claim's
// UPDATE waits; the store gives up after statementTimeoutMs (STORE_UNAVAILABLE, retryable), but the
// UPDATE is still queued on the server and commits once the row is free. The retry finds the conflict
// claimed but unapplied and finishes it. Without a server the test skips and says why, except under
// CI=true, where a missing MariaDB fails instead.
const MYSQL_URL = process.env['MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306/test';
const tablePrefix = `svc_${randomBytes(5).toString('hex')}_`;
const missing = serverUnavailable(MYSQL_URL, 'MYSQL_URL');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeWithService(
  'MemoryService on TypeORMConflictStore (MariaDB): a claim that timed out and committed later',
  missing === undefined ? undefined : `${missing}. Start it (scripts/start-services.sh) or set MYSQL_URL.`,
  () => {
    let conflictStore: TypeORMConflictStore;
    beforeAll(async () => {
      conflictStore = await TypeORMConflictStore.create({ type: 'mysql', url: MYSQL_URL, tablePrefix, statementTimeoutMs: 500 });
    }, 60_000);
    afterAll(async () => {
      try {
        for (const table of [`${tablePrefix}conflicts`, `${tablePrefix}conflicts_migrations`])
          await conflictStore?.dataSource.query(`DROP TABLE IF EXISTS \`${table}\``);
      } finally {
        await conflictStore?.close();
      }
    }, 60_000);

    it('is finished by the retry: the new fact becomes current, the earlier one archived', async () => {
      const vectorStore = new InMemoryVectorStore({ dimensions: 384 });
      const service = new MemoryService({ vectorStore, conflictStore });
      const user = `user-${randomBytes(4).toString('hex')}`;
      const current = async () => (await service.query(user, 'where do I live', { minScore: 0 })).map((hit) => hit.memory.text);
      await service.add({ text: 'I live in London', type: 'fact', userId: user });
      const paris = await service.add({ text: 'I live in Paris', type: 'fact', userId: user });
      const conflictId = paris.conflictIds[0] ?? '';

      // Another transaction locks the row, as a concurrent writer would.
      const locker = conflictStore.dataSource.createQueryRunner();
      await locker.connect();
      await locker.startTransaction();
      await locker.query(`SELECT \`id\` FROM \`${tablePrefix}conflicts\` WHERE \`user_id\` = ? AND \`id\` = ? FOR UPDATE`, [
        user,
        conflictId,
      ]);
      try {
        await expect(service.resolveConflict(user, conflictId, 'keep_b')).rejects.toMatchObject({
          code: 'STORE_UNAVAILABLE',
          retryable: true,
        });
        expect(await current()).toEqual(['I live in London']);
      } finally {
        await locker.commitTransaction();
        await locker.release();
      }
      // The queued UPDATE commits now: the conflict is claimed, nothing applied yet.
      let claimed = await conflictStore.getConflict(user, conflictId);
      for (let i = 0; i < 50 && claimed?.status !== 'resolved'; i++) {
        await sleep(100);
        claimed = await conflictStore.getConflict(user, conflictId);
      }
      expect(claimed).toMatchObject({ status: 'resolved', resolutionDecision: 'keep_b' });
      expect(claimed?.resolutionAppliedAt).toBeUndefined();
      expect(await conflictStore.getUnappliedResolutions(user)).toHaveLength(1);
      expect(await current()).toEqual(['I live in London']);

      const retried = await service.resolveConflict(user, conflictId, 'keep_b');
      expect(retried).toMatchObject({ applied: true, complete: true, resumed: true, decision: 'keep_b', failures: [] });
      expect(await current()).toEqual(['I live in Paris']);
      expect((await conflictStore.getConflict(user, conflictId))?.resolutionAppliedAt).toBeInstanceOf(Date);
      expect(await service.resolveConflict(user, conflictId, 'keep_b')).toMatchObject({ applied: false });
    }, 60_000);

    it('is finished by a retry whose own claim waited behind it', async () => {
      const vectorStore = new InMemoryVectorStore({ dimensions: 384 });
      const service = new MemoryService({ vectorStore, conflictStore });
      const user = `user-${randomBytes(4).toString('hex')}`;
      const current = async () => (await service.query(user, 'where do I live', { minScore: 0 })).map((hit) => hit.memory.text);
      await service.add({ text: 'I live in London', type: 'fact', userId: user });
      const paris = await service.add({ text: 'I live in Paris', type: 'fact', userId: user });
      const conflictId = paris.conflictIds[0] ?? '';
      const locker = conflictStore.dataSource.createQueryRunner();
      await locker.connect();
      await locker.startTransaction();
      await locker.query(`SELECT \`id\` FROM \`${tablePrefix}conflicts\` WHERE \`user_id\` = ? AND \`id\` = ? FOR UPDATE`, [
        user,
        conflictId,
      ]);
      let retry: ReturnType<typeof service.resolveConflict>;
      try {
        await expect(service.resolveConflict(user, conflictId, 'keep_b')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
        // The retry reads the conflict still pending; its UPDATE queues behind the first one.
        retry = service.resolveConflict(user, conflictId, 'keep_b');
        await sleep(150);
      } finally {
        await locker.commitTransaction();
        await locker.release();
      }
      // The first UPDATE commits, the retry's matches nothing: it finds the claim unapplied and finishes it.
      expect(await retry).toMatchObject({ applied: true, complete: true, resumed: true, decision: 'keep_b' });
      expect(await current()).toEqual(['I live in Paris']);
      expect(await conflictStore.getUnappliedResolutions(user)).toEqual([]);
    }, 60_000);
  },
);
