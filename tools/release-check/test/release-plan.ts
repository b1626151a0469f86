import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { inc, satisfies, validRange } from 'semver';

export const REPO_DIR = resolve(__dirname, '../../..');
export const CORE = '@casual-memory/core';

export type Bump = 'patch' | 'minor' | 'major';
const BUMPS: readonly Bump[] = ['patch', 'minor', 'major'];
export const RANGE_TYPES = ['dependencies', 'peerDependencies', 'optionalDependencies'] as const;
type DependencyType = (typeof RANGE_TYPES)[number] | 'devDependencies';

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

export interface WorkspacePackage {
  /** Folder relative to the repository root. */
  dir: string;
  manifest: Manifest;
}

export interface Changeset {
  file: string;
  releases: { name: string; type: Bump | 'none' }[];
}

/** The `packages:` globs of pnpm-workspace.yaml (`dir` or `dir/*`, the forms this repository uses). */
function workspacePatterns(root: string): string[] {
  const lines = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8').split(/\r?\n/);
  const start = lines.findIndex((line) => /^packages:\s*$/.test(line));
  if (start === -1) throw new Error('pnpm-workspace.yaml has no packages: list');
  const patterns: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const item = /^\s+-\s+['"]?([^'"#\s]+)['"]?\s*(#.*)?$/.exec(line);
    if (item === null) continue;
    const pattern = item[1]!;
    if (pattern.startsWith('!') || pattern.replace(/\/\*$/, '').includes('*')) {
      throw new Error(`release-plan.ts reads only "dir" and "dir/*" workspace globs, not "${pattern}"`);
    }
    patterns.push(pattern);
  }
  return patterns;
}

export function workspacePackages(root: string): WorkspacePackage[] {
  const dirs = workspacePatterns(root).flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = pattern.slice(0, -2);
    if (!existsSync(join(root, parent))) return [];
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`);
  });
  return dirs
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .sort()
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Manifest }));
}

export function readChangesets(root: string): Changeset[] {
  const folder = join(root, '.changeset');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort()
    .map((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      const frontMatter = /^---\r?\n([\s\S]*?)\r?\n?---/.exec(text);
      if (frontMatter === null) throw new Error(`.changeset/${file} has no front matter`);
      const releases = frontMatter[1]!
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .map((line) => {
          const release = /^\s*(['"]?)([^'"]+)\1\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
          if (release === null) throw new Error(`.changeset/${file}: cannot read the release line "${line}"`);
          return { name: release[2]!, type: release[3] as Bump | 'none' };
        });
      return { file, releases };
    });
}

export function writeChangeset(root: string, file: string, releases: Record<string, Bump>, summary: string): void {
  const lines = Object.entries(releases).map(([name, type]) => `"${name}": ${type}`);
  writeFileSync(join(root, '.changeset', file), `---\n${lines.join('\n')}\n---\n\n${summary}\n`);
}

function higher(a: Bump | undefined, b: Bump): Bump {
  return a === undefined || BUMPS.indexOf(b) > BUMPS.indexOf(a) ? b : a;
}

/** How changesets reads a range on a workspace package: `workspace:^` is `^` + that package's version now. */
function changesetsRange(spec: string, currentVersion: string): string {
  if (!spec.startsWith('workspace:')) return spec;
  const rest = spec.slice('workspace:'.length);
  if (rest === '*') return currentVersion;
  if (rest === '^' || rest === '~') return `${rest}${currentVersion}`;
  return rest;
}

/** The range `pnpm publish` writes for `spec`, given the version the workspace package has when published. */
export function publishedRange(spec: string, publishedVersion: string): string {
  const range = changesetsRange(spec, publishedVersion);
  if (validRange(range) === null) throw new Error(`"${spec}" is not a range pnpm publish can write`);
  return range;
}

/**
 * The versions `changeset version` should give: each published package moves by the highest bump its
 * own changesets name, applied to its current version. The one bump that may come from elsewhere is
 * changesets' patch for a package whose `dependencies` range no longer accepts a released workspace
 * package. Peer ranges never cause a bump: leaving one is what the policy in .changeset/README.md
 * exists to prevent.
 */
export function expectedVersions(packages: WorkspacePackage[], changesets: Changeset[]): Map<string, string> {
  const byName = new Map(packages.map((pkg) => [pkg.manifest.name, pkg.manifest]));
  const bumps = new Map<string, Bump>();
  for (const { releases } of changesets) {
    for (const { name, type } of releases) {
      if (type !== 'none' && byName.get(name)?.private !== true) bumps.set(name, higher(bumps.get(name), type));
    }
  }
  const next = (name: string): string => {
    const manifest = byName.get(name)!;
    const bump = bumps.get(name);
    return bump === undefined ? manifest.version : inc(manifest.version, bump)!;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const manifest of packages.map((pkg) => pkg.manifest)) {
      if (manifest.private === true || bumps.has(manifest.name)) continue;
      const leavesRange = (['dependencies', 'optionalDependencies'] as const).some((type) =>
        Object.entries(manifest[type] ?? {}).some(([dep, spec]) => {
          const depManifest = byName.get(dep);
          if (depManifest === undefined || !bumps.has(dep)) return false;
          return !satisfies(next(dep), changesetsRange(spec, depManifest.version));
        }),
      );
      if (leavesRange) {
        bumps.set(manifest.name, 'patch');
        changed = true;
      }
    }
  }
  return new Map(packages.map(({ manifest }) => [manifest.name, next(manifest.name)]));
}

/** Each published package's range on each workspace package, by dependency type. */
export function workspaceRanges(
  packages: WorkspacePackage[],
  types: readonly DependencyType[] = RANGE_TYPES,
): { from: string; to: string; type: DependencyType; spec: string }[] {
  const names = new Set(packages.map((pkg) => pkg.manifest.name));
  return packages
    .filter((pkg) => pkg.manifest.private !== true)
    .flatMap(({ manifest }) =>
      types.flatMap((type) =>
        Object.entries(manifest[type] ?? {})
          .filter(([dep]) => names.has(dep))
          .map(([to, spec]) => ({ from: manifest.name, to, type, spec })),
      ),
    );
}

/**
 * What `changeset version` reads and writes (the root files, .changeset/, and each workspace package's
 * package.json and CHANGELOG.md) in a temporary folder, with the root node_modules linked so the
 * repository's changesets CLI runs there. Sources and build output stay behind: copying them would
 * race with the builds and tests running beside this one.
 */
export function copyRepository(from: string = REPO_DIR): string {
  const to = mkdtempSync(join(tmpdir(), 'casual-memory-release-'));
  const files = [
    ...readdirSync(from, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name),
    ...readdirSync(join(from, '.changeset')).map((name) => `.changeset/${name}`),
    ...workspacePackages(from).flatMap(({ dir }) => [`${dir}/package.json`, `${dir}/CHANGELOG.md`]),
  ];
  for (const file of files.filter((name) => existsSync(join(from, name)))) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    copyFileSync(join(from, file), join(to, file));
  }
  symlinkSync(join(REPO_DIR, 'node_modules'), join(to, 'node_modules'), 'dir');
  return to;
}

/** Runs `changeset version` in `dir` (a copy); returns what it printed. */
export function changesetVersion(dir: string): string {
  const bin = require.resolve('@changesets/cli/bin.js', { paths: [REPO_DIR] });
  const run = spawnSync(process.execPath, [bin, 'version'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // Generous: CI runs every package at once on 2 cores, and `changeset version` then takes over a minute.
    timeout: 240_000,
    // The copy is not a git checkout; keep git from finding one above it.
    env: { ...process.env, GIT_CEILING_DIRECTORIES: dirname(dir), NO_COLOR: '1' },
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status !== 0) throw new Error(`changeset version failed (${run.error?.message ?? `exit ${run.status}`}):\n${output}`);
  return output;
}

/** `name: actual (expected ...)` for each package whose version is not the one its changesets ask for. */
export function versionMismatches(before: WorkspacePackage[], after: WorkspacePackage[], expected: Map<string, string>): string[] {
  const previous = new Map(before.map(({ manifest }) => [manifest.name, manifest.version]));
  return after
    .filter(({ manifest }) => manifest.version !== expected.get(manifest.name))
    .map(
      ({ manifest }) =>
        `${manifest.name}: changeset version makes ${manifest.version}, its changesets ask for ${expected.get(manifest.name)} ` +
        `(from ${previous.get(manifest.name)})`,
    );
}
