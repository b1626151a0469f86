import type { MemoryFact, ScoredMemory } from '@casual-memory/core';
import { changesOutdone } from '../src/classification/one-change-per-add';
import type { JudgedCandidate } from '../src/classification/pairs-worth-asking';

// Which of several memories one statement's change reaches stay archived by it (`changesOutdone` names the others).
const fact = (text: string): MemoryFact => ({ text, type: 'fact', userId: 'u1', tags: [], importance: 0.5 }) as unknown as MemoryFact;
const superseded = (id: string, text: string, score: number): JudgedCandidate => ({
  similar: { id, score, memory: fact(text) } as unknown as ScoredMemory,
  rules: { outcome: 'superseded', confidence: 0.9, reason: 'read as a change', method: 'heuristic' },
});

describe('one change per statement', () => {
  it('archives with the memory a change is of a copy of it that says no more, and leaves one that says more', () => {
    const newMemory = fact('sold the Civic, I drive a Tesla now');
    const outdone = changesOutdone(
      [
        superseded('a', 'I drive a Civic', 0.7),
        superseded('b', 'I drive a Civic btw', 0.6),
        superseded('c', 'my Civic is silver and my sister borrows it on weekends', 0.5),
      ],
      newMemory,
    );
    // "I drive a Civic btw" is "I drive a Civic" again: it goes with it.
    expect(outdone.has('b')).toBe(false);
    // Saying more than the change is of, the third stays current, with why.
    expect(outdone.get('c')).toMatch(/^one change per statement, read as of "I drive a Civic"/);
  });
});
