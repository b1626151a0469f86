import { defineConfig } from 'tsup';

// The options every package's `tsup` build shares: tsup looks for its config from the package's folder
// upwards, so a package without a tsup.config.ts of its own gets these, merged with its command line.
// keepNames: a CommonJS build with code splitting (core's) runs sucrase, which rewrites
// `class ValidationError extends ...` into `_class2 = class extends ...`; esbuild then restores each
// class's real `name` (and so `error.name` and the first stack line).
export default defineConfig({ keepNames: true });
