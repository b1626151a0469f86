const preset = require('../../jest.preset.js');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'sentence-encoder',
  coverageThreshold: { global: { lines: 90 } },
};
