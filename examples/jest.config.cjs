const preset = require('../jest.preset.js');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  rootDir: __dirname,
  displayName: 'examples',
  // The preset maps `@casual-memory/<name>` to a sibling folder; here the packages are one level down.
  moduleNameMapper: {
    '^@casual-memory/core/backend$': '<rootDir>/../packages/core/src/backend.ts',
    '^@casual-memory/([a-z0-9-]+)$': '<rootDir>/../packages/$1/src/index.ts',
  },
};
