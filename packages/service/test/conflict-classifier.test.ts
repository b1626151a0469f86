import { clarificationHint, conflictCategory, DEFAULT_CLARIFICATION_HINT } from '../src/classification/conflict-category';
import { ConflictClassifier } from '../src/classification/conflict-classifier';
import type { SimilarityResult } from '../src/classification/similarity-result';
import type { ConflictVerdict, ConflictVerifier } from '../src/verification/verdicts';
import { fact, scored } from './helpers/memories';

// Ported from the original's tests/classifiers/test_conflict_classifier.py (REFERENCE.md §4.5, §7).
function verifierAnswering(verdict: Partial<ConflictVerdict>) {
  const verifyConflict = jest.fn(
    async () => ({ relation: 'none', method: 'llm', confidence: 0.9, reason: 'because', ...verdict }) as ConflictVerdict,
  );
  return { verifier: { verifyConflict } satisfies ConflictVerifier, verifyConflict };
}

const london = scored('m1', 'I live in London', 0.93, { importance: 0.8 });
const paris = fact('I live in Paris', { importance: 0.6 });

describe('ConflictClassifier', () => {
  it('turns a contradiction into a conflict with category, question and average importance', async () => {
    const { verifier, verifyConflict } = verifierAnswering({ relation: 'contradiction', reason: 'one city at a time' });
    // The run's call counters go to the verifier, which counts the provider calls it makes.
    const calls = { embedding: 1, nli: 0, llm: 0 };
    const result = await new ConflictClassifier(verifier).classifyPair(paris, london, 'primary', null, {
      newMemory: paris,
      candidates: [london],
      calls,
    });
    expect(verifyConflict).toHaveBeenCalledWith(london.memory, paris, 0.93, { calls });
    expect(result).toMatchObject({ outcome: 'conflict', confidence: 0.9, classifier: 'conflict', reason: 'one city at a time' });
    expect(result?.metadata).toMatchObject({
      detectionMethod: 'llm',
      category: 'location',
      clarificationHint: 'Where do you currently live?',
    });
    expect(result?.metadata.avgImportance).toBeCloseTo(0.7, 12);
  });

  it("uses the verifier's category when it names one", async () => {
    const { verifier } = verifierAnswering({ relation: 'contradiction', category: 'name' });
    const result = await new ConflictClassifier(verifier).classifyPair(
      fact('My name is Bob'),
      scored('m1', 'My name is Al'),
      'primary',
      null,
    );
    expect(result?.metadata).toMatchObject({ category: 'name', clarificationHint: 'What name should I use for you?' });
  });

  it('turns an update into superseded', async () => {
    const { verifier } = verifierAnswering({ relation: 'update', method: 'heuristic', confidence: 0.8, category: 'location' });
    const result = await new ConflictClassifier(verifier).classifyPair(fact('I moved to Paris'), london, 'primary', null);
    expect(result).toMatchObject({ outcome: 'superseded', confidence: 0.8, metadata: { relation: 'update', category: 'location' } });
  });

  it.each(['none', 'unsure'] as const)('passes on when the verifier says %s', async (relation) => {
    expect(await new ConflictClassifier(verifierAnswering({ relation }).verifier).classifyPair(paris, london, 'primary', null)).toBeNull();
  });

  it('passes an earlier result through without asking', async () => {
    const { verifier, verifyConflict } = verifierAnswering({ relation: 'contradiction' });
    const earlier: SimilarityResult = { similar: london, outcome: 'same', confidence: 1, classifier: 'nli', reason: 'r', metadata: {} };
    expect(await new ConflictClassifier(verifier).classifyPair(paris, london, 'primary', earlier)).toBe(earlier);
    expect(verifyConflict).not.toHaveBeenCalled();
  });

  it('checks secondary pairs too and records the detection method', async () => {
    const { verifier } = verifierAnswering({ relation: 'contradiction', method: 'heuristic_fallback' });
    const result = await new ConflictClassifier(verifier).classifyPair(paris, london, 'secondary', null);
    expect(result?.metadata.detectionMethod).toBe('heuristic_fallback');
  });

  it('passes on when the verifier throws, and counts it', async () => {
    const classifier = new ConflictClassifier({ verifyConflict: async () => Promise.reject(new Error('boom')) });
    expect(await classifier.classifyPair(paris, london, 'primary', null)).toBeNull();
    expect(classifier.getMetrics()).toEqual({ conflictChecks: 1, conflictFailures: 1 });
  });

  it("includes the verifier's metrics", () => {
    const verifier = { verifyConflict: jest.fn(), getMetrics: () => ({ llmCalls: 3 }) };
    expect(new ConflictClassifier(verifier).getMetrics()).toEqual({ conflictChecks: 0, conflictFailures: 0, llmCalls: 3 });
  });
});

describe('conflictCategory', () => {
  it.each([
    ['I live in London', 'I live in Paris', 'location'],
    ['I work as a teacher', 'I work as a doctor', 'job'],
    ['I love coffee', 'I hate coffee', 'preference'],
    ['I used to smoke', 'I smoke', 'temporal'],
    ['I am 30', 'I am 31', 'factual'],
  ])('%j / %j is %s', (a, b, category) => expect(conflictCategory(a, b)).toBe(category));

  it('matches whole words, not parts of words (the original matched "olive" as "live")', () => {
    expect(conflictCategory('I eat olives', 'I know the network')).toBe('factual');
  });

  it('asks the category question, or the generic one', () => {
    expect(clarificationHint('location')).toBe('Where do you currently live?');
    expect(clarificationHint('job')).toBe('What is your current job or position?');
    expect(clarificationHint('factual')).toBe(DEFAULT_CLARIFICATION_HINT);
    // The offline verifier's own categories have questions too.
    expect(clarificationHint('relationship')).toBe('What is your relationship status now?');
    expect(clarificationHint('schedule')).toBe('Which date or time is the right one?');
    expect(clarificationHint('vehicle')).toBe('Which car do you drive now?');
    expect(clarificationHint('diet')).toBe('Which diet do you follow now?');
  });

  it('asks about someone else in the third person', () => {
    expect(clarificationHint('location', 'your sister')).toBe('Where does your sister live now?');
    expect(clarificationHint('job', 'Leo')).toBe('What does Leo do now?');
    // More than one is asked about with "do" and "are".
    expect(clarificationHint('location', 'your parents')).toBe('Where do your parents live now?');
    expect(clarificationHint('age', 'Rhian and Dai')).toBe('How old are Rhian and Dai now?');
    expect(clarificationHint('factual', 'your dog Rex')).toBe('Which of these statements about your dog Rex is right?');
  });

  it('asks the generic question for a category a model names after what every object has ("constructor")', () => {
    for (const category of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(clarificationHint(category)).toBe(DEFAULT_CLARIFICATION_HINT);
  });
});
