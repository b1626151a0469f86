import { createHash } from 'node:crypto';
import { ConflictStateError, type MemoryConflict, type MemoryFact, type MemoryFactInput, ValidationError } from '@casual-memory/core';
import { memoryConflictToJson, memoryFactToJson, parseMemoryConflict, parseMemoryFact } from '@casual-memory/core/backend';
import { type AddResult, LlmMemoryExtractor } from '@casual-memory/service';
import { CliError } from '../cli-error';
import { EXIT_CODES } from '../exit-codes';
import {
  CONFLICT_DATE_FIELDS,
  EXPORT_FORMAT,
  MEMORY_DATE_FIELDS,
  READABLE_EXPORT_VERSIONS,
  VECTORS_EXPORT_VERSION,
} from '../export-format';
import { ImportJournal } from '../import-journal';
import { checkMemoryFields } from '../import-line-fields';
import { type CommandResult, count, someOf } from '../output';
import { ProgressBar } from '../progress-bar';
import { listMemories, type Session } from '../session';
import { checkMemoryText, hasLetterOrDigit } from '../text-limits';
import { decodeVector, VECTOR_ENCODING } from '../vector-encoding';

/** Fields of a memory a plain import line may set (it is then decided as `remember` decides). */
const MEMORY_FIELDS = ['text', 'type', 'tags', 'importance', 'source', 'validUntil', 'confidence', 'mentionCount', 'firstSeen', 'lastSeen'];
const MAX_ERRORS_SHOWN = 5;

export interface ImportOptions {
  /** The file's name as given (`-` for stdin), for the messages. */
  file: string;
  /** Its whole text (`readInput`). */
  text: string;
  userId: string;
  progress: boolean;
  maxTextLength: number;
  /** Set when the user asked to stop (Ctrl-C): the line in flight finishes, then the import stops. */
  stopRequested?: () => boolean;
  /** The shell command that imports the same input again, for the resume hint. */
  resumeCommand?: string;
}

interface Summary {
  file: string;
  lines: number;
  /** Lines with nothing to import: blank ones, and an export's header. */
  skipped: number;
  /** Lines whose memories (or restored records) this run stored. */
  imported: number;
  /** Lines whose memories an earlier run stored: skipped. */
  alreadyImported: number;
  /** Chat messages that hold no memory (offline, what the assistant said), on this run or, seen again, an earlier one. */
  ignored: number;
  decisions: { added: number; duplicate: number; conflict: number; superseded: number };
  restored: { memories: number; conflicts: number };
  /** Restored memories stored with the vector their line carried (same embedder), not embedded again. */
  vectorsReused: number;
  /** Why the vectors of the file were not used (another embedder), when it carried some. */
  vectorsIgnored?: string;
  /** Lines left out: bad ones (exit code 1), and ones whose id the target holds with other content (exit code 3). */
  errors: { line: number; message: string; exitCode: number }[];
  /** The 1-based line the import stopped before, when it was interrupted. */
  stoppedAtLine?: number;
}

/** What a version 4 header says of the vectors in the lines after it. */
interface FileVectors {
  embedder: string | null;
  dimensions: number;
}

type ParsedLine =
  | { kind: 'header'; vectors?: FileVectors }
  | { kind: 'memory'; userId: string; id: string; memory: MemoryFact; vector?: Float32Array }
  | { kind: 'conflict'; userId: string; conflict: MemoryConflict }
  | { kind: 'plain'; userId: string; memory?: Omit<MemoryFactInput, 'userId'>; message?: { role: string; content: string } };

/**
 * `import`: many facts or chat messages, one JSON object per line, or an `export` file, which is
 * restored as it was (memories under their ids, with their status and links; conflicts with their
 * ids, statuses and resolutions) without deciding anything again; the vectors of an export made with
 * `--with-vectors` are stored as they are when this folder has the same embedder, else each text is embedded. Progress is durable: the users are recorded before their first memory is stored,
 * each done line's key (sha-256 of user, line and how many times that line came before) is appended
 * to the data folder, and the line in flight is journalled, so a resumed run skips what is in and
 * never stores a line twice.
 */
export async function importFile(session: Session, options: ImportOptions): Promise<CommandResult> {
  const c = session.colors;
  const lines = linesOf(options.text);
  const done = session.dataDir.importedLines();
  const journal = new ImportJournal(session.dataDir);
  const seen = new Map<string, number>();
  const summary: Summary = {
    file: options.file,
    lines: lines.length,
    skipped: lines.filter(nothingToImport).length,
    imported: 0,
    alreadyImported: 0,
    ignored: 0,
    decisions: { added: 0, duplicate: 0, conflict: 0, superseded: 0 },
    restored: { memories: 0, conflicts: 0 },
    vectorsReused: 0,
    errors: [],
  };
  /** The vectors of the export being read (from its header), and whether they can be stored as they are. */
  let fileVectors: FileVectors | undefined;
  let reuseVectors = false;
  const extractor = session.stores.chat === undefined ? undefined : new LlmMemoryExtractor(session.stores.chat);
  const bar = new ProgressBar(session.stderr, lines.length, options.progress);

  for (const [index, line] of lines.entries()) {
    // Back to the event loop between lines: with in-process stores a line never waits on I/O, and
    // a Ctrl-C (a signal handler is a macrotask) would otherwise not be seen until the end.
    await new Promise((resolve) => setImmediate(resolve));
    if (options.stopRequested?.() === true) {
      summary.stoppedAtLine = index + 1;
      break;
    }
    bar.update(index, `${summary.imported} imported`);
    if (line.trim() === '') continue;
    const occurrence = (seen.get(line) ?? 0) + 1;
    seen.set(line, occurrence);
    try {
      const parsed = parseLine(line, options.userId, options.maxTextLength, fileVectors);
      if (parsed.kind === 'header') {
        fileVectors = parsed.vectors;
        const ignored = fileVectors === undefined ? undefined : whyVectorsIgnored(session, fileVectors);
        reuseVectors = fileVectors !== undefined && ignored === undefined;
        if (ignored !== undefined && summary.vectorsIgnored !== ignored) {
          summary.vectorsIgnored = ignored;
          session.stderr.write(
            `${session.errors.yellow('casual-memory:')} the vectors in ${options.file} are ignored: ${ignored}; each memory's text is embedded again\n`,
          );
        }
        continue;
      }
      const key = createHash('sha256').update(`${parsed.userId}\u0000${occurrence}\u0000${line}`).digest('hex');
      if (done.has(key)) {
        // Counted as the first run counted it: a message that holds no memory is that again, not "imported".
        if (parsed.kind === 'plain' && extractor === undefined && parsed.message !== undefined && !holdsAMemory(parsed.message))
          summary.ignored++;
        else summary.alreadyImported++;
        continue;
      }
      const resumed = journal.interruptedKey === key;
      // Users first: `stats` finds every user whose memories are stored, however the run ends.
      session.dataDir.addUser(parsed.userId);
      journal.begin(key);
      if (parsed.kind === 'memory') {
        const vector = reuseVectors ? parsed.vector : undefined;
        await restoreMemory(session, journal, parsed.id, parsed.memory, vector);
        if (vector !== undefined) summary.vectorsReused++;
        summary.restored.memories++;
        summary.imported++;
      } else if (parsed.kind === 'conflict') {
        await restoreConflict(session, journal, parsed.conflict);
        summary.restored.conflicts++;
        summary.imported++;
      } else {
        await importPlain(session, parsed, extractor, resumed, summary);
      }
      journal.finish(key);
      done.add(key);
    } catch (error) {
      // A bad line is reported and left out (not marked, so a fixed file imports it); anything else stops the import.
      if (!(error instanceof CliError) && !ValidationError.isInstance(error)) throw error;
      const exitCode = error instanceof CliError ? error.exitCode : EXIT_CODES.usage;
      summary.errors.push({ line: index + 1, message: error.message.replace(/\s+/g, ' '), exitCode });
    }
  }
  bar.done();

  const d = summary.decisions;
  const r = summary.restored;
  // Each line read is counted once, in the same way on every run: the parts add up to the lines.
  const parts = [
    summary.alreadyImported > 0 ? `${summary.alreadyImported} already imported before` : '',
    summary.ignored > 0 ? `${count(summary.ignored, 'chat message', 'chat messages')} without a memory` : '',
    summary.errors.length > 0 ? `${count(summary.errors.length, 'line')} left out (below)` : '',
  ].filter((part) => part !== '');
  // Out of the lines that hold something to import: a complete import of an export is "58 of 58", header aside.
  const out = [
    `${c.green('imported')} ${summary.imported} of ${count(summary.lines - summary.skipped, 'line')} from ${summary.file}${parts.map((part) => `, ${part}`).join('')}`,
  ];
  if (r.memories + r.conflicts > 0)
    out.push(`  ${count(r.memories, 'memory', 'memories')} and ${count(r.conflicts, 'conflict')} restored as exported`);
  if (summary.vectorsReused > 0) out.push(`  vectors reused: ${summary.vectorsReused} (stored as exported, not embedded again)`);
  if (d.added + d.duplicate + d.conflict > 0)
    out.push(
      `  ${d.added} added (${count(d.superseded, 'older memory', 'older memories')} superseded), ${count(d.duplicate, 'duplicate')}, ${count(d.conflict, 'conflict')}`,
    );
  else if (summary.imported === 0 && summary.alreadyImported > 0)
    out.push(`  nothing new to import: every line ${summary.errors.length > 0 ? 'but the ones left out ' : ''}was imported before`);
  for (const { line, message } of summary.errors.slice(0, MAX_ERRORS_SHOWN)) out.push(`  ${c.red('line')} ${line}: ${message}`);
  if (summary.errors.length > MAX_ERRORS_SHOWN)
    out.push(`  ... and ${count(summary.errors.length - MAX_ERRORS_SHOWN, 'more line', 'more lines')} left out`);
  if (d.conflict > 0) out.push(`  see them with: casual-memory conflicts`);
  if (summary.stoppedAtLine !== undefined) {
    out.push(
      `${c.yellow('interrupted')} before line ${summary.stoppedAtLine} of ${summary.lines}: every line before it is stored`,
      `  to resume, run the same import again (lines already imported are skipped)${options.resumeCommand === undefined ? '' : `: ${options.resumeCommand}`}`,
    );
    return { data: summary, lines: out, exitCode: EXIT_CODES.interrupted };
  }
  if (summary.errors.length === 0) return { data: summary, lines: out };
  // A bad line is the input's fault (1); only ids the target already holds otherwise is its state's (3).
  const exitCode = summary.errors.some((error) => error.exitCode === EXIT_CODES.usage) ? EXIT_CODES.usage : EXIT_CODES.conflictState;
  return { data: summary, lines: out, exitCode };
}

/** The lines of an import's text (a last newline ends the last line, it does not start another). */
function linesOf(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** A blank line, or an export's header (it describes the lines after it): nothing to import in it. */
function nothingToImport(line: string): boolean {
  if (line.trim() === '') return true;
  return objectOf(line)?.['kind'] === 'header';
}

/** The JSON object a line holds, or undefined (the import reports what else it is). */
function objectOf(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `--user` given for a file whose lines name another user: refused before anything is opened. Each
 * line is imported for the user it names (`userId`; an export restores its records as they were), so
 * the flag would be silently ignored for those lines.
 */
export function refuseOtherUsers(text: string, file: string, user: string): void {
  const named = new Set<string>();
  for (const line of linesOf(text)) {
    const userId = objectOf(line)?.['userId'];
    if (typeof userId === 'string' && userId !== user) named.add(userId);
  }
  if (named.size === 0) return;
  const others = [...named].sort();
  throw new CliError(
    `${file === '-' ? 'stdin' : file} holds lines of the ${others.length === 1 ? 'user' : 'users'} ${someOf(others)}, and import keeps the user a line names: --user ${user} would not apply to them (leave it out to import them as they are)`,
    EXIT_CODES.usage,
    'USAGE',
  );
}

/**
 * Why the vectors of an export cannot be stored here as they are, or undefined when they can: they
 * must come from this folder's embedder (its recorded id) and have its store's length.
 */
function whyVectorsIgnored(session: Session, { embedder, dimensions }: FileVectors): string | undefined {
  const target = session.dataDir.recordedEmbedder();
  const targetDimensions = session.stores.vectorStore.dimensions;
  if (embedder === null) return 'the export does not say which embedder made them';
  if (embedder !== target) return `they were made by the embedder ${embedder}, and this folder's is ${target ?? 'not recorded'}`;
  if (dimensions !== targetDimensions) return `they have ${dimensions} dimensions, and this folder's vectors ${targetDimensions}`;
  return undefined;
}

/**
 * A memory line of an export: stored as it was (its status, dates and links) under its exported id,
 * with `vector` when the line's vector can be used as it is, else with its text embedded again.
 * One already stored under that id with equal content was restored before (by a run killed before
 * it marked the line done, or by another import of the same records); other content there, or the
 * id taken by another user's memory, is refused, leaving the stored one as it is.
 */
async function restoreMemory(
  session: Session,
  journal: ImportJournal,
  id: string,
  exported: MemoryFact,
  vector: Float32Array | undefined,
): Promise<void> {
  // Restored by an earlier version of this command, which gave restored memories new ids: done.
  if (journal.restoredIds.has(id)) return;
  const successor = exported.supersededBy;
  const memory: MemoryFact = {
    ...exported,
    // An earlier version's run may have restored the successor under a new id.
    ...(successor === undefined ? {} : { supersededBy: journal.restoredIds.get(successor) ?? successor }),
  };
  const { vectorStore } = session.stores;
  const userId = memory.userId;
  const stored = async () => (await vectorStore.getById(userId, id))?.memory;
  if (sameOrTaken('memory', id, memory, await stored(), memoryFactToJson)) return;
  const embedded = vector ?? ((await session.service.embedding.embedDocuments([memory.text]))[0] as Float32Array);
  try {
    await vectorStore.add(embedded, memory, { id });
  } catch (error) {
    if (!ConflictStateError.isInstance(error)) throw error;
    // Stored in between under this id (equal: done), or the id of another user's memory.
    if (sameOrTaken('memory', id, memory, await stored(), memoryFactToJson)) return;
    throw idTaken('memory', id, 'by a memory of another user');
  }
}

/** A conflict line of an export: stored with its id, status and resolution, as `restoreMemory` stores a memory. */
async function restoreConflict(session: Session, journal: ImportJournal, exported: MemoryConflict): Promise<void> {
  const { conflictStore } = session.stores;
  const mapped = (id: string) => journal.restoredIds.get(id) ?? id;
  const conflict: MemoryConflict = {
    ...exported,
    memoryAId: mapped(exported.memoryAId),
    memoryBId: mapped(exported.memoryBId),
    ...(exported.winningMemoryId === undefined ? {} : { winningMemoryId: mapped(exported.winningMemoryId) }),
  };
  const stored = async () => (await conflictStore.getConflict(conflict.userId, conflict.id)) ?? undefined;
  if (sameOrTaken('conflict', conflict.id, conflict, await stored(), memoryConflictToJson)) return;
  try {
    await conflictStore.addConflict(conflict);
  } catch (error) {
    if (!ConflictStateError.isInstance(error) || !sameOrTaken('conflict', conflict.id, conflict, await stored(), memoryConflictToJson))
      throw error;
  }
}

/**
 * Whether the record is stored already: `false` when nothing is stored under its id, `true` when
 * what is stored equals it field for field; other content there is an error naming the fields.
 */
function sameOrTaken<T>(what: 'memory' | 'conflict', id: string, wanted: T, stored: T | undefined, toJson: (value: T) => object): boolean {
  if (stored === undefined) return false;
  const have = toJson(stored) as Record<string, unknown>;
  const want = toJson(wanted) as Record<string, unknown>;
  const differing = [...new Set([...Object.keys(have), ...Object.keys(want)])].filter(
    (field) => canonicalJson(have[field]) !== canonicalJson(want[field]),
  );
  if (differing.length === 0) return true;
  throw idTaken(what, id, `with other content (differing: ${differing.sort().join(', ')})`);
}

function idTaken(what: 'memory' | 'conflict', id: string, how: string): CliError {
  return new CliError(
    `the ${what} id ${id} is already stored ${how}: the line is left out and the stored ${what} kept as it is`,
    EXIT_CODES.conflictState,
    'ID_TAKEN',
  );
}

/** JSON with object keys sorted at every depth, so equal records compare equal whatever order a store gives their keys. */
function canonicalJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .filter((key) => record[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

async function importPlain(
  session: Session,
  parsed: Extract<ParsedLine, { kind: 'plain' }>,
  extractor: LlmMemoryExtractor | undefined,
  resumed: boolean,
  summary: Summary,
): Promise<void> {
  const memories = await memoriesOf(parsed, extractor);
  if (parsed.message !== undefined && session.stores.shortTermStore !== undefined) {
    await session.stores.shortTermStore.addMessages(parsed.userId, [parsed.message as never]);
  }
  if (memories.length === 0) {
    summary.ignored++;
    return;
  }
  // The line a killed run was deciding: when its text is stored already, it was decided.
  if (
    resumed &&
    (await listMemories(session, parsed.userId)).some((stored) => memories.some((memory) => memory.text === stored.memory.text))
  ) {
    summary.imported++;
    return;
  }
  for (const memory of memories) tally(summary, await session.service.add({ ...memory, userId: parsed.userId }));
  summary.imported++;
}

/** One line; `fileVectors` is what the export's header said of its vectors (a memory line's `vector` is read with it). */
function parseLine(line: string, defaultUser: string, maxTextLength: number, fileVectors: FileVectors | undefined): ParsedLine {
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
  const kind = record['kind'];
  if (kind === 'header') {
    if (record['format'] !== EXPORT_FORMAT || !READABLE_EXPORT_VERSIONS.includes(record['version'] as number))
      throw new CliError(
        `an export header of another format (expected ${EXPORT_FORMAT} version ${READABLE_EXPORT_VERSIONS.join(' or ')})`,
        EXIT_CODES.usage,
        'BAD_LINE',
      );
    return record['version'] === VECTORS_EXPORT_VERSION ? { kind: 'header', vectors: headerVectors(record) } : { kind: 'header' };
  }
  if (kind === 'memory') {
    const { kind: _kind, id, vector: encoded, ...fields } = record;
    if (typeof id !== 'string' || id === '') throw new CliError('an exported memory needs its "id"', EXIT_CODES.usage, 'BAD_LINE');
    if (typeof fields['text'] === 'string') checkMemoryText(fields['text'], maxTextLength);
    checkMemoryFields(record, { exported: true });
    const memory = parseMemoryFact(withDates({ ...fields, userId }, MEMORY_DATE_FIELDS));
    if (encoded === undefined) return { kind: 'memory', userId, id, memory };
    if (fileVectors === undefined)
      throw new CliError(
        `a memory with a "vector" needs an export header of version ${VECTORS_EXPORT_VERSION} (with the vectors' dimensions) before it`,
        EXIT_CODES.usage,
        'BAD_LINE',
      );
    return { kind: 'memory', userId, id, memory, vector: decodeVector(encoded, fileVectors.dimensions) };
  }
  if (kind === 'conflict') {
    const { kind: _kind, ...fields } = record;
    return { kind: 'conflict', userId, conflict: parseMemoryConflict(withDates({ ...fields, userId }, CONFLICT_DATE_FIELDS)) };
  }
  if (kind !== undefined)
    throw new CliError(`unknown "kind": ${JSON.stringify(kind)} (memory, conflict or header)`, EXIT_CODES.usage, 'BAD_LINE');
  if (typeof record['text'] === 'string') {
    checkMemoryText(record['text'], maxTextLength);
    checkMemoryFields(record, { exported: false });
    const memory: Record<string, unknown> = {};
    for (const field of MEMORY_FIELDS) if (record[field] !== undefined) memory[field] = record[field];
    if (memory['type'] === undefined) memory['type'] = 'fact';
    return { kind: 'plain', userId, memory: withDates(memory, ['validUntil', 'firstSeen', 'lastSeen']) as Omit<MemoryFactInput, 'userId'> };
  }
  if (typeof record['role'] === 'string' && typeof record['content'] === 'string') {
    checkMemoryText(record['content'], maxTextLength, 'the content');
    return { kind: 'plain', userId, message: { role: record['role'], content: record['content'] } };
  }
  throw new CliError('neither a memory ({"text": ...}) nor a chat message ({"role": ..., "content": ...})', EXIT_CODES.usage, 'BAD_LINE');
}

/** What a version 4 header says of the vectors after it: their embedder, a whole number of dimensions, and the one encoding. */
function headerVectors(header: Record<string, unknown>): FileVectors {
  const { embedder, dimensions, vectorEncoding } = header;
  if (typeof dimensions !== 'number' || !Number.isInteger(dimensions) || dimensions < 1 || vectorEncoding !== VECTOR_ENCODING)
    throw new CliError(
      `an export header of version ${VECTORS_EXPORT_VERSION} needs "dimensions" (a whole number) and "vectorEncoding": "${VECTOR_ENCODING}"`,
      EXIT_CODES.usage,
      'BAD_LINE',
    );
  return { embedder: typeof embedder === 'string' ? embedder : null, dimensions };
}

/** Dates travel as ISO-8601 strings; one that is not a date is refused naming the field and the value. */
function withDates(fields: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const converted = { ...fields };
  for (const name of names) {
    const value = converted[name];
    if (value === undefined || value === null) {
      delete converted[name];
      continue;
    }
    const date = typeof value === 'string' ? new Date(value) : undefined;
    if (date === undefined || Number.isNaN(date.getTime())) {
      throw new CliError(
        `${name} is not a date: ${JSON.stringify(value)} (expected an ISO 8601 date such as "2026-01-31T12:00:00Z")`,
        EXIT_CODES.usage,
        'BAD_LINE',
      );
    }
    converted[name] = date;
  }
  return converted;
}

/** A memory line is itself; a chat message goes through the extractor with a model, else a user's message is taken as said. */
async function memoriesOf(
  parsed: Extract<ParsedLine, { kind: 'plain' }>,
  extractor: LlmMemoryExtractor | undefined,
): Promise<Omit<MemoryFactInput, 'userId'>[]> {
  if (parsed.memory !== undefined) return [parsed.memory];
  const message = parsed.message as { role: string; content: string };
  if (extractor !== undefined) return extractor.extract([message]);
  if (!holdsAMemory(message)) return [];
  return [{ text: message.content, type: 'fact', source: 'user' }];
}

/**
 * Offline, a chat message holds a memory when the user said something in words or numbers: the assistant's
 * (or a tool's) words are context, and a "?" or "👍" of the user's says nothing to remember.
 */
function holdsAMemory(message: { role: string; content: string }): boolean {
  return message.role === 'user' && hasLetterOrDigit(message.content);
}

function tally(summary: Summary, result: AddResult): void {
  summary.decisions[result.action]++;
  summary.decisions.superseded += result.supersededIds.length;
}
