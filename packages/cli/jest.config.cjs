const preset = require('../../jest.preset.js');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'cli',
  // The tests run the built command as a subprocess, as a user would.
  testTimeout: 60000,
};
