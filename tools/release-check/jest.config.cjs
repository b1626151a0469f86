const preset = require('../../jest.preset.js');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'release-check',
  // Each test runs `changeset version` in a copy of the repository.
  testTimeout: 300000,
};
