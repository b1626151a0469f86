const preset = require('../../jest.preset.js');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'memory-vector',
  coverageThreshold: { global: { lines: 90 } },
};
