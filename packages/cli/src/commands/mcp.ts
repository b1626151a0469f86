import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { serveMemoryOverStdio, startMemoryHttpServer } from '@casual-memory/mcp';
import { CliError } from '../cli-error';
import { EXIT_CODES } from '../exit-codes';
import type { CommandResult } from '../output';
import type { Session } from '../session';

export interface McpOptions {
  userId: string;
  http: boolean;
  host: string;
  port: number;
  tokenFile?: string;
  allowedHosts?: string[];
  stdin: Readable;
  /** Where the protocol goes over stdio (the command's stdout). */
  stdout: NodeJS.WritableStream;
}

/**
 * `mcp`: serves the data folder to an MCP client until it goes away (stdio: its stdin ends) or the
 * process is told to stop (SIGINT, SIGTERM). Over stdio stdout carries only the protocol; what the
 * command has to say goes to stderr.
 */
export async function serveMcp(session: Session, options: McpOptions): Promise<CommandResult> {
  const { service } = session;
  const say = (line: string) => session.stderr.write(`${session.errors.dim(`casual-memory mcp: ${line}`)}\n`);
  const stopped = stopSignal();
  try {
    if (!options.http) {
      if (options.tokenFile !== undefined || options.allowedHosts !== undefined) {
        throw new CliError('--token-file and --allowed-host are for --http', EXIT_CODES.usage, 'USAGE');
      }
      session.dataDir.addUser(options.userId);
      const stdio = await serveMemoryOverStdio({
        service,
        userId: options.userId,
        stdin: options.stdin,
        stdout: options.stdout as Writable,
      });
      say(`serving user ${JSON.stringify(options.userId)} from ${session.dataDir.path} on stdio`);
      await Promise.race([stdio.closed, stopped.promise]);
      await stdio.close();
      return { data: { transport: 'stdio', users: [options.userId] }, lines: [] };
    }
    const tokens = options.tokenFile === undefined ? undefined : readTokenFile(options.tokenFile);
    const http = await startMemoryHttpServer({
      service,
      host: options.host,
      port: options.port,
      ...(tokens === undefined ? { userId: options.userId } : { tokens }),
      ...(options.allowedHosts === undefined ? {} : { allowedHosts: options.allowedHosts }),
    }).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new CliError(`port ${options.port} is in use: pick another with --port`, EXIT_CODES.usage, 'USAGE');
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
        throw new CliError(`cannot bind ${options.host}: not an address of this machine`, EXIT_CODES.usage, 'USAGE');
      throw error;
    });
    for (const user of http.users) session.dataDir.addUser(user);
    const who = tokens === undefined ? `user ${JSON.stringify(options.userId)}` : `${http.users.length} user(s) by bearer token`;
    say(`serving ${who} from ${session.dataDir.path} at ${http.url.href} (Ctrl-C to stop)`);
    await stopped.promise;
    await http.close();
    return { data: { transport: 'http', url: http.url.href, users: http.users }, lines: [] };
  } finally {
    stopped.dispose();
  }
}

/** `{ "<token>": "<user id>", ... }`: who each bearer token is. */
function readTokenFile(path: string): Record<string, string> {
  if (!existsSync(path) || !statSync(path).isFile()) throw new CliError(`--token-file ${path} does not exist`, EXIT_CODES.usage, 'USAGE');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new CliError(`--token-file ${path} is not JSON: expected { "<token>": "<user id>", ... }`, EXIT_CODES.usage, 'USAGE');
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    Array.isArray(parsed) ||
    !Object.values(parsed).every((user) => typeof user === 'string')
  ) {
    throw new CliError(`--token-file ${path}: expected { "<token>": "<user id>", ... }`, EXIT_CODES.usage, 'USAGE');
  }
  return parsed as Record<string, string>;
}

/** Resolves on SIGINT or SIGTERM, so the stores are closed before the process ends. */
function stopSignal(): { promise: Promise<void>; dispose(): void } {
  let stop: () => void = () => {};
  const promise = new Promise<void>((resolve) => {
    stop = () => resolve();
  });
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    promise,
    dispose: () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}
