import { defineConfig } from 'tsup';

// The options every package's `tsup` build shares: tsup looks for its config from the package's folder
// upwards, so a package without a tsup.config.ts of its own gets these, merged with its command line.
// keepNames: esbuild renames some classes when it lowers them (`_InProcessUserLock`, a class with static
// members); keepNames restores each class's real `name` (and so `error.name` and the first stack line).
// It also names every closure at run time, which costs hot paths: the service, which exports no such
// class, builds without it (packages/service/tsup.config.ts).
export default defineConfig({ keepNames: true });
