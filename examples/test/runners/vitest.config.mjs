import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Only the runner fixture: the package's own tests run under jest.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/runners/vitest.fixture.test.mjs'],
    environment: 'node',
    watch: false,
  },
});
