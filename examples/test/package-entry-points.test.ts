import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES_DIR, ensureFixturePackagesBuilt, PUBLISHED_PACKAGES, REPO_DIR } from './runners/built-packages';
import { describeRun, runNode } from './runners/run-node';

// ESM and CommonJS consumers both work: every entry point of every package (core's
// `@casual-memory/core/backend` too) loads through `import` and `require`, exposes the same names both
// ways, and errors cross the boundary between the two copies of core.

interface EntryPointReport {
  exportsByEntry: Record<string, { esm: string[]; cjs: string[]; esmFile: string; cjsFile: string }>;
  errorNamesByEntry: Record<string, Record<'esm' | 'cjs', Record<string, { className: string; name?: string; stackLine?: string }>>>;
  crossCopy: Record<string, unknown>;
  kit: Record<'esm' | 'cjs', Record<string, unknown[]>>;
  roundTrips: Record<'esm' | 'cjs', Record<string, unknown>>;
}

interface ConditionalExport {
  import: { default: string };
  require: { default: string };
}

/** Every entry point the packages declare in `exports` (not `./package.json`), with the files it should load. */
const ENTRY_POINTS = PUBLISHED_PACKAGES.flatMap((name) => {
  const manifest = JSON.parse(readFileSync(join(REPO_DIR, 'packages', name, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, ConditionalExport | string>;
  };
  return Object.entries(manifest.exports)
    .filter((entry): entry is [string, ConditionalExport] => typeof entry[1] === 'object')
    .map(([subpath, target]) => ({
      specifier: subpath === '.' ? manifest.name : `${manifest.name}/${subpath.replace(/^\.\//, '')}`,
      esmFile: target.import.default.replace(/^\.\//, ''),
      cjsFile: target.require.default.replace(/^\.\//, ''),
    }));
});

let report: EntryPointReport;

beforeAll(async () => {
  ensureFixturePackagesBuilt();
  const specifiers = ENTRY_POINTS.map((entry) => entry.specifier);
  const run = await runNode(['test/runners/entry-points.fixture.mjs', ...specifiers], EXAMPLES_DIR, 60_000);
  if (run.code !== 0) throw new Error(`the entry-point fixture failed: ${describeRun(run)}`);
  report = JSON.parse(run.output.trim().split('\n').at(-1)!) as EntryPointReport;
}, 300_000);

it('covers the backend entry point of core', () => {
  expect(ENTRY_POINTS.map((entry) => entry.specifier)).toEqual(
    expect.arrayContaining(['@casual-memory/core', '@casual-memory/core/backend']),
  );
});

describe.each(ENTRY_POINTS)('$specifier', ({ specifier, esmFile, cjsFile }) => {
  it('loads the ESM build through import and the CommonJS build through require', () => {
    const entry = report.exportsByEntry[specifier]!;
    expect(entry.esmFile.endsWith(`/${esmFile}`)).toBe(true);
    expect(entry.cjsFile.endsWith(`/${cjsFile}`)).toBe(true);
  });

  it('exposes the same names to both', () => {
    const entry = report.exportsByEntry[specifier]!;
    expect(entry.esm.length).toBeGreaterThan(0);
    expect(entry.cjs).toEqual(entry.esm);
  });
});

describe.each(ENTRY_POINTS.flatMap(({ specifier }) => (['esm', 'cjs'] as const).map((format) => ({ specifier, format }))))(
  'error classes of $specifier ($format)',
  ({ specifier, format }) => {
    it('carry their own names: the class, its instances and the first line of their stack', () => {
      const errors = report.errorNamesByEntry[specifier]![format];
      for (const [exported, { stackLine, ...names }] of Object.entries(errors)) {
        // The message after the name is the class's own (most take `message: 'probe'` from the options).
        expect({ exported, ...names, stackNames: stackLine?.split(':')[0] }).toEqual({
          exported,
          className: exported,
          name: exported,
          stackNames: exported,
        });
      }
    });
  },
);

it('finds every error class of core in both builds', () => {
  const classes = [
    'CasualMemoryError',
    'ConflictStateError',
    'CorruptDataError',
    'DimensionMismatchError',
    'LockTimeoutError',
    'NotFoundError',
  ];
  classes.push('ProviderError', 'StoreClosedError', 'StoreFullError', 'StoreUnavailableError', 'ValidationError');
  for (const format of ['esm', 'cjs'] as const) {
    expect(Object.keys(report.errorNamesByEntry['@casual-memory/core']![format]).sort()).toEqual(classes);
  }
});

it('keeps the backend helpers off the main entry of core', () => {
  const main = report.exportsByEntry['@casual-memory/core']!.esm;
  const backend = report.exportsByEntry['@casual-memory/core/backend']!.esm;
  expect(backend).toEqual(
    expect.arrayContaining(['VectorStoreBase', 'ConflictStoreBase', 'ShortTermStoreBase', 'matchesFilter', 'parseVector']),
  );
  expect(main).not.toContain('matchesFilter');
  expect(main).not.toContain('VectorStoreBase');
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

it.each(['esm', 'cjs'] as const)('shares the error classes between the main and the backend entry of one build (%s)', (format) => {
  expect(report.kit[format]).toEqual({
    kitValidation: ['VALIDATION_ERROR', true],
    backendError: ['CONFLICT_STATE', true],
    closed: ['STORE_CLOSED', true, false],
    parser: ['VALIDATION_ERROR', true],
  });
});

it.each(['esm', 'cjs'] as const)('runs every backend end to end on the user-first signatures (%s)', (format) => {
  expect(report.roundTrips[format]).toEqual({
    search: ['I live in London'],
    otherUser: null,
    resolution: ['keep_b', 'admin', true],
    recent: ['three'],
  });
});
