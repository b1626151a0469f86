// The conformance suites under vitest. Started by ../other-runners.test.ts; run it alone with
// `npx vitest run --config test/runners/vitest.config.mjs` after `pnpm build`.
import { describe, it } from 'vitest';
import { registerSuites } from './conformance-fixture.mjs';

registerSuites('vitest', { describe, it });
