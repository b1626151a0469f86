import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES_DIR, pnpmCommand, REPO_DIR } from '../runners/built-packages';
import { describeRun, runCommand } from '../runners/run-node';

const PACK_TIMEOUT_MS = 60_000;
const INSTALL_TIMEOUT_MS = 180_000;

/**
 * Dev tools a README snippet may import (a vitest test file, say) but no package depends on: linked
 * from this repository's install instead of fetched, since only their types are needed.
 */
const LINKED_DEV_TOOLS = ['vitest'];

/** Packs each package (`pnpm pack`, which rewrites `workspace:` ranges as publishing does) into `outDir`; returns the tarballs. */
export async function packPackages(names: readonly string[], outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const { command, prefix } = pnpmCommand();
  await Promise.all(
    names.map(async (name) => {
      const run = await runCommand(
        command,
        [...prefix, 'pack', '--pack-destination', outDir],
        join(REPO_DIR, 'packages', name),
        PACK_TIMEOUT_MS,
      );
      if (run.code !== 0) throw new Error(`pnpm pack failed in packages/${name}: ${describeRun(run)}`);
    }),
  );
  const tarballs = readdirSync(outDir).filter((file) => file.endsWith('.tgz'));
  if (tarballs.length !== names.length) throw new Error(`expected ${names.length} tarballs in ${outDir}, found ${tarballs.join(', ')}`);
  return tarballs.map((file) => join(outDir, file));
}

/**
 * A fresh ESM project (`"type": "module"`) in `projectDir` with the tarballs installed by npm, as a
 * user installs the published packages (their dependencies, zod, come from the registry or npm's cache).
 */
export async function installTarballs(projectDir: string, tarballs: readonly string[]): Promise<void> {
  mkdirSync(projectDir, { recursive: true });
  writeFileSync(
    join(projectDir, 'package.json'),
    `${JSON.stringify({ name: 'readme-examples', private: true, type: 'module' }, null, 2)}\n`,
  );
  // --legacy-peer-deps: the tree's versions are unreleased (core stays 0.0.0 until `changeset version`)
  // while the peer ranges name the core release being prepared; the tarballs are installed together,
  // so every package finds this core. The ranges themselves are checked by the versioning test.
  const run = await runCommand(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--legacy-peer-deps', '--loglevel=error', ...tarballs],
    projectDir,
    INSTALL_TIMEOUT_MS,
  );
  if (run.code !== 0) throw new Error(`npm install of the packed tarballs failed: ${describeRun(run)}`);
  for (const tool of LINKED_DEV_TOOLS) {
    const source = join(EXAMPLES_DIR, 'node_modules', tool);
    const target = join(projectDir, 'node_modules', tool);
    if (existsSync(source) && !existsSync(target)) symlinkSync(source, target, 'dir');
  }
}
