const path = require('node:path');
const preset = require('../../jest.preset.js');

const packageDir = path.resolve(__dirname, '../../packages/conflicts-typeorm');

/**
 * The tests of @casual-memory/conflicts-typeorm, the very same files, against TypeORM 0.3 (sqlite3,
 * pg, mysql2) as installed here. Node would resolve `typeorm` from the package's own folder (its
 * TypeORM 1.x dev install), so `typeorm` is mapped to this package's copy for every importer; TypeORM
 * 0.3 then loads its drivers from its own dependencies, resolved by pnpm against this package.
 * The tests check which version they got.
 * @type {import('jest').Config}
 */
module.exports = {
  ...preset,
  displayName: 'conflicts-typeorm (TypeORM 0.3)',
  rootDir: packageDir,
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  moduleNameMapper: {
    '^typeorm$': require.resolve('typeorm', { paths: [__dirname] }),
    '^@casual-memory/core/backend$': path.resolve(packageDir, '../core/src/backend.ts'),
    '^@casual-memory/([a-z0-9-]+)$': path.resolve(packageDir, '../$1/src/index.ts'),
  },
  // Coverage and results stay in this package, not in the tested one.
  coverageDirectory: path.join(__dirname, 'coverage'),
  cacheDirectory: path.join(__dirname, 'node_modules/.cache/jest'),
  testTimeout: 120000,
  globals: { __TYPEORM_LINE__: '0.3' },
};
