import { ValidationError } from '@casual-memory/core';
import { HeuristicNliProvider } from '../../src/offline/heuristic-nli-provider';

const nli = new HeuristicNliProvider();
// The NLI classifier's defaults (REFERENCE.md §4.3).
const verdictOf = async (premise: string, hypothesis: string) => {
  const { entailment, neutral } = await nli.predict(premise, hypothesis);
  if (entailment >= 0.85) return 'same';
  if (neutral >= 0.5 && entailment < 0.3) return 'neutral';
  return 'pass';
};

describe('HeuristicNliProvider', () => {
  it('returns contradiction, entailment and neutral summing to 1', async () => {
    for (const [premise, hypothesis] of [
      ['I live in London', 'I live in London'],
      ['I live in London', 'I live in Paris'],
      ['I live in London', 'My sister lives in Rome'],
      ['I cycle to work', 'I take the bus to work'],
    ] as const) {
      const scores = await nli.predict(premise, hypothesis);
      expect(scores.contradiction + scores.entailment + scores.neutral).toBeCloseTo(1, 9);
      for (const value of Object.values(scores)) expect(value).toBeGreaterThanOrEqual(0);
    }
  });

  it.each([
    ['I live in Berlin', 'I reside in Berlin'],
    ['I love jazz', 'I really love jazz music'],
    ['I am 42 years old', "I'm forty-two"],
    ['I run every morning', 'I go running every morning'],
  ])('near-identical meaning is entailment >= 0.85: %s / %s', async (premise, hypothesis) => {
    expect(await verdictOf(premise, hypothesis)).toBe('same');
  });

  it.each([
    ['I live in Berlin', 'My sister lives in Rome'],
    ['I work in London', 'I live in London'],
    ['I like coffee', 'I live in Paris'],
    ['I speak French', 'I speak Spanish'],
  ])('clearly different subjects or facts are neutral >= 0.5 with entailment < 0.3: %s / %s', async (premise, hypothesis) => {
    expect(await verdictOf(premise, hypothesis)).toBe('neutral');
  });

  it.each([
    ['I live in London', 'I live in Paris'],
    ['I like coffee', "I don't like coffee"],
    ['I live in London', 'I moved to Paris'],
    ['I live in London', 'I live in Central London near the park'],
    ['I cycle to work', 'I take the bus to work'],
  ])('anything that may be a contradiction, an update or a refinement passes on: %s / %s', async (premise, hypothesis) => {
    expect(await verdictOf(premise, hypothesis)).toBe('pass');
  });

  it('rejects non-string input with ValidationError and counts predictions', async () => {
    await expect(nli.predict(1 as never, 'x')).rejects.toThrow(ValidationError);
    await expect(nli.predict('x', undefined as never)).rejects.toThrow(ValidationError);
    expect(nli.getMetrics()['heuristicNliPredictions']).toBeGreaterThan(0);
  });
});

describe('HeuristicNliProvider on texts without content words', () => {
  it('calls them the same only when they are the same words', async () => {
    const nli = new HeuristicNliProvider();
    expect((await nli.predict('It is what it is', 'It is what it is')).entailment).toBeGreaterThanOrEqual(0.85);
    expect((await nli.predict('It is what it is', 'So it is')).entailment).toBeLessThan(0.85);
    expect((await nli.predict('!!!', '???')).entailment).toBeLessThan(0.85);
    expect((await nli.predict('!!!', '!!!')).entailment).toBeGreaterThanOrEqual(0.85);
  });
});
