import { runNode, describeRun } from './runners/run-node';
import { ensureFixturePackagesBuilt, EXAMPLES_DIR, PUBLISHED_PACKAGES } from './runners/built-packages';

// ESM and CommonJS consumers both work: every package loads through `import` and `require`, exposes
// the same names both ways, and errors cross the boundary between the two copies of core.

interface EntryPointReport {
  exportsByPackage: Record<string, { esm: string[]; cjs: string[]; esmFile: string; cjsFile: string }>;
  crossCopy: Record<string, unknown>;
  roundTrips: Record<'esm' | 'cjs', string[]>;
}

let report: EntryPointReport;

beforeAll(async () => {
  ensureFixturePackagesBuilt();
  const run = await runNode(['test/runners/entry-points.fixture.mjs', ...PUBLISHED_PACKAGES], EXAMPLES_DIR, 60_000);
  if (run.code !== 0) throw new Error(`the entry-point fixture failed: ${describeRun(run)}`);
  report = JSON.parse(run.output.trim().split('\n').at(-1)!) as EntryPointReport;
}, 300_000);

describe.each(PUBLISHED_PACKAGES)('@casual-memory/%s', (name) => {
  it('loads the ESM build through import and the CommonJS build through require', () => {
    const entry = report.exportsByPackage[name]!;
    expect(entry.esmFile).toMatch(/\/dist\/index\.js$/);
    expect(entry.cjsFile).toMatch(/\/dist\/index\.cjs$/);
  });

  it('exposes the same names to both', () => {
    const entry = report.exportsByPackage[name]!;
    expect(entry.esm.length).toBeGreaterThan(0);
    expect(entry.cjs).toEqual(entry.esm);
  });
});

it('recognises an error from the CommonJS copy of core with the ESM copy, where instanceof cannot', () => {
  expect(report.crossCopy).toEqual({
    code: 'DIMENSION_MISMATCH',
    instanceofEsmClass: false,
    isDimensionMismatch: true,
    isValidation: true,
    isBase: true,
    isNotFound: false,
  });
});

it('runs a backend end to end from either build', () => {
  expect(report.roundTrips).toEqual({ esm: ['I live in London'], cjs: ['I live in London'] });
});
