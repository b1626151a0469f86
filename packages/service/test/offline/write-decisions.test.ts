import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECISION_CASES, type DecisionCase, type DecisionResult, runDecisions } from './helpers/run-decisions';

// Floors at what the heuristics reach today (see the README's "Offline mode"), so a regression fails.
// This older set was tuned on (both halves, by now); the figures that generalise are the sealed set's in
// BENCHMARKS.md. A reading whose measured precision is below one half (a refinement, 0.44 on the
// independent development pairs) keeps both facts, which costs a few of these cases.
const FLOORS = { all: 0.88, dev: 0.9, holdout: 0.85 };

const accuracy = (results: readonly DecisionResult[]) =>
  results.filter((result) => result.actual === result.expected).length / results.length;

describe('the labelled write decisions, offline', () => {
  let results: DecisionResult[];

  beforeAll(async () => {
    results = await runDecisions();
  });

  it('has at least 150 hand-written cases covering every outcome and topic', () => {
    expect(DECISION_CASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(DECISION_CASES.map((entry) => entry.id)).size).toBe(DECISION_CASES.length);
    for (const outcome of ['same', 'superseded', 'conflict', 'neutral']) {
      expect(DECISION_CASES.filter((entry) => entry.expected === outcome).length).toBeGreaterThanOrEqual(30);
    }
    const categories = new Set(DECISION_CASES.map((entry) => entry.category));
    for (const category of [
      'location',
      'job',
      'name',
      'age',
      'relationship',
      'preference',
      'habit',
      'plan',
      'negation',
      'other',
      'paraphrase',
    ]) {
      expect(categories).toContain(category);
    }
  });

  it('reaches the accuracy floors overall and on each half', () => {
    expect(accuracy(results)).toBeGreaterThanOrEqual(FLOORS.all);
    expect(accuracy(results.filter((result) => result.split === 'dev'))).toBeGreaterThanOrEqual(FLOORS.dev);
    expect(accuracy(results.filter((result) => result.split === 'holdout'))).toBeGreaterThanOrEqual(FLOORS.holdout);
  });

  it('never supersedes or merges away a distinct true fact', () => {
    const violations = results.filter((result) => result.expected === 'neutral' && result.actual !== 'neutral');
    expect(violations.map((result) => `${result.id}: ${result.earlier} / ${result.later} -> ${result.actual}`)).toEqual([]);
  });

  it('gives every decision a reason', () => {
    for (const result of results) expect(result.reason.length).toBeGreaterThan(5);
  });
});

describe('the labelled write decisions with an LLM behind the heuristics', () => {
  it('asks the model at most once per add, and never about the same words said again', async () => {
    let asked = 0;
    const chat = {
      chat: async () => {
        asked++;
        return '{"relation": "distinct", "reason": "stub"}';
      },
    };
    const results = await runDecisions(DECISION_CASES, chat);
    const calls = results.map((result) => result.llmCalls);
    expect(Math.max(...calls)).toBeLessThanOrEqual(1);
    const repeated = results.filter((result) => result.earlier.trim().toLowerCase() === result.later.trim().toLowerCase());
    expect(repeated.length).toBeGreaterThan(0);
    expect(repeated.every((result) => result.llmCalls === 0 && result.actual === 'same')).toBe(true);
    expect(asked).toBe(calls.reduce((sum, value) => sum + value, 0));
  });
});

describe('the development pairs written without the rules, offline', () => {
  // bench/decisions/dev-set.json: tuned on, so a regression guard only (BENCHMARKS.md has the sealed figures).
  const devSet = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'bench', 'decisions', 'dev-set.json'), 'utf8')) as {
    cases: Array<{ id: string; topic: string; earlier: string; later: string; expected: DecisionCase['expected'] }>;
  };
  const cases: DecisionCase[] = devSet.cases.map((entry) => ({ ...entry, category: entry.topic, split: 'dev' }));
  let results: DecisionResult[];

  beforeAll(async () => {
    results = await runDecisions(cases);
  });

  it('stays at what the rules reach, and loses no distinct fact', () => {
    expect(accuracy(results)).toBeGreaterThanOrEqual(0.45);
    expect(results.filter((result) => result.expected === 'neutral' && result.actual !== 'neutral').map((result) => result.id)).toEqual([]);
  });

  it('says "undecided" whenever it keeps two facts without evidence', () => {
    const undecided = results.filter((result) => result.reason.includes('undecided, both kept'));
    expect(undecided.length).toBeGreaterThan(0);
    expect(undecided.every((result) => result.actual === 'neutral')).toBe(true);
  });
});
