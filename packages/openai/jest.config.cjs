const preset = require('../../jest.preset.js');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'openai',
  coverageThreshold: { global: { lines: 90 } },
};
