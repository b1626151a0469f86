import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli, ensureBuilt, removeTempDirs, snapshot, tempDir } from './run-built-cli';

// What a command imports: TypeORM and the MCP SDK are most of the startup of `remember` (measured with
// `node --cpu-prof`), so they load only when the command needs them. This checks which modules load,
// not how long it takes (a timing assertion would fail on a busy machine, not on a slow command).

beforeAll(ensureBuilt, 180_000);
afterAll(removeTempDirs);

/** The ES modules the command loaded (each URL once), through a module hook that logs them. */
function modulesLoadedBy(args: string[], dataDir: string): string[] {
  const dir = tempDir();
  const log = join(dir, 'loaded.txt');
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }\n`,
  );
  writeFileSync(
    join(dir, 'register.mjs'),
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`,
  );
  writeFileSync(log, '');
  const run = cli(args, { dataDir, env: { NODE_OPTIONS: `--import ${pathToFileURL(join(dir, 'register.mjs')).href}` } });
  expect({ args, code: run.code, stderr: run.stderr }).toEqual({ args, code: 0, stderr: '' });
  return readFileSync(log, 'utf8').split('\n');
}

const typeorm = (urls: string[]) => urls.some((url) => /[/.]typeorm[@/]/.test(url));
const mcpSdk = (urls: string[]) => urls.some((url) => url.includes('@modelcontextprotocol'));
const allLocales = (urls: string[]) => urls.some((url) => /chrono-node\/dist\/esm\/locales\/(?!en\/)/.test(url));

const library = (urls: string[]) =>
  urls.filter((url) => /@casual-memory[/+]|packages\/(?!cli\/)|better-sqlite3|sqlite-vec|zod|chrono-node/.test(url));

it('--version and --help load no library: neither the service, nor core, nor a store or its driver', () => {
  const dataDir = tempDir();
  for (const args of [['--version'], ['--help'], ['remember', '--help']]) {
    expect({ args, library: library(modulesLoadedBy(args, dataDir)) }).toEqual({ args, library: [] });
  }
});

it("remember loads its own command's module and no other command's", () => {
  const loaded = modulesLoadedBy(['remember', 'I live in London'], tempDir());
  // The build's lazily loaded modules are named after their source file (dist/<name>-<hash>.js).
  const lazy = loaded.flatMap((url) => /\/dist\/([a-z-]+)-[A-Z0-9]+\.js$/.exec(url)?.[1] ?? []).filter((name) => name !== 'chunk');
  expect(lazy.sort()).toEqual(['data-dir', 'remember', 'session']);
});

it('remember of a new fact and recall load neither TypeORM nor the MCP SDK, nor a date parser for other languages', () => {
  const dataDir = tempDir();
  for (const args of [
    ['remember', 'I live in London'],
    ['remember', 'I like green tea'],
    ['recall', 'where do I live'],
  ]) {
    const loaded = modulesLoadedBy(args, dataDir);
    expect({ args, typeorm: typeorm(loaded), mcpSdk: mcpSdk(loaded), allLocales: allLocales(loaded) }).toEqual({
      args,
      typeorm: false,
      mcpSdk: false,
      allLocales: false,
    });
  }
});

it('a contradiction and the conflict commands load TypeORM, which opens the conflicts file then', () => {
  const dataDir = tempDir();
  expect(cli(['remember', 'I live in London'], { dataDir }).code).toBe(0);
  expect(typeorm(modulesLoadedBy(['remember', 'I live in Paris'], dataDir))).toBe(true);
  expect(typeorm(modulesLoadedBy(['conflicts'], dataDir))).toBe(true);
  expect(cli(['conflicts'], { dataDir }).stdout).toContain('a: "I live in London"  b: "I live in Paris"');
});

it('a conflicts.sqlite damaged past its header still stops a command that would not open it, before anything changes', () => {
  const dataDir = tempDir();
  expect(cli(['remember', 'I live in London'], { dataDir }).code).toBe(0);
  // SQLite's header, then pages that are not SQLite's: only reading the file tells.
  writeFileSync(
    join(dataDir, 'conflicts.sqlite'),
    Buffer.concat([Buffer.from('SQLite format 3\u0000', 'latin1'), Buffer.alloc(4080, 120)]),
  );
  const before = snapshot(dataDir);
  for (const args of [
    ['remember', 'I like chess'],
    ['recall', 'chess'],
  ]) {
    const run = cli(args, { dataDir });
    expect({ args, code: run.code, stderr: run.stderr }).toEqual({
      args,
      code: 5,
      stderr: `casual-memory: Stored ${join(dataDir, 'conflicts.sqlite')} is corrupt: file is not a database\n`,
    });
  }
  expect(snapshot(dataDir)).toEqual(before);
});
