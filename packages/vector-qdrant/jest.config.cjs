const preset = require('../../jest.preset.js');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'vector-qdrant',
  coverageThreshold: { global: { lines: 90 } },
};
