const preset = require('../../jest.preset.js');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'vector-sqlite',
  coverageThreshold: { global: { lines: 90 } },
};
