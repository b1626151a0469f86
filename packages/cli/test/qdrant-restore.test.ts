import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportRows } from './export-rows';
import { cli, cliAsync, ensureBuilt, removeTempDirs, tempDir } from './run-built-cli';
import { useQdrantStandIn } from './shared-services';

// Moving a user's memory from the embedded default to Qdrant: an export of the SQLite folder,
// imported with --qdrant-url, restores every memory (status, links) and conflict, and exports back
// the same. Qdrant here is vector-qdrant's schema-checking stand-in, in this process (so the command
// runs without blocking it).

beforeAll(ensureBuilt, 180_000);
afterAll(removeTempDirs);
const standIn = useQdrantStandIn();

it('an export of the embedded folder restores exactly into Qdrant, and exports back the same', async () => {
  const embedded = tempDir();
  for (const text of ['I live in London', 'I live in London', 'I moved to Lisbon', 'I live in Porto', 'I like green tea'])
    expect(cli(['remember', text], { dataDir: embedded }).code).toBe(0);
  const exported = exportRows(embedded);
  expect(exported.filter((row) => row['kind'] === 'memory')).toHaveLength(4);
  const file = join(tempDir(), 'export.jsonl');
  writeFileSync(file, exported.map((row) => `${JSON.stringify(row)}\n`).join(''));

  const onQdrant = tempDir();
  const flags = ['--qdrant-url', standIn().url, '--qdrant-collection', 'moved'];
  const imported = await cliAsync([...flags, 'import', file, '--json'], { dataDir: onQdrant });
  expect(imported.code).toBe(0);
  expect(JSON.parse(imported.stdout)).toMatchObject({ restored: { memories: 4, conflicts: 1 }, decisions: { added: 0 } });
  const back = await cliAsync([...flags, 'export'], { dataDir: onQdrant });
  expect(back.code).toBe(0);
  const rows = back.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  // Qdrant lists in its own id order: compare the records, each memory named by what it links to.
  const byText = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    `${String(a['kind'])}${String(a['text'])}`.localeCompare(`${String(b['kind'])}${String(b['text'])}`);
  const named = (list: Record<string, unknown>[]) => {
    const texts = new Map(list.filter((row) => row['kind'] === 'memory').map((row) => [row['id'], row['text']]));
    return list
      .map((row) => {
        const { id, supersededBy: _s, memoryAId: _a, memoryBId: _b, ...rest } = row;
        return { ...rest, ...(row['kind'] === 'conflict' ? { id } : {}), ...linkTexts(row, texts) };
      })
      .sort(byText);
  };
  expect(named(rows)).toEqual(named(exported));
}, 240_000);

function linkTexts(row: Record<string, unknown>, texts: Map<unknown, unknown>): Record<string, unknown> {
  const linked: Record<string, unknown> = {};
  for (const field of ['supersededBy', 'memoryAId', 'memoryBId'])
    if (typeof row[field] === 'string') linked[`${field}Text`] = texts.get(row[field]) ?? row[field];
  return linked;
}
