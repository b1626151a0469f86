// The conformance suites under node:test. Started by ../other-runners.test.ts; run it alone with
// `node --test test/runners/node-test.fixture.mjs` after `pnpm build`.
import { describe, it } from 'node:test';
import { registerSuites } from './conformance-fixture.mjs';

registerSuites('node:test', { describe, it });
