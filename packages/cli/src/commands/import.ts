import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type MemoryFactInput, ValidationError } from '@casual-memory/core';
import { type AddResult, LlmMemoryExtractor } from '@casual-memory/service';
import { CliError } from '../cli-error';
import { EXIT_CODES } from '../exit-codes';
import type { CommandResult } from '../output';
import { ProgressBar } from '../progress-bar';
import type { Session } from '../session';

/** Fields of a memory an import line may set (an `export` line has these, plus its informative `id`). */
const MEMORY_FIELDS = ['text', 'type', 'tags', 'importance', 'source', 'validUntil', 'confidence', 'mentionCount', 'firstSeen', 'lastSeen'];
const DATE_FIELDS = ['validUntil', 'firstSeen', 'lastSeen'];
const MAX_ERRORS_SHOWN = 5;

export interface ImportOptions {
  file: string;
  userId: string;
  progress: boolean;
}

interface Summary {
  file: string;
  lines: number;
  imported: number;
  alreadyImported: number;
  ignored: number;
  decisions: { added: number; duplicate: number; conflict: number; superseded: number };
  errors: { line: number; message: string }[];
}

/**
 * `import`: many facts or chat messages, one JSON object per line. Each stored line's key
 * (sha-256 of user, line and how many times that line came before) goes to the data directory, so
 * a re-run, after an interruption say, skips what is already in.
 */
export async function importFile(session: Session, options: ImportOptions): Promise<CommandResult> {
  const c = session.colors;
  let text: string;
  try {
    // `-` is stdin, so an export can be piped straight into another data folder.
    text = readFileSync(options.file === '-' ? 0 : options.file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${options.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, EXIT_CODES.usage, 'USAGE');
  }
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const done = session.dataDir.importedLines();
  const seen = new Map<string, number>();
  const summary: Summary = {
    file: options.file,
    lines: lines.length,
    imported: 0,
    alreadyImported: 0,
    ignored: 0,
    decisions: { added: 0, duplicate: 0, conflict: 0, superseded: 0 },
    errors: [],
  };
  const extractor = session.stores.chat === undefined ? undefined : new LlmMemoryExtractor(session.stores.chat);
  const bar = new ProgressBar(session.stderr, lines.length, options.progress);
  const users = new Set<string>();

  for (const [index, line] of lines.entries()) {
    bar.update(index, `${summary.imported} imported`);
    if (line.trim() === '') continue;
    const occurrence = (seen.get(line) ?? 0) + 1;
    seen.set(line, occurrence);
    try {
      const parsed = parseLine(line, options.userId);
      const key = createHash('sha256').update(`${parsed.userId}\u0000${occurrence}\u0000${line}`).digest('hex');
      if (done.has(key)) {
        summary.alreadyImported++;
        continue;
      }
      const memories = await memoriesOf(parsed, extractor);
      if (parsed.message !== undefined && session.stores.shortTermStore !== undefined) {
        await session.stores.shortTermStore.addMessages(parsed.userId, [parsed.message as never]);
      }
      if (memories.length === 0) summary.ignored++;
      for (const memory of memories) tally(summary, await session.service.add({ ...memory, userId: parsed.userId }));
      if (memories.length > 0) summary.imported++;
      users.add(parsed.userId);
      session.dataDir.markImported(key);
    } catch (error) {
      // A bad line is reported and left out (not marked, so a fixed file imports it); anything else stops the import.
      if (!(error instanceof CliError) && !ValidationError.isInstance(error)) throw error;
      summary.errors.push({ line: index + 1, message: error.message.replace(/\s+/g, ' ') });
    }
  }
  bar.done();
  for (const user of users) session.dataDir.addUser(user);

  const d = summary.decisions;
  const out = [
    `${c.green('imported')} ${summary.imported} of ${summary.lines} lines from ${summary.file}` +
      (summary.alreadyImported > 0 ? `, ${summary.alreadyImported} already imported before` : '') +
      (summary.ignored > 0 ? `, ${summary.ignored} without a memory` : ''),
    `  ${d.added} added (${d.superseded} older memories superseded), ${d.duplicate} duplicates, ${d.conflict} conflicts`,
  ];
  for (const { line, message } of summary.errors.slice(0, MAX_ERRORS_SHOWN)) out.push(`  ${c.red('line')} ${line}: ${message}`);
  if (summary.errors.length > MAX_ERRORS_SHOWN) out.push(`  ... and ${summary.errors.length - MAX_ERRORS_SHOWN} more bad lines`);
  if (d.conflict > 0) out.push(`  see them with: casual-memory conflicts`);
  return { data: summary, lines: out, ...(summary.errors.length > 0 ? { exitCode: EXIT_CODES.usage } : {}) };
}

interface ParsedLine {
  userId: string;
  memory?: Omit<MemoryFactInput, 'userId'>;
  message?: { role: string; content: string };
}

function parseLine(line: string, defaultUser: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new CliError('not JSON (expected {"text": ...} or {"role": ..., "content": ...})', EXIT_CODES.usage, 'BAD_LINE');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError('not a JSON object', EXIT_CODES.usage, 'BAD_LINE');
  }
  const record = value as Record<string, unknown>;
  const userId = typeof record['userId'] === 'string' ? record['userId'] : defaultUser;
  if (typeof record['text'] === 'string') {
    const memory: Record<string, unknown> = {};
    for (const field of MEMORY_FIELDS) if (record[field] !== undefined) memory[field] = record[field];
    // Dates travel as ISO strings (as `export` writes them); a bad one is the service's ValidationError.
    for (const field of DATE_FIELDS) if (typeof memory[field] === 'string') memory[field] = new Date(memory[field] as string);
    if (memory['type'] === undefined) memory['type'] = 'fact';
    return { userId, memory: memory as unknown as Omit<MemoryFactInput, 'userId'> };
  }
  if (typeof record['role'] === 'string' && typeof record['content'] === 'string') {
    return { userId, message: { role: record['role'], content: record['content'] } };
  }
  throw new CliError('neither a memory ({"text": ...}) nor a chat message ({"role": ..., "content": ...})', EXIT_CODES.usage, 'BAD_LINE');
}

/** A memory line is itself; a chat message goes through the extractor with a model, else a user's message is taken as said. */
async function memoriesOf(parsed: ParsedLine, extractor: LlmMemoryExtractor | undefined): Promise<Omit<MemoryFactInput, 'userId'>[]> {
  if (parsed.memory !== undefined) return [parsed.memory];
  const message = parsed.message as { role: string; content: string };
  if (extractor !== undefined) return extractor.extract([message]);
  if (message.role !== 'user' || message.content.trim() === '') return [];
  return [{ text: message.content, type: 'fact', source: 'user' }];
}

function tally(summary: Summary, result: AddResult): void {
  summary.decisions[result.action]++;
  summary.decisions.superseded += result.supersededIds.length;
}
