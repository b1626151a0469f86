const preset = require('../../jest.preset.js');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'ai-sdk',
  coverageThreshold: { global: { lines: 90 } },
};
