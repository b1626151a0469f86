import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CompileResult, compileBlocks } from './readme/compile-blocks';
import { installTarballs, packPackages } from './readme/packed-project';
import { blockFileStem, blockLabel, collectReadmeBlocks, extractTypeScriptBlocks, type ReadmeBlock } from './readme/readme-blocks';
import { BLOCK_TIMEOUT_MS, runBlocks } from './readme/run-blocks';
import { ensureFixturePackagesBuilt, PUBLISHED_PACKAGES, REPO_DIR } from './runners/built-packages';
import type { ChildRun } from './runners/run-node';

// Every README example, as a user would meet it: the packages packed as they are published, installed
// with npm into a fresh ESM project, each ```ts block of README.md and packages/*/README.md
// typechecked there (strict, nodenext) and run with node. ```ts compile-only blocks are typechecked
// only, ```ts fragment blocks neither (the convention is in the root README's "Working on it").
// Set CASUAL_MEMORY_KEEP_README_PROJECT=1 to keep the scratch project and look at it.

const { blocks, problems } = collectReadmeBlocks(REPO_DIR);
const checked = blocks.filter((block) => block.mode !== 'fragment');
const readmes = [...new Set(checked.map((block) => block.readme))];

const MAX_ERRORS_SHOWN = 12;

it('every TypeScript fence is ```ts, ```ts compile-only or ```ts fragment', () => {
  const unknown = problems.map((problem) => `${problem.readme}:${problem.line}: \`\`\`${problem.info}`);
  if (unknown.length > 0) throw new Error(`README fences the test would skip without saying so:\n${unknown.join('\n')}`);
});

it('reads fences as the convention says', () => {
  const markdown = [
    '```ts',
    'run();',
    '```',
    '```sh',
    'npm test',
    '```',
    '  ```ts compile-only',
    '  registerTests();',
    '  ```',
    '````ts fragment',
    '```',
    'listing();',
    '````',
    '```typescript',
    'skipped();',
    '```',
    '```ts',
    'open();',
  ].join('\n');
  const { blocks: found, problems: unknown } = extractTypeScriptBlocks('X.md', markdown);
  expect(found.map(({ index, line, mode, code }) => ({ index, line, mode, code }))).toEqual([
    { index: 1, line: 1, mode: 'run', code: 'run();\n' },
    { index: 2, line: 7, mode: 'compile-only', code: 'registerTests();\n' },
    { index: 3, line: 10, mode: 'fragment', code: '```\nlisting();\n' },
  ]);
  expect(unknown).toEqual([
    { readme: 'X.md', line: 14, info: 'typescript' },
    { readme: 'X.md', line: 17, info: 'ts (never closed)' },
  ]);
});

it('finds examples to run', () => {
  expect(checked.filter((block) => block.mode === 'run').length).toBeGreaterThan(0);
});

function expectTypechecks(compiled: CompileResult, block: ReadmeBlock): void {
  const errors = [...compiled.otherErrors, ...(compiled.errorsByStem.get(blockFileStem(block)) ?? [])];
  if (errors.length === 0) return;
  const shown = errors.slice(0, MAX_ERRORS_SHOWN);
  if (errors.length > shown.length) shown.push(`... and ${errors.length - shown.length} more`);
  throw new Error(`${blockLabel(block)} does not typecheck against the installed packages:\n${shown.join('\n')}\n\n${numbered(block)}`);
}

function expectRuns(runs: Map<string, ChildRun>, block: ReadmeBlock): void {
  const run = runs.get(blockFileStem(block));
  if (run === undefined) throw new Error(`${blockLabel(block)} was not run`);
  if (run.code === 0) return;
  const how =
    run.signal === null ? `exited with code ${String(run.code)}` : `was killed (${run.signal}; the limit is ${BLOCK_TIMEOUT_MS} ms)`;
  // Quoted, so that jest does not take the child's stack frames for the test's own.
  const output = run.output
    .trimEnd()
    .slice(-4000)
    .split('\n')
    .map((text) => `  > ${text}`)
    .join('\n');
  throw new Error(
    `${blockLabel(block)} ${how}; line n of src/${blockFileStem(block)}.ts is README line ${block.line} + n:\n${output}\n\n${numbered(block)}`,
  );
}

/** The block with its README line numbers, to read next to the error. */
function numbered(block: ReadmeBlock): string {
  return block.code
    .trimEnd()
    .split('\n')
    .map((text, offset) => `${String(block.line + offset + 1).padStart(5)} | ${text}`)
    .join('\n');
}

describe('from the packed tarballs, installed with npm', () => {
  let scratchDir: string | undefined;
  let compiled: CompileResult;
  let runs: Map<string, ChildRun>;

  beforeAll(async () => {
    ensureFixturePackagesBuilt();
    scratchDir = mkdtempSync(join(tmpdir(), 'casual-memory-readme-'));
    const project = join(scratchDir, 'project');
    await installTarballs(project, await packPackages(PUBLISHED_PACKAGES, join(scratchDir, 'tarballs')));
    compiled = await compileBlocks(project, checked);
    runs = await runBlocks(project, checked);
  }, 600_000);

  afterAll(() => {
    if (scratchDir === undefined) return;
    if (process.env['CASUAL_MEMORY_KEEP_README_PROJECT'] === '1') console.log(`README scratch project kept in ${scratchDir}`);
    else rmSync(scratchDir, { recursive: true, force: true });
  });

  describe.each(readmes)('%s', (readme) => {
    const own = checked.filter((block) => block.readme === readme);
    it.each(own)('ts block $index (line $line) typechecks', (block) => expectTypechecks(compiled, block));
    const runnable = own.filter((block) => block.mode === 'run');
    if (runnable.length > 0) it.each(runnable)('ts block $index (line $line) runs', (block) => expectRuns(runs, block));
  });
});
