import { cli } from './run-built-cli';

export type Row = Record<string, unknown>;

/** The lines of `export` (for `--user`, else the default user), parsed. */
export function exportRows(dataDir: string, args: readonly string[] = []): Row[] {
  const run = cli([...args, 'export'], { dataDir });
  if (run.code !== 0) throw new Error(`export failed (exit ${run.code}): ${run.stderr}`);
  return run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Row);
}

/** An export with each memory id replaced by its position: ids are new after an import, links must follow them. */
export function comparable(rows: readonly Row[]): Row[] {
  const names = new Map<string, string>();
  const name = (id: unknown) => {
    if (typeof id !== 'string') return id;
    if (!names.has(id)) names.set(id, `memory-${names.size}`);
    return names.get(id);
  };
  for (const row of rows) if (row['kind'] === 'memory') name(row['id']);
  return rows.map((row) => {
    const copy = { ...row };
    for (const field of ['id', 'supersededBy', 'memoryAId', 'memoryBId', 'winningMemoryId'])
      if (field in copy && !(row['kind'] === 'conflict' && field === 'id')) copy[field] = name(copy[field]);
    return copy;
  });
}
