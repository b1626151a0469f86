import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// The demo runs against the built packages, as a user would run it (`npm run demo`).
describe('npm run demo', () => {
  const output = execFileSync(process.execPath, [join(__dirname, '..', 'demo.mjs')], { encoding: 'utf8' });

  it('keeps only the newest short-term turns', () => {
    expect(output).toContain('(4 kept of 5 sent)');
    expect(output).not.toContain('Hi! I just moved.');
  });

  it('merges a duplicate instead of storing it twice', () => {
    expect(output).toMatch(/"I live in London" -> duplicate of [0-9a-f]{8}, mentionCount now 2/);
  });

  it('records the London/Paris contradiction as a conflict and resolves it', () => {
    expect(output).toMatch(/"I live in Paris" contradicts "I live in London" \(score 0\.\d\d\) -> conflict/);
    expect(output).toContain('ask: "Where do you currently live?"');
    expect(output).toContain('resolved: true');
    expect(output).toContain('conflicts: 1 resolved, 0 pending');
  });

  it('recalls the current fact and keeps the superseded one archived, not deleted', () => {
    const [current, withArchived] = output.split('search "where do I live"').slice(1);
    expect(current).toContain('I live in Paris');
    expect(current).not.toContain('I live in London');
    expect(withArchived).toContain('I live in London  [archived]');
  });
});
