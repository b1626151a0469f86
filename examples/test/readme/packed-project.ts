import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXAMPLES_DIR, PUBLISHED_PACKAGES, pnpmCommand, REPO_DIR } from '../runners/built-packages';
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
  const links = [
    ...LINKED_DEV_TOOLS.map((tool) => ({ name: tool, source: join(EXAMPLES_DIR, 'node_modules', tool) })),
    ...peerDependenciesToLink(),
  ];
  for (const { name, source } of links) {
    const target = join(projectDir, 'node_modules', name);
    if (!existsSync(source) || existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(source, target, 'dir');
  }
}

/**
 * The peer dependencies of the packed packages that are not ours (a database driver, typeorm, an SDK):
 * npm with --legacy-peer-deps leaves them out, so they are linked from the package's own dev install,
 * the way a user who installed the driver has it.
 */
function peerDependenciesToLink(): { name: string; source: string }[] {
  const links: { name: string; source: string }[] = [];
  for (const name of PUBLISHED_PACKAGES) {
    const packageDir = join(REPO_DIR, 'packages', name);
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { peerDependencies?: Record<string, string> };
    for (const peer of Object.keys(manifest.peerDependencies ?? {})) {
      if (!peer.startsWith('@casual-memory/')) links.push({ name: peer, source: join(packageDir, 'node_modules', peer) });
    }
  }
  return links;
}
