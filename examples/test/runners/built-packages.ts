import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export const EXAMPLES_DIR = resolve(__dirname, '../..');
export const REPO_DIR = resolve(EXAMPLES_DIR, '..');

/** The published packages (folder names under packages/, the private ones left out), core and test-suite first. */
export const PUBLISHED_PACKAGES = publishedPackages();

function publishedPackages(): string[] {
  const names = readdirSync(join(REPO_DIR, 'packages')).filter((name) => {
    const manifest = join(REPO_DIR, 'packages', name, 'package.json');
    return existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { private?: boolean }).private !== true;
  });
  const first = ['core', 'test-suite'];
  return [...first.filter((name) => names.includes(name)), ...names.filter((name) => !first.includes(name)).sort()];
}

type DistState = 'fresh' | 'missing' | 'older than src';

function newestFileTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFileTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function distState(name: string): DistState {
  const packageDir = join(REPO_DIR, 'packages', name);
  const built = join(packageDir, 'dist', 'index.js');
  if (!existsSync(built)) return 'missing';
  return statSync(built).mtimeMs >= newestFileTime(join(packageDir, 'src')) ? 'fresh' : 'older than src';
}

/** pnpm as the current `pnpm test` run found it, else from PATH. */
export function pnpmCommand(): { command: string; prefix: string[] } {
  const execPath = process.env['npm_execpath'];
  if (execPath !== undefined && basename(execPath).includes('pnpm')) {
    return /\.[cm]?js$/.test(execPath) ? { command: process.execPath, prefix: [execPath] } : { command: execPath, prefix: [] };
  }
  return { command: 'pnpm', prefix: [] };
}

const LOCK_DIR = join(REPO_DIR, 'node_modules', '.cache', 'casual-memory-examples-build.lock');
const STALE_LOCK_MS = 300_000;

/**
 * Runs `body` while holding a lock shared by jest's workers: several examples test files check the
 * builds at once, and two `tsup --clean` runs of one package would delete each other's output.
 */
function withBuildLock<T>(body: () => T): T {
  mkdirSync(dirname(LOCK_DIR), { recursive: true });
  const deadline = Date.now() + STALE_LOCK_MS;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock left by a killed run is taken over once it is older than any build takes.
      const age = Date.now() - (statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS || Date.now() > deadline) rmSync(LOCK_DIR, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return body();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/**
 * The fixtures run the packages as published, from `dist`. CI builds before testing, so this normally
 * finds every dist fresh; a missing or out-of-date one (sources edited since) is rebuilt, so the
 * runners never test stale code.
 */
export function ensureFixturePackagesBuilt(): void {
  if (PUBLISHED_PACKAGES.every((name) => distState(name) === 'fresh')) return;
  withBuildLock(() => {
    for (const name of PUBLISHED_PACKAGES) {
      // Checked again under the lock: another worker may have built it meanwhile.
      const before = distState(name);
      if (before === 'fresh') continue;
      const { command, prefix } = pnpmCommand();
      const build = spawnSync(command, [...prefix, '--filter', `@casual-memory/${name}`, 'run', 'build'], {
        cwd: REPO_DIR,
        encoding: 'utf8',
        timeout: 120_000,
      });
      if (build.status !== 0 || distState(name) !== 'fresh') {
        const output = `${build.error?.message ?? ''}\n${build.stdout ?? ''}\n${build.stderr ?? ''}`.trim().slice(-3000);
        throw new Error(
          `The runner tests import the built @casual-memory/${name}, whose dist is ${before}, and building it failed.\n` +
            `Run \`pnpm build\` at the repository root, then run these tests again.\n\n${output}`,
        );
      }
    }
  });
}
