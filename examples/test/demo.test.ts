import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureFixturePackagesBuilt } from './runners/built-packages';

// The demo runs the built `casual-memory` command, as a user would (`npm run demo`).
describe('npm run demo', () => {
  let output = '';
  beforeAll(() => {
    ensureFixturePackagesBuilt();
    output = execFileSync(process.execPath, [join(__dirname, '..', 'demo.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
  }, 300_000);
  /** The output of the command whose line starts with `$ casual-memory <start>`, the n-th such (from 0). */
  const step = (start: string, nth = 0): string =>
    output
      .split(/^(?=\$ casual-memory )/m)
      .filter((part) => part.startsWith(`$ casual-memory ${start}`))
      [nth]?.split('\n')
      .slice(1)
      .join('\n') ?? '';

  it('stores a new fact', () => {
    expect(step('remember "I live in London"', 0)).toMatch(/^added #[0-9a-f]{8} "I live in London"\n/);
  });

  it('counts the same fact again as a duplicate', () => {
    expect(step('remember "I live in London"', 1)).toMatch(/^duplicate of #[0-9a-f]{8} "I live in London" \(mentioned 2 times\)\n/);
  });

  it('lets an update supersede the old fact', () => {
    expect(step('remember "I moved to Lisbon"')).toMatch(
      /^added #[0-9a-f]{8} "I moved to Lisbon"\n {2}supersedes #[0-9a-f]{8} "I live in London": /,
    );
  });

  it('turns a contradiction into a conflict with the question to ask', () => {
    const conflict = step('remember "I live in Porto"');
    expect(conflict).toMatch(/^conflict #[0-9a-f]{8}: "I live in Porto" contradicts #[0-9a-f]{8} "I moved to Lisbon"\n/);
    expect(conflict).toContain('ask the user: Where do you currently live?');
    expect(step('conflicts')).toContain('a: "I moved to Lisbon"  b: "I live in Porto"  (location, pending)');
  });

  it('recalls the current fact before and after the conflict is resolved', () => {
    expect(step('recall "where do I live"', 0)).toMatch(/^1\. #[0-9a-f]{8} "I moved to Lisbon" {2}\(similarity 0\.\d\d\)\n\n$/);
    expect(step('recall "where do I live"', 1)).toMatch(/^1\. #[0-9a-f]{8} "I moved to Lisbon" {2}\(similarity 0\.\d\d\)\n\n$/);
    expect(step('resolve')).toMatch(
      /^resolved #[0-9a-f]{8}: keep_b\n {2}current {2}#[0-9a-f]{8} "I live in Porto"\n {2}archived #[0-9a-f]{8} "I moved to Lisbon"/,
    );
    expect(step('recall "where do I live"', 2)).toMatch(/^1\. #[0-9a-f]{8} "I live in Porto" {2}\(similarity 0\.\d\d\)\n\n$/);
  });

  it('keeps what was superseded in the history, and counts it all', () => {
    const history = step('history');
    expect(history).toMatch(/"I moved to Lisbon" -> superseded by #[0-9a-f]{8} "I live in Porto"/);
    expect(history).toMatch(/"I live in London" -> superseded by #[0-9a-f]{8} "I moved to Lisbon"/);
    expect(step('stats')).toContain(
      'default: 2 current, 2 superseded, 0 rejected, 0 held, 0 expired; conflicts 0 pending, 0 escalated, 1 resolved',
    );
  });
});
