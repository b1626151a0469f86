// Adds up the per-package jest results (written with --json) into one closing line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
/** The workspace folders directly under `folder`, as [name, path] pairs. */
function projectsIn(folder) {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => [name, join(dir, name)]);
}
const projects = [...projectsIn('packages'), ['examples', join(root, 'examples')], ...projectsIn('tools')];
let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const [name, dir] of projects) {
  const file = join(dir, '.jest-results.json');
  if (!existsSync(file)) continue;
  const result = JSON.parse(readFileSync(file, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + result.numTodoTests;
  rows.push(`  ${name.padEnd(22)} ${result.numPassedTests} ok / ${result.numFailedTests} failing / ${result.numPendingTests} skipped`);
}
console.log('\n==> test summary');
console.log(rows.join('\n'));
if (passed + failed === 0) {
  console.log('no tests ran');
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
