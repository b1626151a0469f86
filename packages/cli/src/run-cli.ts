import type { MemoryType, ResolutionDecision } from '@casual-memory/core';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CliError } from './cli-error';
import { DECISION_CHOICES, MEMORY_TYPE_CHOICES } from './command-choices';
import type { DataDir } from './data-dir';
import { parseDecision } from './decision-choice';
import { defaultDataDir } from './default-data-dir';
import { describeFailure } from './describe-failure';
import { EXIT_CODES, type ExitCode } from './exit-codes';
import { DEFAULT_MCP_PORT, parsePort } from './mcp-port';
import { type CommandResult, colorsFor, type Io } from './output';
import type { Access, Session } from './session';
import { OFFLINE_EMBEDDERS, type OfflineEmbedder, type Settings } from './settings';
import { checkMemoryText, DEFAULT_MAX_TEXT_LENGTH, requireLetterOrDigit, requireText } from './text-limits';
import { usageHint } from './usage-hint';
import { checkUser, passUserDown } from './user-option';

// Each command's module, the session and the libraries behind them load when that command runs: --version,
// --help and a usage error load commander alone, and `remember` loads no other command's code.

// Set by the build (tsup.config.ts) from package.json.
declare const __CLI_VERSION__: string | undefined;
const VERSION = typeof __CLI_VERSION__ === 'string' ? __CLI_VERSION__ : '0.0.0';

const EXAMPLES = `
Examples:
  $ casual-memory remember "I live in London"
  $ casual-memory remember "I live in Paris"          # a contradiction: prints the conflict and the question to ask
  $ casual-memory conflicts
  $ casual-memory resolve 1a2b3c4d keep_b             # the user said: Paris
  $ casual-memory recall "where do I live" --json | jq '.memories[0].text'
  $ casual-memory list                               # everything remembered, most recently said first
  $ casual-memory export --user ana > ana.jsonl && casual-memory import ana.jsonl --data-dir ./copy
  $ casual-memory export | casual-memory import - --data-dir ./copy
  $ CASUAL_MEMORY_DATA_DIR=/tmp/mem casual-memory stats

Data lives in one folder (--data-dir, else $CASUAL_MEMORY_DATA_DIR, else ${defaultDataDir()}).
Offline by default: a sentence model run locally (Universal Sentence Encoder lite) and heuristic
verifiers, no server, no API key; --embedder hashing needs no model at all.

Exit codes: 0 ok (a recorded conflict included), 1 bad usage or input, 2 not found,
3 conflict already resolved, 4 a store or model did not answer (or its driver is missing),
5 unreadable data (nothing was changed), 6 unexpected failure (DEBUG=1 shows the stack).
`;

const COMMAND_EXAMPLES: Record<string, string[]> = {
  remember: [
    'remember "I live in London"',
    'remember "I like green tea" --type preference --tags drinks --user ana',
    'remember "Dentist on Friday" --type event --json',
  ],
  recall: ['recall "where do I live"', 'recall "drinks" --top-k 10 --min-score 0.5 --user ana'],
  list: [
    'list',
    'list --limit 10 --user ana',
    'list --all                # superseded, rejected and held ones too',
    "list --json | jq '.memories[].text'",
  ],
  conflicts: ['conflicts', 'conflicts --resolved       # the settled ones too, with their notes', 'conflicts --user ana --json'],
  resolve: [
    'resolve 1a2b3c4d keep_b',
    'resolve 1a2b3c4d merge --text "I live in London and Paris"',
    'resolve 1a2b3c4d both_valid --notes "two homes"',
  ],
  history: ['history', 'history --limit 5 --json'],
  import: ['import facts.jsonl', 'import chat.jsonl --user ana', 'export | casual-memory import - --data-dir ./copy'],
  export: [
    'export > memories.jsonl',
    'export --user ana --json',
    'export --with-vectors > memories.jsonl   # import reuses them with the same embedder',
  ],
  forget: ['forget 1a2b3c4d'],
  restore: ['restore 1a2b3c4d           # an archived memory, current again'],
  repair: ['repair', 'repair --user ana --json'],
  stats: ['stats', 'stats --user ana --json'],
  mcp: [
    'mcp                                   # for an MCP client that starts the command (stdio)',
    'mcp --user ana --data-dir ~/memories',
    'mcp --http --port 8090                # one user, on 127.0.0.1 only',
    'mcp --http --token-file tokens.json   # a user per bearer token: { "<token>": "<user id>" }',
  ],
};

/**
 * Runs `casual-memory` with `argv` (without node and the script) and resolves to the exit code. It
 * never throws: every failure is one line on stderr (and, with --json, one JSON document on stdout).
 */
export async function runCli(argv: readonly string[], io: Partial<Io> = {}): Promise<ExitCode> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const env = io.env ?? process.env;
  const json = argv.includes('--json');
  const errors = colorsFor(stderr, env);
  let outcome: CommandResult | undefined;
  let exportText: string | undefined;
  let dispatched: Command | undefined;

  const program = new Command('casual-memory');
  program
    .description('Long-term memory that stays consistent: remember facts, recall them, settle contradictions.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => stdout.write(text),
      // Only the whole help goes here (no command given): it is replaced by the short usage below.
      writeErr: () => {},
      outputError: () => {}, // reported once, below, as every other failure
    })
    .showSuggestionAfterError()
    .configureHelp({ showGlobalOptions: true })
    .addOption(new Option('--data-dir <dir>', 'the folder holding the memories').env('CASUAL_MEMORY_DATA_DIR'))
    .option('--json', 'print one JSON document on stdout instead of text')
    .addOption(new Option('--qdrant-url <url>', 'keep vectors in Qdrant instead of the data folder').env('CASUAL_MEMORY_QDRANT_URL'))
    .addOption(new Option('--qdrant-api-key <key>', 'API key for --qdrant-url').env('QDRANT_API_KEY'))
    .addOption(new Option('--qdrant-collection <name>', 'the Qdrant collection').default('casual_memory'))
    .addOption(
      new Option('--database-url <url>', 'keep conflicts in PostgreSQL or MySQL/MariaDB (postgres://, mysql://)').env(
        'CASUAL_MEMORY_DATABASE_URL',
      ),
    )
    .addOption(
      new Option('--table-prefix <prefix>', "put before the conflict table's name on a --database-url server").env(
        'CASUAL_MEMORY_TABLE_PREFIX',
      ),
    )
    .addOption(new Option('--redis-url <url>', 'keep imported chat turns in Redis (short-term memory)').env('CASUAL_MEMORY_REDIS_URL'))
    .addOption(new Option('--redis-key-prefix <prefix>', 'put before every Redis key').env('CASUAL_MEMORY_REDIS_KEY_PREFIX'))
    .addOption(
      new Option('--openai-base-url <url>', 'use an OpenAI-compatible server (Ollama, vLLM, ...) for embeddings and checks').env(
        'CASUAL_MEMORY_OPENAI_BASE_URL',
      ),
    )
    .addOption(new Option('--openai-api-key <key>', 'use OpenAI (or the server above) with this key').env('OPENAI_API_KEY'))
    .addOption(
      new Option('--embedder <name>', "the offline embedder (default: the data folder's, else sentence-encoder)")
        .choices(OFFLINE_EMBEDDERS)
        .env('CASUAL_MEMORY_EMBEDDER'),
    )
    .addOption(new Option('--embedding-model <name>', 'embedding model with a server').default('text-embedding-3-small'))
    .addOption(new Option('--chat-model <name>', 'chat model with a server').default('gpt-4o-mini'))
    .addOption(new Option('--dimensions <n>', 'the embedding model vector length (default 1536)').argParser(positiveInteger))
    .addOption(new Option('--connect-timeout <ms>', 'how long to wait for a server').default(5000).argParser(positiveInteger))
    .addOption(
      new Option('--max-text-length <n>', 'the longest memory text taken, in characters')
        .default(DEFAULT_MAX_TEXT_LENGTH)
        .argParser(positiveInteger)
        .env('CASUAL_MEMORY_MAX_TEXT_LENGTH'),
    )
    // Hidden: each command lists its own --user, which this one only fills in (see passUserDown).
    .addOption(new Option('-u, --user <id>', 'whose memories').hideHelp())
    .addHelpText('after', EXAMPLES)
    // The command being parsed, for the hint a usage error in it gets.
    .hook('preSubcommand', (_program, subcommand) => {
      dispatched = subcommand;
    })
    .hook('preAction', (_program, command) => passUserDown(program, command));

  /** Opens the stores named by the options, runs one command, closes them (also on failure). */
  const withSession = async (command: Command, body: (session: Session) => Promise<CommandResult>, access: Access = 'write') => {
    rejectEmptyFlags(command);
    const [{ DataDir }, { openSession }] = await Promise.all([import('./data-dir'), import('./session')]);
    const options = command.optsWithGlobals<GlobalOptions>();
    const dataDir = new DataDir(emptyToUndefined(options.dataDir) ?? defaultDataDir(env));
    const settings = settingsFrom(options, dataDir, program.getOptionValueSource('embedder') === 'env');
    const session = await openSession(settings, colorsFor(stdout, env), errors, stderr, access);
    try {
      outcome = await body(session);
    } finally {
      await session.stores.close();
    }
  };
  const user = () => new Option('-u, --user <id>', 'whose memories').env('CASUAL_MEMORY_USER').default('default');

  program
    .command('remember')
    .description(
      'store a fact; prints the decision: added (with the older memories it supersedes), duplicate of #id, or conflict #id with the question to ask',
    )
    .argument('<text>', 'the statement, e.g. "I live in London"')
    .addOption(user())
    .addOption(new Option('-t, --type <type>', 'what kind of memory').choices(MEMORY_TYPE_CHOICES).default('fact'))
    .option('--tags <tags>', 'comma-separated tags', '')
    .option('--importance <0..1>', 'how much it matters (default 0.5)', unitInterval)
    .action(async (text: string, options: { user: string; type: MemoryType; tags: string; importance?: number }, command: Command) => {
      requireText(text, 'nothing to remember: the text is empty');
      requireLetterOrDigit(text, 'nothing to remember: the text has no letters or digits');
      checkMemoryText(text, maxTextLength(command));
      const tags = options.tags
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag !== '');
      const { remember } = await import('./commands/remember');
      await withSession(command, (session) =>
        remember(session, {
          userId: options.user,
          text,
          type: options.type,
          tags,
          ...(options.importance === undefined ? {} : { importance: options.importance }),
        }),
      );
    });

  program
    .command('recall')
    .description('the current memories that best answer a query, best first, each with its similarity to the query')
    .argument('<query>', 'what to look for, e.g. "where do I live"')
    .addOption(user())
    .option('-k, --top-k <n>', 'at most this many (default 5)', positiveInteger)
    .option(
      '--min-score <score>',
      "lowest similarity returned (default: the embedder's recall floor, 0.21 for the sentence encoder)",
      score,
    )
    .action(async (query: string, options: { user: string; topK?: number; minScore?: number }, command: Command) => {
      requireText(query, 'nothing to recall: the question is empty');
      requireLetterOrDigit(query, 'nothing to recall: the question has no letters or digits');
      const { recall } = await import('./commands/recall');
      await withSession(
        command,
        (session) =>
          recall(session, {
            userId: options.user,
            query,
            ...(options.topK === undefined ? {} : { topK: options.topK }),
            ...(options.minScore === undefined ? {} : { minScore: options.minScore }),
          }),
        'read',
      );
    });

  program
    .command('list')
    .description(
      'what is remembered: the current memories, most recently said first; --all also the archived ones and those held for a conflict',
    )
    .addOption(user())
    .option('-n, --limit <n>', 'at most this many', positiveInteger)
    .option('-a, --all', 'also the memories recall no longer answers from: superseded, rejected, expired, held for a conflict')
    .action(async (options: { user: string; limit?: number; all?: boolean }, command: Command) => {
      const { list } = await import('./commands/list');
      await withSession(
        command,
        (session) =>
          list(session, {
            userId: options.user,
            all: options.all === true,
            ...(options.limit === undefined ? {} : { limit: options.limit }),
          }),
        'read',
      );
    });

  program
    .command('conflicts')
    .description('contradictions waiting for the user, most important first, with the question to ask')
    .addOption(user())
    .option('--resolved', 'also the resolved ones, latest first: what each kept and archived, and its notes')
    .action(async (options: { user: string; resolved?: boolean }, command: Command) => {
      const { listConflicts } = await import('./commands/conflicts');
      await withSession(
        command,
        (session) => listConflicts(session, { userId: options.user, resolved: options.resolved === true }),
        'read',
      );
    });

  program
    .command('resolve')
    .description("settle a conflict with the user's answer: keep_a (the earlier), keep_b (the newer), merge (--text), both_valid")
    .argument('<conflict-id>', 'the id (or its first characters) from `conflicts`')
    // Listed as choices in the help; a word not among them is a plain message naming them (and the one meant).
    .addArgument(new Argument('<decision>', 'keep_a, keep_b, merge or both_valid').choices(DECISION_CHOICES).argParser(parseDecision))
    .addOption(user())
    .option('--text <statement>', 'for merge: the one statement that replaces both')
    .option('--notes <notes>', 'kept on the conflict')
    .action(
      async (
        conflictId: string,
        decision: ResolutionDecision,
        options: { user: string; text?: string; notes?: string },
        command: Command,
      ) => {
        const { resolve } = await import('./commands/resolve');
        await withSession(command, (session) =>
          resolve(session, {
            userId: options.user,
            conflictId,
            decision,
            ...(options.text === undefined ? {} : { text: options.text }),
            ...(options.notes === undefined ? {} : { notes: options.notes }),
          }),
        );
      },
    );

  program
    .command('history')
    .description('archived memories, most recent first, with what superseded them')
    .addOption(user())
    .option('-n, --limit <n>', 'at most this many', positiveInteger)
    .action(async (options: { user: string; limit?: number }, command: Command) => {
      const { history } = await import('./commands/history');
      await withSession(command, (session) => history(session, options.user, options.limit), 'read');
    });

  program
    .command('import')
    .description(
      'many facts ({"text": ...}) or chat messages ({"role": ..., "content": ...}), one JSON object per line; a re-run skips lines already imported',
    )
    .argument(
      '<file.jsonl>',
      'the file (an `export` reads back as it is; its vectors, from `export --with-vectors`, are reused when this folder has the same embedder), or - for stdin',
    )
    .addOption(user())
    .action(async (file: string, options: { user: string }, command: Command) => {
      // Ctrl-C finishes the line in flight, then stops with where it stopped; a second Ctrl-C stops at once.
      let stopRequested = false;
      const onInterrupt = () => {
        if (stopRequested) process.exit(EXIT_CODES.interrupted);
        stopRequested = true;
        stderr.write(`\ncasual-memory: stopping after the line in flight (Ctrl-C again to stop at once)\n`);
      };
      rejectEmptyFlags(command);
      const [{ importFile, refuseOtherUsers }, { readInput }] = await Promise.all([import('./commands/import'), import('./read-input')]);
      // The input is read and checked before the data folder is opened (or created).
      const text = await readInput(file);
      if (command.getOptionValueSource('user') === 'cli') refuseOtherUsers(text, file, options.user);
      process.on('SIGINT', onInterrupt);
      try {
        await withSession(command, (session) =>
          importFile(session, {
            file,
            text,
            userId: options.user,
            progress: !json && stderr.isTTY === true,
            maxTextLength: maxTextLength(command),
            stopRequested: () => stopRequested,
            resumeCommand: `casual-memory ${argv.map(shellWord).join(' ')}`,
          }),
        );
      } finally {
        process.off('SIGINT', onInterrupt);
      }
    });

  program
    .command('export')
    .description(
      'everything of the user, one JSON object per line: every memory (current, superseded, held) and every conflict (reads back with `import` as it was)',
    )
    .addOption(user())
    .option(
      '--with-vectors',
      "each memory's vector too: an import into a folder with the same embedder stores them instead of embedding again",
    )
    .action(async (options: { user: string; withVectors?: boolean }, command: Command) => {
      const { exportMemories } = await import('./commands/export');
      await withSession(
        command,
        async (session) => {
          const exported = await exportMemories(session, options.user, { withVectors: options.withVectors === true });
          exportText = exported.jsonl;
          return exported;
        },
        'read',
      );
    });

  program
    .command('forget')
    .description('delete one memory for good')
    .argument('<memory-id>', 'the id (or its first characters) from `recall` or `history`')
    .addOption(user())
    .action(async (memoryId: string, options: { user: string }, command: Command) => {
      const { forget } = await import('./commands/forget');
      await withSession(command, (session) => forget(session, options.user, memoryId));
    });

  program
    .command('restore')
    .description('make an archived memory current again (one an update archived wrongly); what superseded it stays')
    .argument('<memory-id>', 'the id (or its first characters) from `history` or `list --all`')
    .addOption(user())
    .action(async (memoryId: string, options: { user: string }, command: Command) => {
      const { restore } = await import('./commands/restore');
      await withSession(command, (session) => restore(session, options.user, memoryId));
    });

  program
    .command('repair')
    .description(
      'finish what failures left unfinished: resolutions not fully applied, held memories without a conflict, conflicts a later statement answered',
    )
    .addOption(user())
    .action(async (options: { user: string }, command: Command) => {
      const { repair } = await import('./commands/repair');
      await withSession(command, (session) => repair(session, options.user));
    });

  program
    .command('stats')
    .description('memories per user and status, conflicts per status, and where each part is kept')
    .addOption(new Option('-u, --user <id>', 'only this user (default: every user this data folder has seen)').env('CASUAL_MEMORY_USER'))
    .action(async (options: { user?: string }, command: Command) => {
      const { stats } = await import('./commands/stats');
      await withSession(command, (session) => stats(session, options.user), 'read');
    });

  program
    .command('mcp')
    .description('serve the memory to an MCP client (Claude Desktop, an IDE, an agent): over stdio, or Streamable HTTP with --http')
    .addOption(user())
    .option('--http', 'serve Streamable HTTP instead of stdio')
    .addOption(
      new Option('--host <address>', 'with --http: the address to bind (any but loopback needs --token-file)').default('127.0.0.1'),
    )
    .addOption(new Option('--port <n>', 'with --http: the port (0: any free one)').default(DEFAULT_MCP_PORT).argParser(parsePort))
    .addOption(
      new Option(
        '--token-file <file>',
        'with --http: JSON { "<token>": "<user id>" }; each request needs a token and reaches its user only',
      ).env('CASUAL_MEMORY_MCP_TOKEN_FILE'),
    )
    .option('--allowed-host <names...>', 'with --http: host names clients use to reach the server (default: the bound address)')
    .action(
      async (
        options: { user: string; http?: boolean; host: string; port: number; tokenFile?: string; allowedHost?: string[] },
        command: Command,
      ) => {
        const { serveMcp } = await import('./commands/mcp');
        await withSession(command, (session) =>
          serveMcp(session, {
            userId: options.user,
            http: options.http === true,
            host: options.host,
            port: options.port,
            ...(options.tokenFile === undefined ? {} : { tokenFile: options.tokenFile }),
            ...(options.allowedHost === undefined ? {} : { allowedHosts: options.allowedHost }),
            stdin: process.stdin,
            stdout,
          }),
        );
      },
    );

  for (const command of program.commands) {
    const examples = COMMAND_EXAMPLES[command.name()];
    if (examples !== undefined)
      command.addHelpText('after', `\nExamples:\n${examples.map((line) => `  $ casual-memory ${line}`).join('\n')}\n`);
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (thrown) {
    if (thrown instanceof CommanderError) {
      // --help and --version end here too, successfully.
      if (thrown.exitCode === 0) return EXIT_CODES.ok;
      // No command: a short usage, not the whole help.
      if (thrown.code === 'commander.help') {
        stderr.write(shortUsage(program));
        if (json)
          stdout.write(
            `${JSON.stringify({ error: { code: 'USAGE', message: 'no command given', exitCode: EXIT_CODES.usage } }, null, 2)}\n`,
          );
        return EXIT_CODES.usage;
      }
      const hint = usageHint(thrown, dispatched?.name(), dispatched?.args ?? [], argv) ?? 'see casual-memory --help';
      return await report(new CliError(`${thrown.message.replace(/^error: /, '')} (${hint})`, EXIT_CODES.usage, 'USAGE'));
    }
    return await report(thrown);
  }
  if (outcome === undefined) return EXIT_CODES.ok;
  const { warnings } = outcome;
  if (json) stdout.write(`${JSON.stringify(warnings === undefined ? outcome.data : { ...(outcome.data as object), warnings }, null, 2)}\n`);
  else if (exportText !== undefined) stdout.write(exportText);
  else {
    stdout.write(outcome.lines.map((line) => `${line}\n`).join(''));
    for (const warning of warnings ?? []) stderr.write(`${errors.yellow('casual-memory: warning:')} ${warning}\n`);
  }
  return outcome.exitCode ?? EXIT_CODES.ok;

  async function report(thrown: unknown): Promise<ExitCode> {
    const failure = await describeFailure(thrown);
    stderr.write(`${errors.red('casual-memory:')} ${failure.message}\n`);
    if (env['DEBUG'] !== undefined && env['DEBUG'] !== '' && thrown instanceof Error && thrown.stack !== undefined) {
      stderr.write(`${thrown.stack}\n`);
    }
    if (json)
      stdout.write(`${JSON.stringify({ error: { code: failure.code, message: failure.message, exitCode: failure.exitCode } }, null, 2)}\n`);
    return failure.exitCode;
  }
}

/** What no argument prints: the commands and where the rest is, in a few lines. */
function shortUsage(program: Command): string {
  const commands = program.commands.map((command) => command.name()).join(', ');
  return [
    'Usage: casual-memory <command> [options]',
    `Commands: ${commands}`,
    'casual-memory --help shows every command, option and exit code; casual-memory <command> --help, one command with examples.',
    '',
  ].join('\n');
}

interface GlobalOptions {
  dataDir?: string;
  qdrantUrl?: string;
  qdrantApiKey?: string;
  qdrantCollection: string;
  databaseUrl?: string;
  tablePrefix?: string;
  redisUrl?: string;
  redisKeyPrefix?: string;
  openaiBaseUrl?: string;
  openaiApiKey?: string;
  embeddingModel: string;
  chatModel: string;
  dimensions?: number;
  embedder?: OfflineEmbedder;
  connectTimeout: number;
}

function settingsFrom(o: GlobalOptions, dataDir: DataDir, embedderFromEnv: boolean): Settings {
  const set = emptyToUndefined;
  // $CASUAL_MEMORY_EMBEDDER is a standing choice for offline runs; with a server, the server embeds.
  const server = set(o.openaiBaseUrl) !== undefined || set(o.openaiApiKey) !== undefined;
  const entries = {
    qdrantUrl: set(o.qdrantUrl),
    qdrantApiKey: set(o.qdrantApiKey),
    databaseUrl: set(o.databaseUrl),
    tablePrefix: set(o.tablePrefix),
    redisUrl: set(o.redisUrl),
    redisKeyPrefix: set(o.redisKeyPrefix),
    openaiBaseUrl: set(o.openaiBaseUrl),
    openaiApiKey: set(o.openaiApiKey),
    dimensions: o.dimensions,
    embedder: server && embedderFromEnv ? undefined : o.embedder,
  };
  const defined = Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
  return {
    dataDir,
    qdrantCollection: o.qdrantCollection,
    embeddingModel: o.embeddingModel,
    chatModel: o.chatModel,
    connectTimeoutMs: o.connectTimeout,
    ...defined,
  };
}

/** An option given empty (`CASUAL_MEMORY_DATA_DIR=`) is not given. */
function emptyToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** A flag given on the command line with an empty value (`--data-dir ""`) is a mistake, not "use the default". */
function rejectEmptyFlags(command: Command): void {
  checkUser(command);
  for (let current: Command | null = command; current !== null; current = current.parent) {
    for (const option of current.options) {
      const key = option.attributeName();
      if (current.getOptionValueSource(key) === 'cli' && current.getOptionValue(key) === '')
        throw new CliError(`${option.long ?? option.flags} must not be empty`, EXIT_CODES.usage, 'USAGE');
    }
  }
}

function maxTextLength(command: Command): number {
  return (command.optsWithGlobals() as { maxTextLength: number }).maxTextLength;
}

/** An argument as a POSIX shell reads it back. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < 1)
    throw new InvalidArgumentError('expected a whole number of 1 or more');
  return parsed;
}

function unitInterval(value: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !(parsed >= 0 && parsed <= 1)) throw new InvalidArgumentError('expected a number from 0 to 1');
  return parsed;
}

function score(value: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !(parsed >= -1 && parsed <= 1)) throw new InvalidArgumentError('expected a number from -1 to 1');
  return parsed;
}
