// Adds up the jest results (written with --json) of every workspace project into one closing line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** The workspace projects, from pnpm-workspace.yaml's `packages` globs (`dir` or `dir/*`). */
function workspaceProjects() {
  const globs = [...readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8').matchAll(/^\s+-\s+['"]?([^'"\s#]+)['"]?\s*$/gm)].map(
    (match) => match[1],
  );
  return globs.flatMap((glob) => {
    if (!glob.endsWith('/*')) return [[glob, join(root, glob)]];
    const parent = join(root, glob.slice(0, -2));
    if (!existsSync(parent)) return [];
    return readdirSync(parent, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
      .map((name) => [name, join(parent, name)]);
  });
}

let passed = 0;
let failed = 0;
let skipped = 0;
let brokenFiles = 0;
const rows = [];
let missing = 0;
for (const [name, dir] of workspaceProjects()) {
  const file = join(dir, '.jest-results.json');
  if (!existsSync(file)) {
    // A project with tests whose jest run wrote no results (it crashed, or its task never ran): a failure to
    // show, not a project to leave out. Jest itself fails to write them when a test's error is circular.
    const manifest = join(dir, 'package.json');
    const scripts = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')).scripts ?? {}) : {};
    if (typeof scripts.test === 'string' && scripts.test.includes('jest')) {
      missing += 1;
      rows.push(`  ${name.padEnd(22)} no results written (its test run failed or did not run; see the log above)`);
    }
    continue;
  }
  const result = JSON.parse(readFileSync(file, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + result.numTodoTests;
  // A test file that could not run at all (it threw while loading) has no tests to count as failed.
  const broken = result.numRuntimeErrorTestSuites ?? 0;
  brokenFiles += broken;
  const brokenNote = broken > 0 ? ` / ${broken} test files did not run` : '';
  rows.push(
    `  ${name.padEnd(22)} ${result.numPassedTests} ok / ${result.numFailedTests} failing / ${result.numPendingTests} skipped${brokenNote}`,
  );
}
console.log('\n==> test summary');
console.log(rows.join('\n'));
if (passed + failed + brokenFiles === 0) {
  console.log('no tests ran');
  process.exit(1);
}
const notes = [
  ...(brokenFiles > 0 ? [`${brokenFiles} test files did not run`] : []),
  ...(missing > 0 ? [`${missing} project${missing === 1 ? '' : 's'} wrote no results`] : []),
];
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped${notes.map((note) => `, ${note}`).join('')}`);
process.exit(failed + brokenFiles + missing > 0 ? 1 : 0);
