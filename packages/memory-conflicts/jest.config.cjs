const preset = require('../../jest.preset.js');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'memory-conflicts',
  coverageThreshold: { global: { lines: 90 } },
};
