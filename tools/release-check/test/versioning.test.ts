import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inc, major, satisfies, validRange } from 'semver';
import {
  type Bump,
  CORE,
  changesetVersion,
  copyRepository,
  expectedVersions,
  publishedRange,
  REPO_DIR,
  readChangesets,
  versionMismatches,
  type WorkspacePackage,
  workspacePackages,
  workspaceRanges,
  writeChangeset,
} from './release-plan';

// The versioning policy (.changeset/README.md), checked by running `changeset version` in copies of the
// repository: on the changesets now pending, and on the next breaking core minor after them.
// Expectations come from the package.json and .changeset/*.md files present; nothing is hard-coded.

const before = workspacePackages(REPO_DIR);
const changesets = readChangesets(REPO_DIR);
const copies: string[] = [];

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function versionOf(packages: WorkspacePackage[], name: string): string {
  const found = packages.find(({ manifest }) => manifest.name === name);
  if (found === undefined) throw new Error(`no workspace package ${name}`);
  return found.manifest.version;
}

/** Each published range on a workspace package that does not accept that package's version in `packages`. */
function rangesNotAccepting(packages: WorkspacePackage[]): string[] {
  return workspaceRanges(packages)
    .filter(({ to, spec }) => !satisfies(versionOf(packages, to), publishedRange(spec, versionOf(packages, to))))
    .map(({ from, to, type, spec }) => `${from} ${type} ${to}: "${spec}" does not accept ${versionOf(packages, to)}`);
}

function copy(from?: string): string {
  const dir = copyRepository(from);
  copies.push(dir);
  return dir;
}

describe('the pending changesets', () => {
  it('name only published workspace packages', () => {
    const publishedNames = new Set(before.filter(({ manifest }) => manifest.private !== true).map(({ manifest }) => manifest.name));
    const strays = changesets.flatMap(({ file, releases }) =>
      releases.filter(({ name }) => !publishedNames.has(name)).map(({ name }) => `${file}: ${name}`),
    );
    expect(strays).toEqual([]);
  });
});

describe('peer ranges on workspace packages', () => {
  const peers = workspaceRanges(before, ['peerDependencies']);

  it('are how the backends and the test suite declare core', () => {
    expect(peers.filter(({ to }) => to === CORE).length).toBeGreaterThan(0);
  });

  it('are written out, with a workspace: devDependency (workspace:*) for development', () => {
    const problems = peers.flatMap(({ from, to, spec }) => {
      const devLink = before.find(({ manifest }) => manifest.name === from)!.manifest.devDependencies?.[to];
      return [
        ...(spec.startsWith('workspace:') || validRange(spec) === null
          ? [`${from} peers on ${to} as "${spec}", not as a range such as ^0.1.0`]
          : []),
        ...(devLink?.startsWith('workspace:') ? [] : [`${from} has no "${to}": "workspace:*" devDependency`]),
      ];
    });
    expect(problems).toEqual([]);
  });
});

describe('changeset version on the pending changesets', () => {
  const expected = expectedVersions(before, changesets);
  let released: string;
  let after: WorkspacePackage[];

  beforeAll(() => {
    released = copy();
    changesetVersion(released);
    after = workspacePackages(released);
  });

  it('gives each package exactly the bump its own changesets ask for (see .changeset/README.md if not)', () => {
    expect(versionMismatches(before, after, expected)).toEqual([]);
  });

  it('consumes every changeset and writes each released package a CHANGELOG entry, private packages none', () => {
    expect(readChangesets(released)).toEqual([]);
    for (const { dir, manifest } of after) {
      const changelog = join(released, dir, 'CHANGELOG.md');
      const wasReleased = manifest.version !== versionOf(before, manifest.name);
      if (manifest.private === true) expect(existsSync(changelog)).toBe(existsSync(join(REPO_DIR, dir, 'CHANGELOG.md')));
      if (wasReleased) expect(readFileSync(changelog, 'utf8')).toMatch(new RegExp(`^## ${manifest.version.replace(/\./g, '\\.')}$`, 'm'));
    }
  });

  it('leaves every published range on a workspace package accepting its new version', () => {
    expect(rangesNotAccepting(after)).toEqual([]);
  });

  it('releases every package whose range was moved to a version not yet released (else the move is never published)', () => {
    const unreleased = new Set(
      before.filter(({ manifest }) => expected.get(manifest.name) === manifest.version).map(({ manifest }) => manifest.name),
    );
    expect(rangesNotAccepting(before).filter((problem) => unreleased.has(problem.split(' ')[0]!))).toEqual([]);
  });

  describe('then the next core minor, a breaking change to the contract', () => {
    /** Adds a core minor to a copy of the release above (moving the dependents' ranges if `followPolicy`) and versions it. */
    function nextCoreMinor(followPolicy: boolean) {
      const dir = copy(released);
      const start = workspacePackages(dir);
      const nextCore = inc(versionOf(start, CORE), 'minor')!;
      // The packages that move with core: its peers, and the peers of those (the integrations peer on service too).
      const peers = workspaceRanges(start, ['peerDependencies']);
      const moving = new Set([CORE]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const { from, to } of peers) {
          if (moving.has(to) && !moving.has(from)) {
            moving.add(from);
            grew = true;
          }
        }
      }
      const dependents = [...moving].filter((name) => name !== CORE).sort();
      const releases: Record<string, Bump> = { [CORE]: 'minor' };
      if (followPolicy) {
        for (const { dir: packageDir, manifest } of start.filter(({ manifest }) => dependents.includes(manifest.name))) {
          for (const peer of Object.keys(manifest.peerDependencies ?? {}).filter((name) => moving.has(name))) {
            manifest.peerDependencies![peer] = `^${inc(versionOf(start, peer), 'minor')}`;
          }
          writeFileSync(join(dir, packageDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
          releases[manifest.name] = 'minor';
        }
      }
      writeChangeset(dir, 'next-core-minor.md', releases, 'A breaking change to the store contract.');
      const planned = expectedVersions(workspacePackages(dir), readChangesets(dir));
      changesetVersion(dir);
      return { start, after: workspacePackages(dir), planned, nextCore, dependents };
    }

    it('moves core and, as .changeset/README.md says, each dependent one minor, with ranges that accept the new core', () => {
      const next = nextCoreMinor(true);
      expect(next.dependents.length).toBeGreaterThan(0);
      expect(versionMismatches(next.start, next.after, next.planned)).toEqual([]);
      expect(versionOf(next.after, CORE)).toBe(next.nextCore);
      for (const name of next.dependents) {
        const version = versionOf(next.after, name);
        expect({ name, version }).toEqual({ name, version: inc(versionOf(next.start, name), 'minor') });
        expect(major(version)).toBe(major(versionOf(next.start, name)));
      }
      expect(rangesNotAccepting(next.after)).toEqual([]);
    });

    it('without the range moves, changesets would send every dependent to a new major, and the check above names them', () => {
      const next = nextCoreMinor(false);
      const reported = versionMismatches(next.start, next.after, next.planned).map((problem) => problem.split(':')[0]);
      expect(reported).toEqual(next.dependents);
      for (const name of next.dependents) expect(versionOf(next.after, name)).toBe(inc(versionOf(next.start, name), 'major'));
    });
  });
});
