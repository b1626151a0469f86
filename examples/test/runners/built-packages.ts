import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export const EXAMPLES_DIR = resolve(__dirname, '../..');
export const REPO_DIR = resolve(EXAMPLES_DIR, '..');

/** The published packages (folder names), in build order: what the fixtures import from `dist`. */
export const PUBLISHED_PACKAGES = ['core', 'test-suite', 'memory-vector', 'memory-conflicts', 'memory-short-term'];

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

/**
 * The fixtures run the packages as published, from `dist`. CI builds before testing, so this normally
 * finds every dist fresh; a missing or out-of-date one (sources edited since) is rebuilt, so the
 * runners never test stale code.
 */
export function ensureFixturePackagesBuilt(): void {
  for (const name of PUBLISHED_PACKAGES) {
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
}
