import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_DIR, workspacePackages } from './release-plan';

// What every published package.json carries, so a package added later cannot ship without it.

const REPOSITORY = 'https://github.com/casual-memory/casual-memory-ts';
const packages = workspacePackages(REPO_DIR);
const published = packages.filter(({ manifest }) => manifest.private !== true);
const license = readFileSync(join(REPO_DIR, 'LICENSE'), 'utf8');

it('the root LICENSE is MIT', () => {
  expect(license).toMatch(/^MIT License\n/);
});

describe.each(published.map(({ dir, manifest }) => [manifest.name, dir, manifest as unknown as Record<string, unknown>]))(
  '%s',
  (_name, dir, manifest) => {
    it('ships the MIT LICENSE', () => {
      expect(manifest['license']).toBe('MIT');
      expect(existsSync(join(REPO_DIR, dir, 'LICENSE')) && readFileSync(join(REPO_DIR, dir, 'LICENSE'), 'utf8')).toBe(license);
      expect(manifest['files']).toContain('LICENSE');
    });

    it('names its repository folder, homepage and issue tracker', () => {
      expect({ repository: manifest['repository'], homepage: manifest['homepage'], bugs: manifest['bugs'] }).toEqual({
        repository: { type: 'git', url: `git+${REPOSITORY}.git`, directory: dir },
        homepage: `${REPOSITORY}/tree/main/${dir}#readme`,
        bugs: `${REPOSITORY}/issues`,
      });
    });

    it('is published publicly, with provenance', () => {
      expect(manifest['publishConfig']).toEqual(expect.objectContaining({ access: 'public', provenance: true }));
    });
  },
);

it('only packages/* are published; examples and tools are private', () => {
  expect(published.map(({ dir }) => dir.split('/')[0])).toEqual(published.map(() => 'packages'));
  for (const { dir, manifest } of packages)
    if (!dir.startsWith('packages/')) expect({ dir, private: manifest.private }).toEqual({ dir, private: true });
});
