const preset = require('../../jest.preset.js');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'memory-short-term',
  coverageThreshold: { global: { lines: 90 } },
};
