// Lets a child process started by a test run the package's TypeScript sources, as jest does:
// `.ts` files are compiled by SWC on require, and `@casual-memory/<name>` resolves to
// packages/<name>/src (jest.preset.js maps them the same way).
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { transformSync } = require('@swc/core');

const packages = join(__dirname, '..', '..', '..');
const sources = {
  '@casual-memory/core/backend': join(packages, 'core', 'src', 'backend.ts'),
};
const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveSource(request, ...rest) {
  if (sources[request] !== undefined) return sources[request];
  const match = /^@casual-memory\/([a-z0-9-]+)$/.exec(request);
  if (match !== null) return join(packages, match[1], 'src', 'index.ts');
  return resolve.call(this, request, ...rest);
};

Module._extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
