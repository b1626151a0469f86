import { defineConfig } from 'tsup';

// The repository's shared options (../../tsup.config.ts) but without keepNames: that one is for core's
// CommonJS build with code splitting, whose rewritten classes need their names restored. This build has no
// splitting, and keepNames would call a helper for every closure the offline rules and the pipeline make on
// each add (about 6% of an add's own work with caches evicted, measured in one process against this build).
export default defineConfig({ keepNames: false });
