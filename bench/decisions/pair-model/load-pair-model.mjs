// Bundles the pair-model experiment (TypeScript here, reading statements with the service's own source)
// with the esbuild that tsup brings, and returns its exports. The weights file may be missing before the
// first training run: the bundle then has no judge.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const serviceDir = join(here, '..', '..', '..', 'packages', 'service');
const requireService = createRequire(join(serviceDir, 'package.json'));

export function loadPairModel() {
  const esbuild = createRequire(requireService.resolve('tsup'))('esbuild');
  const bundled = esbuild.buildSync({
    entryPoints: [join(here, 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    external: ['@casual-memory/*', 'chrono-node'],
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', bundled.outputFiles[0].text)(module, module.exports, requireService);
  return module.exports;
}
