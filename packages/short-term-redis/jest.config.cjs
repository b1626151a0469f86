const preset = require('../../jest.preset.js');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'short-term-redis',
  // 85, not 90: without the shared Redis (a local run may lack it) its tests skip and only the unit and
  // private-server tests count.
  coverageThreshold: { global: { lines: 85 } },
};
