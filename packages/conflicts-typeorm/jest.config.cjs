const preset = require('../../jest.preset.js');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'conflicts-typeorm',
  // The suites make a few hundred round trips to a real database per test.
  testTimeout: 120000,
  globals: { __TYPEORM_LINE__: '1' },
};
