// One jest preset for every package: TypeScript through SWC (CommonJS), tests under test/.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Workspace packages resolve to their sources, so a package's tests never wait on (or race with)
  // another package's build. Packaging itself is checked by publint and attw in \`lint\`.
  moduleNameMapper: {
    '^@casual-memory/core/backend$': '<rootDir>/../core/src/backend.ts',
    '^@casual-memory/([a-z0-9-]+)$': '<rootDir>/../$1/src/index.ts',
  },
  collectCoverageFrom: ['src/**/*.ts', '!src/index.ts', '!src/generated/**'],
  coverageReporters: ['text-summary', 'text'],
  testTimeout: 30000,
};
