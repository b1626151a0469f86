import {
  CorruptDataError,
  type MemoryConflict,
  type MemoryConflictInput,
  StoreUnavailableError,
  ValidationError,
} from '@casual-memory/core';
import {
  applyConflictResolution,
  compareListedConflicts,
  comparePendingConflicts,
  parseConflictResolution,
} from '@casual-memory/core/backend';
import { randomId, seededRandom } from '@casual-memory/test-suite';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createConflictEntitySchema, createConflictMigrations, TypeORMConflictStore } from '../../src';
import { describeOn, dropTables, loadedTypeormVersion, runTablePrefix, type TestDatabase, TYPEORM_LINE } from './test-databases';

function conflict(userId: string, extra: Partial<MemoryConflictInput> = {}): MemoryConflictInput {
  return {
    userId,
    memoryAId: randomId('memory-a'),
    memoryBId: randomId('memory-b'),
    category: 'location',
    similarityScore: 0.91,
    avgImportance: 0.7,
    clarificationHint: 'Where do you currently live?',
    ...extra,
  };
}

/** The store's own tests on one database, beyond the conformance suite. */
export function registerBackendTests(database: TestDatabase): void {
  const q = (name: string) => (database.name === 'mysql' ? `\`${name}\`` : `"${name}"`);

  describeOn(database, `TypeORMConflictStore on ${database.type} (TypeORM ${loadedTypeormVersion()})`, () => {
    const prefix = runTablePrefix();
    let store: TypeORMConflictStore;

    beforeAll(async () => {
      store = await TypeORMConflictStore.create(database.options(prefix));
    });
    afterAll(async () => {
      await store?.close();
      await dropTables(database, prefix);
    }, 60_000);

    const raw = (sql: string, params: unknown[] = []) => store.dataSource.query(sql, params) as Promise<Record<string, unknown>[]>;
    const param = (index: number) => (database.name === 'postgres' ? `$${index}` : '?');

    it(`runs on TypeORM ${TYPEORM_LINE} with the ${database.type} driver`, () => {
      expect(loadedTypeormVersion().startsWith(TYPEORM_LINE === '0.3' ? '0.3.' : '1.')).toBe(true);
      expect(store.dataSource.options.type).toBe(database.type);
      expect(store.tableName).toBe(`${prefix}conflicts`);
    });

    it('creates the table its entity schema describes: TypeORM would change nothing', async () => {
      let dataSource = store.dataSource;
      const [server] = database.name === 'mysql' ? await raw('SELECT VERSION() AS version') : [];
      if (database.type === 'mysql' && /mariadb/i.test(String(server?.version))) {
        // TypeORM's `mysql` type misreads MariaDB's implicit NULL defaults as a change (its `mariadb`
        // type knows them), so the comparison runs through a `mariadb` DataSource on the same table.
        dataSource = database.dataSource({
          type: 'mariadb',
          entities: [createConflictEntitySchema({ type: 'mariadb', tablePrefix: prefix })],
        });
        await dataSource.initialize();
      }
      try {
        const pending = await dataSource.driver.createSchemaBuilder().log();
        expect(pending.upQueries.map((query) => query.query)).toEqual([]);
      } finally {
        if (dataSource !== store.dataSource) await dataSource.destroy();
      }
    });

    it('serves getPendingConflicts from the pending index', async () => {
      const userId = randomId('user');
      for (let i = 0; i < 5; i++) await store.addConflict(conflict(userId, { avgImportance: i / 10 }));
      const table = q(`${prefix}conflicts`);
      const where = `${q('user_id')} = ${param(1)} AND ${q('status')} IN ('pending', 'escalated')`;
      const order = `ORDER BY ${q('avg_importance')} DESC, ${q('created_at')} ASC, ${q('id')} ASC LIMIT 10`;
      const explain = { postgres: 'EXPLAIN', mysql: 'EXPLAIN', sqlite: 'EXPLAIN QUERY PLAN' }[database.name];
      if (database.name === 'postgres') await raw('SET enable_seqscan = off'); // a tiny table would be scanned otherwise
      const plan = JSON.stringify(await raw(`${explain} SELECT * FROM ${table} WHERE ${where} ${order}`, [userId]));
      if (database.name === 'postgres') await raw('RESET enable_seqscan');
      expect(plan).toContain(`${prefix}conflicts_pending_idx`);
    });

    it('returns pending conflicts in exactly comparePendingConflicts order, on random data full of ties', async () => {
      // seededRandom gives [-0.5, 0.5): shifted to [0, 1), reproducible.
      const next = seededRandom(7);
      const random = () => next() + 0.5;
      const userId = randomId('user');
      const added: MemoryConflict[] = [];
      const idChars = ['a', 'B', 'z', '0', '_', 'é', 'Ω', '\uffee', '😀'];
      for (let i = 0; i < 120; i++) {
        const id = `${Array.from({ length: 1 + Math.floor(random() * 4) }, () => idChars[Math.floor(random() * idChars.length)]).join('')}-${i}`;
        const input = conflict(userId, {
          id,
          avgImportance: [0, 0.5, 0.5, 1, random()][Math.floor(random() * 5)]!,
          createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, 0, Math.floor(random() * 3))),
          ...(random() < 0.2 ? { status: 'escalated' as const, resolutionAttempts: 1 } : {}),
        });
        await store.addConflict(input);
        added.push((await store.getConflict(userId, id))!);
      }
      const resolved = added.filter((_, i) => i % 7 === 0);
      for (const { id } of resolved)
        await store.resolveConflict(userId, id, { conflictId: id, decision: 'both_valid', resolutionType: 'manual', resolvedBy: userId });
      const expected = added.filter((item) => !resolved.includes(item)).sort(comparePendingConflicts);
      for (const limit of [undefined, 1, 2, 3, 5, 17, 60, 200]) {
        const pending = await store.getPendingConflicts(userId, limit === undefined ? undefined : { limit });
        expect(pending.map(({ id }) => id)).toEqual(expected.slice(0, limit ?? expected.length).map(({ id }) => id));
      }
    });

    it('serves listConflicts pages from the list index, starting where the last page ended', async () => {
      const userId = randomId('user');
      for (let i = 0; i < 5; i++) await store.addConflict(conflict(userId));
      const table = q(`${prefix}conflicts`);
      const after = `${q('created_at')} >= ${param(2)} AND (${q('created_at')} > ${param(3)} OR ${q('id')} > ${param(4)})`;
      const order = `ORDER BY ${q('created_at')} ASC, ${q('id')} ASC LIMIT 10`;
      const explain = { postgres: 'EXPLAIN', mysql: 'EXPLAIN', sqlite: 'EXPLAIN QUERY PLAN' }[database.name];
      const instant = database.name === 'mysql' ? '2025-01-01 00:00:00.000' : '2025-01-01T00:00:00.000Z';
      // On a tiny table PostgreSQL would scan, or sort a few rows from another index; on a large one it reads the list index.
      if (database.name === 'postgres') await raw('SET enable_seqscan = off; SET enable_sort = off');
      const plan = JSON.stringify(
        await raw(`${explain} SELECT * FROM ${table} WHERE ${q('user_id')} = ${param(1)} AND ${after} ${order}`, [
          userId,
          instant,
          instant,
          'x',
        ]),
      );
      if (database.name === 'postgres') await raw('RESET enable_seqscan; RESET enable_sort');
      expect(plan).toContain(`${prefix}conflicts_list_idx`);
      expect(plan).not.toMatch(/filesort|TEMP B-TREE|Sort Key/i);
    });

    it('lists conflicts in exactly compareListedConflicts order, on random ids full of ties, a page at a time', async () => {
      const next = seededRandom(11);
      const random = () => next() + 0.5;
      const userId = randomId('user');
      const added: MemoryConflict[] = [];
      // '\uffee' sorts before '😀' by code point (and in UTF-8 bytes), after it by UTF-16 code unit.
      const idChars = ['a', 'B', 'z', '0', '_', 'é', 'Ω', '\uffee', '😀'];
      for (let i = 0; i < 90; i++) {
        const id = `${Array.from({ length: 1 + Math.floor(random() * 3) }, () => idChars[Math.floor(random() * idChars.length)]).join('')}-${i % 9}`;
        const createdAt = new Date(Date.UTC(2025, 0, 1, 0, 0, 0, Math.floor(random() * 3)));
        const taken = added.some((item) => item.id === id);
        if (!taken) added.push((await store.getConflict(userId, await store.addConflict(conflict(userId, { id, createdAt }))))!);
      }
      for (const { id } of added.filter((_, i) => i % 5 === 0))
        await store.resolveConflict(userId, id, { conflictId: id, decision: 'keep_a', resolutionType: 'manual', resolvedBy: userId });
      const expected = added.map(({ id }) => id);
      const ordered = [...added].sort(compareListedConflicts).map(({ id }) => id);
      expect(new Set(expected).size).toBe(expected.length);
      for (const limit of [1, 2, 7, 1000]) {
        const listed: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.listConflicts(userId, { limit, ...(cursor === undefined ? {} : { cursor }) });
          listed.push(...page.conflicts.map(({ id }) => id));
          cursor = page.nextCursor;
        } while (cursor !== undefined);
        expect(listed).toEqual(ordered);
      }
      const resolved = (await store.listConflicts(userId, { status: 'resolved', limit: 1000 })).conflicts;
      expect(resolved.map(({ id }) => id)).toEqual(ordered.filter((id) => expected.indexOf(id) % 5 === 0));
    });

    it('refuses a cursor whose position this table could not hold, before it reaches the database', async () => {
      const forged = (position: [string, string]) =>
        `cm1.${Buffer.from(JSON.stringify({ after: JSON.stringify(position) })).toString('base64url')}`;
      const at = '2025-01-01T00:00:00.000Z';
      for (const position of [
        ['+010000-01-01T00:00:00.000Z', 'a'],
        ['0999-12-31T23:59:59.999Z', 'a'],
        [at, '\ud800'],
        [at, 'x'.repeat(65)],
      ] as const) {
        await expect(store.listConflicts('u', { cursor: forged([...position]) })).rejects.toMatchObject({
          code: 'VALIDATION_ERROR',
          path: 'options.cursor',
        });
      }
      expect(await store.listConflicts(randomId('user'), { cursor: forged([at, 'x'.repeat(64)]) })).toEqual({ conflicts: [] });
    });

    it("resolves in one statement to exactly what core's applyConflictResolution gives", async () => {
      const userId = randomId('user');
      for (const [decision, extra] of [
        ['keep_a', { notes: 'moved back' }],
        ['keep_b', {}],
        ['merge', { confirmingMemoryText: 'Lives in Paris and London', notes: '' }],
        ['both_valid', {}],
      ] as const) {
        const id = await store.addConflict(conflict(userId, { metadata: { resolvedBy: 'the caller' } }));
        await store.escalateConflict(userId, id);
        const before = (await store.getConflict(userId, id))!;
        const resolution = { conflictId: id, decision, resolutionType: 'conversational' as const, resolvedBy: 'system', ...extra };
        const startedAt = Date.now();
        expect(await store.resolveConflict(userId, id, resolution)).toBe(true);
        const after = (await store.getConflict(userId, id))!;
        expect(after.resolvedAt!.getTime()).toBeGreaterThanOrEqual(startedAt);
        expect(after).toEqual(applyConflictResolution(before, parseConflictResolution(resolution), after.resolvedAt!));
        expect(await store.resolveConflict(userId, id, resolution)).toBe(false);
      }
    });

    it('of 100 resolvers racing on separate connections, exactly one wins and its resolution is the stored one', async () => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId));
      const results = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          store.resolveConflict(userId, id, {
            conflictId: id,
            decision: i % 2 ? 'keep_a' : 'keep_b',
            resolutionType: 'automated',
            resolvedBy: `resolver-${i}`,
          }),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = results.indexOf(true);
      const stored = (await store.getConflict(userId, id))!;
      expect(stored.resolvedBy).toBe(`resolver-${winner}`);
      expect(stored.resolutionDecision).toBe(winner % 2 ? 'keep_a' : 'keep_b');
    });

    it('keeps metadata exactly: nested, unicode, quotes, backslashes and SQL in strings, numbers at the edges', async () => {
      const userId = randomId('user');
      const metadata = {
        sql: "'; DROP TABLE conflicts; --",
        quotes: `"double" 'single' \`back\` \\ backslash \\' \\" %s ? $1 :name`,
        unicode: 'ünïcødé 日本語 עברית 🙂👍🏽 \u200b\ufeff',
        nested: { list: [1, 'two', null, true, false, { deep: [[[]]] }], empty: {}, emptyList: [] },
        numbers: [0, -1, 1.5, 0.1 + 0.2, 1e-300, 1.7976931348623157e308, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 5e-324],
        'key with "quotes" and \'; DROP': 'value',
        '': 'empty key',
      };
      const id = await store.addConflict(conflict(userId, { metadata, clarificationHint: metadata.sql, category: metadata.unicode }));
      const stored = await store.getConflict(userId, id);
      expect(stored?.metadata).toEqual(metadata);
      expect(JSON.stringify(stored?.metadata.numbers)).toBe(JSON.stringify(metadata.numbers));
      expect(stored?.clarificationHint).toBe(metadata.sql);
      expect(stored?.category).toBe(metadata.unicode);
      expect(await store.getConflictCount(userId)).toBe(1);
    });

    it('gives metadata back as it was stored, key order included (jsonb sorted keys shortest first)', async () => {
      const userId = randomId('user');
      const metadata = {
        zebra: 1,
        b: { y: 2, x: [{ long_key_last: 1, a: 2 }] },
        a: 'first short key last',
        '10': 'numeric-like',
        '2': 'too',
      };
      const id = await store.addConflict(conflict(userId, { metadata }));
      const stored = await store.getConflict(userId, id);
      // Integer-like keys are listed first by JavaScript itself, so the comparison is of what JSON.parse gives both.
      expect(JSON.stringify(stored?.metadata)).toBe(JSON.stringify(JSON.parse(JSON.stringify(metadata))));
      expect(Object.keys(stored?.metadata.b as object)).toEqual(['y', 'x']);
    });

    it('gives dates back as the same instants, to the millisecond, from 1000 to 9999', async () => {
      const userId = randomId('user');
      for (const iso of ['1000-01-01T00:00:00.000Z', '1969-12-31T23:59:59.999Z', '2025-06-30T12:34:56.789Z', '9999-12-31T23:59:59.999Z']) {
        const id = await store.addConflict(conflict(userId, { createdAt: new Date(iso) }));
        const createdAt = (await store.getConflict(userId, id))?.createdAt;
        expect(createdAt).toBeInstanceOf(Date);
        expect(createdAt?.toISOString()).toBe(iso);
      }
    });

    it('refuses what its columns cannot keep exactly with VALIDATION_ERROR, storing nothing', async () => {
      const userId = randomId('user');
      const refused: [string, Partial<MemoryConflictInput>][] = [
        ['an id of 65 characters', { id: 'i'.repeat(65) }],
        ['a memory id of 256 characters', { memoryAId: 'm'.repeat(256) }],
        ['a category of 256 characters', { category: 'c'.repeat(256) }],
        ['a date before the year 1000', { createdAt: new Date('0999-12-31T23:59:59.999Z') }],
        ['a date after 9999', { createdAt: new Date('+010000-01-01T00:00:00.000Z') }],
        ['a lone surrogate in a metadata key', { metadata: { '\ud800': 1 } }],
        ['a lone surrogate in the hint', { clarificationHint: 'x\udfff' }],
      ];
      if (database.name === 'postgres') refused.push(['a NUL in metadata', { metadata: { list: ['a\u0000b'] } }]);
      for (const [what, extra] of refused) {
        const error = await store.addConflict(conflict(userId, extra)).catch((caught: unknown) => caught);
        expect([what, ValidationError.isInstance(error)]).toEqual([what, true]);
      }
      expect(await store.getConflictCount(userId)).toBe(0);
      // At the limits it stores them: 64-character ids, 255-character names (in characters, not bytes).
      const id = `${'é'.repeat(63)}x`;
      await store.addConflict(conflict('ü'.repeat(255), { id, memoryAId: '🙂'.repeat(255) }));
      expect((await store.getConflict('ü'.repeat(255), id))?.memoryAId).toBe('🙂'.repeat(255));
      await store.clearUserConflicts('ü'.repeat(255));
      // A lookup by a string no row can hold finds nothing rather than something it was altered into.
      expect(await store.getConflict('\ud800', 'x')).toBeNull();
      expect(await store.getConflictCount('\udc00')).toBe(0);
    });

    if (database.name === 'mysql') {
      it("refuses a value over the server's max_allowed_packet as VALIDATION_ERROR naming the field and the limit; the store goes on", async () => {
        const [row] = await raw('SELECT @@max_allowed_packet AS l');
        const limit = Number(row?.['l']);
        const userId = randomId('user');
        const tooLarge = await store
          .addConflict(conflict(userId, { metadata: { big: 'x'.repeat(limit) } }))
          .catch((caught: unknown) => caught);
        expect(ValidationError.isInstance(tooLarge)).toBe(true);
        expect(tooLarge).toMatchObject({ retryable: false, path: 'conflict.metadata' });
        expect((tooLarge as Error).message).toContain(`max_allowed_packet (${limit} bytes)`);
        // Quotes are sent escaped, two bytes each: half the limit of them is over it too.
        const quoted = await store
          .addConflict(conflict(userId, { clarificationHint: "'".repeat(Math.ceil(limit / 2) + 1) }))
          .catch((caught: unknown) => caught);
        expect(quoted).toMatchObject({ code: 'VALIDATION_ERROR', path: 'conflict.clarificationHint' });
        // Nothing was sent, so no connection was dropped: every call after works.
        const id = await store.addConflict(conflict(userId, { metadata: { big: 'x'.repeat(limit / 2) } }));
        const notes = await store
          .resolveConflict(userId, id, {
            conflictId: id,
            decision: 'keep_a',
            resolutionType: 'manual',
            resolvedBy: userId,
            notes: 'n'.repeat(limit),
          })
          .catch((caught: unknown) => caught);
        expect(notes).toMatchObject({ code: 'VALIDATION_ERROR', path: 'resolution.notes' });
        expect((await store.getConflict(userId, id))?.status).toBe('pending');
        expect(await store.getConflictCount(userId)).toBe(1);
      });
    }

    if (database.name === 'postgres') {
      it('its third migration turns a jsonb metadata column into json, keeping every stored row', async () => {
        const oldPrefix = runTablePrefix();
        const migrations = createConflictMigrations({ tablePrefix: oldPrefix });
        const open = async (count: number) => {
          const dataSource = database.dataSource({ migrations: migrations.slice(0, count), migrationsTableName: `${oldPrefix}migrations` });
          await dataSource.initialize();
          return dataSource;
        };
        const typeOf = async (dataSource: DataSource) =>
          (
            (await dataSource.query(`SELECT data_type FROM information_schema.columns WHERE table_name = $1 AND column_name = 'metadata'`, [
              `${oldPrefix}conflicts`,
            ])) as { data_type: string }[]
          )[0]?.data_type;
        const userId = randomId('user');
        const before = await open(2);
        let id: string;
        try {
          await before.runMigrations();
          // The table as the first release made it on PostgreSQL.
          await before.query(`ALTER TABLE "${oldPrefix}conflicts" ALTER COLUMN metadata TYPE jsonb USING metadata::jsonb`);
          id = await new TypeORMConflictStore(before, { tablePrefix: oldPrefix }).addConflict(
            conflict(userId, { metadata: { zebra: 1, a: { nested: [true, null] } } }),
          );
        } finally {
          await before.destroy();
        }
        const after = await open(3);
        try {
          expect(await typeOf(after)).toBe('jsonb');
          expect((await after.runMigrations()).length).toBe(1);
          expect(await typeOf(after)).toBe('json');
          const upgraded = new TypeORMConflictStore(after, { tablePrefix: oldPrefix });
          // The row kept its content; its keys stay in the order jsonb gave them, as the original is gone.
          expect((await upgraded.getConflict(userId, id))?.metadata).toEqual({ zebra: 1, a: { nested: [true, null] } });
          const fresh = await upgraded.addConflict(conflict(userId, { metadata: { zebra: 1, a: 2 } }));
          expect(Object.keys((await upgraded.getConflict(userId, fresh))!.metadata)).toEqual(['zebra', 'a']);
        } finally {
          await after.destroy();
          await dropTables(database, oldPrefix);
        }
      });
    }

    it('reads a damaged row as CORRUPT_DATA naming it', async () => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId));
      await raw(`UPDATE ${q(`${prefix}conflicts`)} SET ${q('status')} = 'lost' WHERE ${q('user_id')} = ${param(1)}`, [userId]);
      const error = await store.getConflict(userId, id).catch((caught: unknown) => caught);
      expect(CorruptDataError.isInstance(error)).toBe(true);
      expect((error as CorruptDataError).record).toContain(id);
    });

    it('migrates under the longest table prefix (32 characters), whose lock names are longest too', async () => {
      const longPrefix = `${runTablePrefix()}${'x'.repeat(32)}`.slice(0, 32);
      const long = await TypeORMConflictStore.create(database.options(longPrefix));
      try {
        const userId = randomId('user');
        const id = await long.addConflict(conflict(userId));
        expect((await long.getConflict(userId, id))?.id).toBe(id);
      } finally {
        await long.close();
        await dropTables(database, longPrefix);
      }
    });

    it('keeps stores with different table prefixes apart', async () => {
      const otherPrefix = runTablePrefix();
      const other = await TypeORMConflictStore.create(database.options(otherPrefix));
      try {
        const userId = randomId('user');
        const id = await store.addConflict(conflict(userId, { id: 'shared-id' }));
        expect(await other.getConflict(userId, id)).toBeNull();
        await other.addConflict(conflict(userId, { id: 'shared-id', category: 'other' }));
        expect((await store.getConflict(userId, id))?.category).toBe('location');
        expect((await other.getConflict(userId, id))?.category).toBe('other');
      } finally {
        await other.close();
        await dropTables(database, otherPrefix);
      }
    });

    describe('on a DataSource of your own', () => {
      const ownPrefix = runTablePrefix();
      const migrationsTableName = `${ownPrefix}migrations`;
      const executed: string[] = [];

      /** An upgrade shipped after the first release: it runs after the table exists, once. */
      class AddReviewIndex implements MigrationInterface {
        name = `AddReviewIndex_${ownPrefix}1767312000000`;
        async up(queryRunner: QueryRunner): Promise<void> {
          executed.push(this.name);
          await queryRunner.query(
            `CREATE INDEX ${q(`${ownPrefix}conflicts_review_idx`)} ON ${q(`${ownPrefix}conflicts`)} (${q('resolved_at')})`,
          );
        }
        async down(queryRunner: QueryRunner): Promise<void> {
          await queryRunner.query(
            `DROP INDEX ${q(`${ownPrefix}conflicts_review_idx`)}${database.name === 'mysql' ? ` ON ${q(`${ownPrefix}conflicts`)}` : ''}`,
          );
        }
      }

      const open = async (migrations: unknown[]): Promise<DataSource> => {
        const dataSource = database.dataSource({
          entities: [createConflictEntitySchema({ type: database.type, tablePrefix: ownPrefix })],
          migrations,
          migrationsTableName,
        });
        await dataSource.initialize();
        return dataSource;
      };

      afterAll(() => dropTables(database, ownPrefix), 60_000);

      it('runs the migrations in order and each only once, an upgrade included', async () => {
        const [createTable] = createConflictMigrations({ tablePrefix: ownPrefix });
        // The first release: only the table.
        const first = await open([createTable]);
        expect((await first.runMigrations()).map(({ name }) => name)).toEqual([new createTable!().name]);
        expect(await first.runMigrations()).toEqual([]);
        await first.destroy();
        // An upgrade adds a migration (listed first on purpose: TypeORM orders by timestamp).
        const second = await open([AddReviewIndex, ...createConflictMigrations({ tablePrefix: ownPrefix })]);
        const later = createConflictMigrations({ tablePrefix: ownPrefix })
          .slice(1)
          .map((migration) => new migration().name);
        expect((await second.runMigrations()).map(({ name }) => name)).toEqual([new AddReviewIndex().name, ...later]);
        expect(await second.runMigrations()).toEqual([]);
        expect(executed).toEqual([new AddReviewIndex().name]);
        const recorded = (await second.query(`SELECT ${q('name')} FROM ${q(migrationsTableName)} ORDER BY ${q('id')}`)) as {
          name: string;
        }[];
        expect(recorded.map(({ name }) => name)).toEqual([new createTable!().name, new AddReviewIndex().name, ...later]);
        await second.destroy();
      });

      it('works on it, and close() leaves it open for its owner', async () => {
        const dataSource = await open(createConflictMigrations({ tablePrefix: ownPrefix }));
        try {
          const own = new TypeORMConflictStore(dataSource, { tablePrefix: ownPrefix });
          const userId = randomId('user');
          const id = await own.addConflict(conflict(userId));
          expect((await own.getConflict(userId, id))?.id).toBe(id);
          // TypeORM's repository sees the same row through the entity schema.
          const repository = dataSource.getRepository(`CasualMemoryConflict_${ownPrefix}conflicts`);
          expect(await repository.countBy({ userId })).toBe(1);
          await own.close();
          expect(dataSource.isInitialized).toBe(true);
        } finally {
          await dataSource.destroy();
        }
        // Once its owner destroyed it, calls fail as unavailable, not with a raw TypeORM error.
        const late = new TypeORMConflictStore(dataSource, { tablePrefix: ownPrefix });
        const error = await late.getConflictCount('u').catch((caught: unknown) => caught);
        expect(StoreUnavailableError.isInstance(error)).toBe(true);
      });
    });
  });
}
