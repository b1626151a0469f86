import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shortTermStoreSuite } from '@casual-memory/test-suite';
import { ensureFixturePackagesBuilt, PACKAGE_DIR } from './runners/built-packages';
import { describeRun, runNode } from './runners/run-node';

// Third-party backends run the suites under jest, vitest or node:test. These tests run the
// ShortTermStore suite against InMemoryShortTermStore under the other two, each in a child process.

const CHILD_TIMEOUT_MS = 60_000;
const SUITE_TITLE = '— ShortTermStore conformance';

/** How many tests the suite registers for a non-persistent store, counted from its sources. */
function registeredTestCount(): number {
  let count = 0;
  const unused = async (): Promise<never> => {
    throw new Error('only counting');
  };
  shortTermStoreSuite('count', unused, { test: { describe: (_name, body) => body(), it: () => (count += 1) } });
  return count;
}

function tapTotal(output: string, label: string): number | undefined {
  const match = new RegExp(`^# ${label} (\\d+)$`, 'm').exec(output);
  return match === null ? undefined : Number(match[1]);
}

interface VitestJsonReport {
  success: boolean;
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  testResults: { assertionResults: { ancestorTitles: string[] }[] }[];
}

const expected = registeredTestCount();

it('the suite registers the tests the runners are expected to run', () => {
  // The Python original had 15 short-term tests; the suite covers each and more.
  expect(expected).toBeGreaterThan(15);
});

describe('shortTermStoreSuite under other test runners', () => {
  beforeAll(() => ensureFixturePackagesBuilt(), 240_000);

  it('passes every test under node:test', async () => {
    const run = await runNode(['--test', '--test-reporter=tap', 'test/runners/node-test.fixture.mjs'], PACKAGE_DIR, CHILD_TIMEOUT_MS);
    if (run.code !== 0) throw new Error(`node --test failed: ${describeRun(run)}`);
    expect({ tests: tapTotal(run.output, 'tests'), pass: tapTotal(run.output, 'pass'), fail: tapTotal(run.output, 'fail') }).toEqual({
      tests: expected,
      pass: expected,
      fail: 0,
    });
    expect(run.output).toContain(`InMemoryShortTermStore under node:test ${SUITE_TITLE}`);
  }, CHILD_TIMEOUT_MS + 10_000);

  it('passes every test under vitest', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'casual-memory-vitest-'));
    try {
      const reportFile = join(outDir, 'report.json');
      const vitest = join(PACKAGE_DIR, 'node_modules', 'vitest', 'vitest.mjs');
      const run = await runNode(
        [vitest, 'run', '--config', 'test/runners/vitest.config.mjs', '--reporter=json', `--outputFile=${reportFile}`],
        PACKAGE_DIR,
        CHILD_TIMEOUT_MS,
      );
      if (run.code !== 0) throw new Error(`vitest run failed: ${describeRun(run)}`);
      const report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestJsonReport;
      expect({ success: report.success, total: report.numTotalTests, passed: report.numPassedTests, failed: report.numFailedTests }).toEqual({
        success: true,
        total: expected,
        passed: expected,
        failed: 0,
      });
      const titles = new Set(report.testResults.flatMap((file) => file.assertionResults.map((test) => test.ancestorTitles[0])));
      expect([...titles]).toEqual([`InMemoryShortTermStore under vitest ${SUITE_TITLE}`]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, CHILD_TIMEOUT_MS + 10_000);
});
