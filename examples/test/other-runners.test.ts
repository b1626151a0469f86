import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conflictStoreSuite, shortTermStoreSuite, type TestApi, vectorStoreSuite } from '@casual-memory/test-suite';
import { EXAMPLES_DIR, ensureFixturePackagesBuilt } from './runners/built-packages';
import { describeRun, runNode } from './runners/run-node';

// Third-party backends run the conformance suites under jest, vitest or node:test. Our backends run
// them under jest in their own packages; here all three suites run under the other two runners, each
// in a child process that imports the built packages by name, as an installed copy would.

const CHILD_TIMEOUT_MS = 120_000;

/** The suites' top-level titles under `runner`, as test/runners/conformance-fixture.mjs names them. */
function suiteTitles(runner: string): string[] {
  return [
    `InMemoryVectorStore under ${runner} — VectorMemoryStore conformance`,
    `InMemoryConflictStore under ${runner} — ConflictStore conformance`,
    `InMemoryShortTermStore under ${runner} — ShortTermStore conformance`,
  ];
}

/** How many tests the three suites register for non-persistent stores, counted without running any. */
function registeredTestCounts(): { vector: number; conflict: number; shortTerm: number } {
  const unusedFactory = async (): Promise<never> => {
    throw new Error('only counting');
  };
  const counter = (): { api: TestApi; count: () => number } => {
    let registered = 0;
    return { api: { describe: (_name, body) => body(), it: () => (registered += 1) }, count: () => registered };
  };
  const vector = counter();
  const conflict = counter();
  const shortTerm = counter();
  vectorStoreSuite('count', unusedFactory, { test: vector.api });
  conflictStoreSuite('count', unusedFactory, { test: conflict.api });
  shortTermStoreSuite('count', unusedFactory, { test: shortTerm.api });
  return { vector: vector.count(), conflict: conflict.count(), shortTerm: shortTerm.count() };
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

const counts = registeredTestCounts();
const expected = counts.vector + counts.conflict + counts.shortTerm;

it('the suites register at least the Python original store tests', () => {
  // REFERENCE.md §7: 21 vector tests, 15 short-term, and 17 for each of two conflict backends,
  // mostly the same behaviours; the conflict suite runs every backend through all of them.
  expect(counts.vector).toBeGreaterThan(21);
  expect(counts.conflict).toBeGreaterThan(17);
  expect(counts.shortTerm).toBeGreaterThan(15);
});

describe('the conformance suites under other test runners', () => {
  beforeAll(() => ensureFixturePackagesBuilt(), 300_000);

  it(
    'pass every test under node:test',
    async () => {
      const run = await runNode(['--test', '--test-reporter=tap', 'test/runners/node-test.fixture.mjs'], EXAMPLES_DIR, CHILD_TIMEOUT_MS);
      if (run.code !== 0) throw new Error(`node --test failed: ${describeRun(run)}`);
      expect({ tests: tapTotal(run.output, 'tests'), pass: tapTotal(run.output, 'pass'), fail: tapTotal(run.output, 'fail') }).toEqual({
        tests: expected,
        pass: expected,
        fail: 0,
      });
      for (const title of suiteTitles('node:test')) expect(run.output).toContain(title);
    },
    CHILD_TIMEOUT_MS + 10_000,
  );

  it(
    'pass every test under vitest',
    async () => {
      const outDir = mkdtempSync(join(tmpdir(), 'casual-memory-vitest-'));
      try {
        const reportFile = join(outDir, 'report.json');
        const vitest = join(EXAMPLES_DIR, 'node_modules', 'vitest', 'vitest.mjs');
        const run = await runNode(
          [vitest, 'run', '--config', 'test/runners/vitest.config.mjs', '--reporter=json', `--outputFile=${reportFile}`],
          EXAMPLES_DIR,
          CHILD_TIMEOUT_MS,
        );
        if (run.code !== 0) throw new Error(`vitest run failed: ${describeRun(run)}`);
        const report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestJsonReport;
        expect({
          success: report.success,
          total: report.numTotalTests,
          passed: report.numPassedTests,
          failed: report.numFailedTests,
        }).toEqual({
          success: true,
          total: expected,
          passed: expected,
          failed: 0,
        });
        const titles = new Set(report.testResults.flatMap((file) => file.assertionResults.map((test) => test.ancestorTitles[0])));
        expect([...titles].sort()).toEqual(suiteTitles('vitest').sort());
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    },
    CHILD_TIMEOUT_MS + 10_000,
  );
});
