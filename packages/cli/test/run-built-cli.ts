import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PACKAGE_DIR = resolve(__dirname, '..');
export const BIN = join(PACKAGE_DIR, 'dist', 'bin.js');

function newestFileTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFileTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The tests run the command as installed: from dist. turbo builds first; a stale dist (sources edited since) is rebuilt. */
export function ensureBuilt(): void {
  if (existsSync(BIN) && statSync(BIN).mtimeMs >= newestFileTime(join(PACKAGE_DIR, 'src'))) return;
  const build = spawnSync('pnpm', ['run', 'build'], { cwd: PACKAGE_DIR, encoding: 'utf8', timeout: 120_000 });
  if (build.status !== 0) throw new Error(`building the cli failed:\n${build.stdout}\n${build.stderr}`);
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A clean environment: no colour forcing, no servers or keys from the developer's shell. The hashing
 * embedder unless `extra` says otherwise (`CASUAL_MEMORY_EMBEDDER: undefined` for the default, the
 * sentence encoder): no model to load in each of the many processes, and decisions that follow its rules.
 */
function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { CASUAL_MEMORY_EMBEDDER: 'hashing' };
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('CASUAL_MEMORY_') || key.startsWith('OPENAI_') || key.startsWith('QDRANT_')) continue;
    if (['FORCE_COLOR', 'NO_COLOR', 'DEBUG'].includes(key)) continue;
    env[key] = value;
  }
  const merged = { ...env, ...extra };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged;
}

export function cli(args: readonly string[], options: { dataDir?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Run {
  const dataDirArgs = options.dataDir === undefined ? [] : ['--data-dir', options.dataDir];
  const run = spawnSync(process.execPath, [BIN, ...args, ...dataDirArgs], {
    encoding: 'utf8',
    env: cleanEnv(options.env ?? {}),
    timeout: 60_000,
    ...(options.input === undefined ? {} : { input: options.input }),
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * As `cli`, where file modes hold: root reads and writes anywhere, so when the tests run as root the
 * command runs as root without the capabilities that bypass file modes (setpriv): unlike running as
 * another user, it can still read the checkout wherever it is.
 */
export function cliHeedingFileModes(args: readonly string[], options: { dataDir?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const dataDirArgs = options.dataDir === undefined ? [] : ['--data-dir', options.dataDir];
  const argv = [BIN, ...args, ...dataDirArgs];
  const withoutOverride = ['--inh-caps=-all', '--ambient-caps=-all', '--bounding-set=-dac_override,-dac_read_search', '--'];
  const env = cleanEnv(options.env ?? {});
  const run =
    process.getuid?.() === 0
      ? spawnSync('setpriv', [...withoutOverride, process.execPath, ...argv], { encoding: 'utf8', env })
      : spawnSync(process.execPath, argv, { encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** As `cli`, without blocking the event loop (for a server in the test process). */
export function cliAsync(args: readonly string[], options: { dataDir?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const dataDirArgs = options.dataDir === undefined ? [] : ['--data-dir', options.dataDir];
  const child = spawn(process.execPath, [BIN, ...args, ...dataDirArgs], { env: cleanEnv(options.env ?? {}) });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Runs with --json and parses stdout, which must be exactly one JSON document. */
export function cliJson<T = Record<string, unknown>>(
  args: readonly string[],
  options: { dataDir?: string; env?: NodeJS.ProcessEnv } = {},
): T & { exitCode: number | null } {
  const run = cli([...args, '--json'], options);
  let parsed: T;
  try {
    parsed = JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`not one JSON document (exit ${run.code}):\n${run.stdout}\nstderr: ${run.stderr}`);
  }
  return { ...parsed, exitCode: run.code };
}

const made: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casual-memory-cli-'));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Every file under `dir` with its bytes, to show a failed command changed nothing. `locks.sqlite`
 * is left out: it holds the folder lock's leases (taken and given back by every command), not data.
 */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('locks.sqlite')) continue;
    files[name] = createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('hex');
  }
  return files;
}
