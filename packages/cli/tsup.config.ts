import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The library entry (runCli) in ESM and CommonJS with types; the `casual-memory` bin is the ESM bin.js.
export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'node20',
  define: { __CLI_VERSION__: JSON.stringify(version) },
  // As every package's build (../../tsup.config.ts): classes keep their names in both builds.
  keepNames: true,
});
