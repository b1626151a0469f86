import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureFixturePackagesBuilt } from './runners/built-packages';

// The demo runs against the built packages, as a user would run it (`npm run demo`).
describe('npm run demo', () => {
  let output = '';
  beforeAll(() => {
    ensureFixturePackagesBuilt();
    output = execFileSync(process.execPath, [join(__dirname, '..', 'demo.mjs')], { encoding: 'utf8' });
  }, 300_000);
  const section = (number: number): string => output.split(/^(?=\d\. )/m).find((part) => part.startsWith(`${number}. `)) ?? '';

  it('keeps only the newest short-term turns', () => {
    expect(section(1)).toContain('(4 kept of 5 sent)');
    expect(output).not.toContain('Hi! I just moved.');
  });

  it('merges a duplicate instead of storing it twice', () => {
    expect(section(2)).toMatch(/"I live in London" -> duplicate of [0-9a-f]{8}, mentionCount now 2/);
  });

  it('records each contradiction as a conflict', () => {
    expect(section(2)).toMatch(/"I live in Paris" contradicts "I live in London" \(score 0\.\d\d\) -> conflict/);
    expect(section(2)).toMatch(/"I work at the hospital as a nurse" contradicts "I work at the hospital" \(score 0\.\d\d\) -> conflict/);
    expect(output).toContain('conflicts: 2 resolved, 0 pending');
  });

  it("records each resolution in the conflict's own fields and leaves the caller's metadata alone", () => {
    const conflicts = section(3);
    expect(conflicts).toContain('ask: "Where do you currently live?"');
    expect(conflicts).toContain('resolved: true; the conflict now records resolutionDecision keep_b, resolvedBy demo-user');
    expect(conflicts).toMatch(/winningMemoryId [0-9a-f]{8}, resolutionNotes "moved last month"/);
    expect(conflicts).toContain('resolved: true; the conflict now records resolutionDecision merge, resolvedBy demo-user');
    expect(conflicts).toContain('mergedText "I work at the hospital as a nurse" (no winning memory)');
    expect(conflicts).toContain(`metadata is still the caller's: {"memoryAText":"I live in London","memoryBText":"I live in Paris"}`);
  });

  it('recalls the current facts and keeps the superseded ones archived, not deleted', () => {
    const [live, liveWithArchived, job, jobWithArchived] = section(4).split('search "').slice(1);
    expect(live).toContain('I live in Paris');
    expect(live).not.toContain('I live in London');
    expect(liveWithArchived).toContain('I live in London  [archived]');
    expect(job).toContain('I work at the hospital as a nurse\n');
    expect(job).not.toContain('[archived]');
    expect(jobWithArchived).toContain('I work at the hospital  [archived]');
  });

  it('keeps other users out', () => {
    expect(section(4)).toContain('another user sees none of it: 0 memories, 0 conflicts');
  });

  it('fails calls after close() with a typed, non-retryable error', () => {
    expect(section(5)).toContain('after close(): StoreClosedError STORE_CLOSED (retryable: false), StoreClosedError.isInstance: true');
  });
});
