const preset = require('../../jest.preset.js');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'vector-qdrant',
  coverageThreshold: { global: { lines: 90 } },
  // Every request and response goes through the stand-in's OpenAPI validation: on a busy 2-core CI a
  // conformance test of 200 searches takes over the preset's 30 s.
  testTimeout: 180000,
};
