// Runs labelled write decisions and simulated users' streams through MemoryService, and scores them.
// Shared by bench/decisions.bench.mjs and the calibration script; nothing here knows the rules.
import { readFileSync } from 'node:fs';

export const OUTCOMES = ['same', 'superseded', 'conflict', 'neutral'];

/** The cases of one pair set (`{ cases: [{ id, topic | category, earlier, later, expected }] }`). */
export function loadPairSet(path) {
  const { cases } = JSON.parse(readFileSync(path, 'utf8'));
  return cases.map((entry) => ({ ...entry, topic: entry.topic ?? entry.category ?? 'other' }));
}

/** The simulated users of one or more stream files (`{ users: [{ id, statements, questions }] }`). */
export function loadStreamUsers(paths) {
  return [paths].flat().flatMap((path) => JSON.parse(readFileSync(path, 'utf8')).users);
}

/**
 * The streams written for development, which may be read to find and calibrate rules, by the folder
 * and files under bench/decisions. The sealed streams are not here: they are only measured.
 */
export const TRAINING_STREAMS = {
  stream: ['stream', ['stream.json']],
  'look-alikes, training': ['train-recall', ['set-m.json', 'set-n.json']],
  'everyday, training': ['train-streams', ['set-w.json', 'set-x.json']],
  'everyday, training 2': ['train-streams-2', ['set-y.json', 'set-z.json']],
  'everyday, training 3': ['train-streams-3', ['set-ta.json', 'set-tb.json']],
  'everyday, training 4': ['train-streams-4', ['set-u1.json', 'set-u2.json']],
  'everyday, training 5': ['train-streams-5', ['set-v1.json', 'set-v2.json']],
};

/** How an add turned out, in the labels' words. */
export function outcomeOf(result) {
  if (result.action === 'duplicate') return 'same';
  if (result.action === 'conflict') return 'conflict';
  return result.supersededIds.length > 0 ? 'superseded' : 'neutral';
}

// The answer a perfect model gives for each label, in the words of every prompt the service may send.
const ANSWERS = {
  judge: { same: 'same', superseded: 'update', conflict: 'contradiction', neutral: 'distinct' },
  conflict: { same: 'none', superseded: 'update', conflict: 'contradiction', neutral: 'none' },
  duplicate: { same: 'duplicate', superseded: 'refinement', conflict: 'distinct', neutral: 'distinct' },
};

/**
 * A chat model that always answers right: it reads the pair from the user message (JSON `{ earlier,
 * later }`, or `{ later, earlier: [{ id, text }] }` for several at once), asks `labelOf(earlier, later)`
 * for the truth, and answers it in the words the system prompt asks for. It measures the pipeline's
 * ceiling: does it find the pair, and does it ask.
 */
export function perfectChat(labelOf) {
  const state = { calls: 0 };
  return {
    state,
    chat: async (messages) => {
      state.calls++;
      const system = messages.find((message) => message.role === 'system')?.content ?? '';
      const user = messages.filter((message) => message.role === 'user').at(-1)?.content ?? '{}';
      let pair = {};
      try {
        pair = JSON.parse(user);
      } catch {}
      // One question about several earlier statements: name those the labels relate to the later one.
      if (Array.isArray(pair.earlier)) {
        const matches = pair.earlier
          .map(({ id, text }) => ({ id, label: labelOf(text, pair.later) ?? 'neutral' }))
          .filter(({ label }) => label !== 'neutral')
          .map(({ id, label }) => ({ id, relation: ANSWERS.judge[label], reason: 'from the label' }));
        return JSON.stringify({ matches });
      }
      const label = labelOf(pair.earlier, pair.later) ?? 'neutral';
      const prompt = /"same"/.test(system)
        ? 'judge'
        : /duplicate|refinement/i.test(system) && !/contradiction/i.test(system)
          ? 'duplicate'
          : 'conflict';
      return JSON.stringify({ relation: ANSWERS[prompt][label], reason: 'from the label' });
    },
  };
}

/** A perfect model for a pair set: it knows each labelled pair. */
export function perfectChatForPairs(cases) {
  const byPair = new Map(cases.map((entry) => [`${entry.earlier}\u0000${entry.later}`, entry.expected]));
  return perfectChat((earlier, later) => byPair.get(`${earlier}\u0000${later}`));
}

/** Each case as a fresh user: the earlier statement is added, then the later; the later's outcome is scored. */
export async function runPairs(cases, makeService) {
  const { service, close } = await makeService();
  const rows = [];
  for (const [index, entry] of cases.entries()) {
    const userId = `pairs-${index}`;
    await service.add({ text: entry.earlier, type: 'fact', userId });
    const result = await service.add({ text: entry.later, type: 'fact', userId });
    const first = result.decisions[0];
    rows.push({
      ...entry,
      actual: outcomeOf(result),
      llm: result.calls.llm,
      score: first?.score,
      confidence: first?.confidence,
      classifier: first?.classifier,
      reason: first === undefined ? 'nothing similar compared' : first.reason,
    });
  }
  await close();
  return rows;
}

const mean = (values) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
/** The middle value (the upper one of an even count); 0 for none. */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
};
const share = (rows) => (rows.length === 0 ? 0 : rows.filter((row) => row.actual === row.expected).length / rows.length);

/** Accuracy overall, per topic and per label; the confusion matrix; harmful mistakes; model calls. */
export function summarizePairs(rows) {
  const topics = [...new Set(rows.map((row) => row.topic))].sort();
  const matrix = Object.fromEntries(OUTCOMES.map((expected) => [expected, Object.fromEntries(OUTCOMES.map((actual) => [actual, 0]))]));
  for (const row of rows) matrix[row.expected][row.actual]++;
  return {
    count: rows.length,
    accuracy: share(rows),
    perTopic: Object.fromEntries(topics.map((topic) => [topic, share(rows.filter((row) => row.topic === topic))])),
    perLabel: Object.fromEntries(OUTCOMES.map((label) => [label, share(rows.filter((row) => row.expected === label))])),
    matrix,
    // A distinct fact archived or counted as a mention of another: the user loses it.
    lostFacts: rows.filter((row) => row.expected === 'neutral' && (row.actual === 'superseded' || row.actual === 'same')),
    llmMedian: median(rows.map((row) => row.llm)),
    llmMean: mean(rows.map((row) => row.llm)),
    mistakes: rows.filter((row) => row.actual !== row.expected),
  };
}

/**
 * Precision of the decisions by the confidence they were made with: calibration means a band's
 * precision is close to its confidence.
 */
export function calibrationBands(rows, edges = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001]) {
  const decided = rows.filter((row) => row.confidence !== undefined);
  const bands = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const inBand = decided.filter((row) => row.confidence >= edges[i] && row.confidence < edges[i + 1]);
    if (inBand.length === 0) continue;
    bands.push({ from: edges[i], to: Math.min(1, edges[i + 1]), count: inBand.length, precision: share(inBand) });
  }
  return bands;
}

/**
 * A stream of simulated users: every statement is added in order (one user each, dated as the stream
 * says), questions are asked after their step. Scores each statement's outcome and target, counts model
 * calls, and measures recall@3 of the questions and whether a stale or someone else's fact outranks
 * the current one.
 */
export async function runStream(users, makeService, options = {}) {
  const rows = [];
  const questions = [];
  const llm = [];
  let clock = new Date('2026-01-01T00:00:00Z');
  const current = { step: undefined, user: undefined };
  const { service, close } = await makeService({
    now: () => clock,
    labelOf: (earlier, later) => labelInStream(current, earlier, later),
  });
  for (const user of users) {
    current.user = user;
    const userId = user.id;
    const memoryOfStep = new Map();
    const textOfMemory = new Map();
    const archived = new Set();
    const questionsAfter = new Map();
    for (const question of user.questions) {
      const list = questionsAfter.get(question.afterStep) ?? [];
      list.push(question);
      questionsAfter.set(question.afterStep, list);
    }
    for (const statement of user.statements) {
      current.step = statement;
      clock = new Date(`${statement.date}T12:00:00Z`);
      const result = await service.add({ text: statement.text, type: 'fact', userId });
      llm.push(result.calls.llm);
      memoryOfStep.set(statement.step, result.memoryId);
      if (!textOfMemory.has(result.memoryId)) textOfMemory.set(result.memoryId, statement.text);
      const expected = statement.expected === 'new' ? 'neutral' : statement.expected;
      const actual = outcomeOf(result);
      const relatedIds = new Set((statement.relatedTo ?? []).map((step) => memoryOfStep.get(step)));
      const touched = actual === 'same' ? [result.duplicateOf] : actual === 'superseded' ? result.supersededIds : [];
      const onTarget = actual === expected && (touched.length === 0 || touched.every((id) => relatedIds.has(id)));
      // Memories merged or archived that the statement does not speak of: facts lost, whatever the outcome.
      const archivedNotMeant = touched.filter((id) => !relatedIds.has(id));
      const wronglyArchived = archivedNotMeant.length;
      // What the statement replaces that is still current after it (the older statement stays beside the new one).
      const leftCurrent =
        expected === 'superseded' && actual === 'superseded'
          ? [...relatedIds].filter((id) => id !== undefined && !touched.includes(id) && !archived.has(id)).length
          : 0;
      for (const id of touched) archived.add(id);
      rows.push({
        user: userId,
        step: statement.step,
        text: statement.text,
        expected,
        actual,
        onTarget,
        wronglyArchived,
        // What was archived and the decision that did it, to read a mistake.
        archivedNotMeant: archivedNotMeant.map((id) => ({
          text: textOfMemory.get(id),
          reason: result.decisions.find((decision) => decision.memoryId === id)?.reason,
        })),
        leftCurrent,
        // Each earlier memory the add compared, with what the statement truly says of it.
        candidates: result.decisions.map((decision) => ({
          text: textOfMemory.get(decision.memoryId),
          score: decision.score,
          truth: relatedIds.has(decision.memoryId) ? expected : 'neutral',
        })),
        llm: result.calls.llm,
        reason: result.decisions[0]?.reason,
      });
      for (const question of questionsAfter.get(statement.step) ?? []) {
        const hits = await service.query(userId, question.question, { topK: options.topK ?? 3 });
        const ids = hits.map((hit) => hit.id);
        const answerIds = new Set(question.answers.map((step) => memoryOfStep.get(step)));
        const rankOf = (steps) =>
          Math.min(...steps.map((step) => ids.indexOf(memoryOfStep.get(step))).filter((rank) => rank !== -1), Number.POSITIVE_INFINITY);
        const answerRank = rankOf(question.answers);
        const outrankedBy = rankOf([...(question.stale ?? []), ...(question.distractors ?? [])]);
        questions.push({
          user: userId,
          question: question.question,
          found: ids.some((id) => answerIds.has(id)),
          answerRank,
          outranked: outrankedBy < answerRank,
          top: hits.map((hit) => hit.memory.text),
          // What the question should find, to read a miss.
          answers: question.answers.map((step) => user.statements.find((said) => said.step === step)?.text),
        });
      }
    }
  }
  await close();
  return { rows, questions, llm };
}

/** The truth about a pair the service asks a model about, inside a stream: what the statement being added says of the earlier one. */
function labelInStream(current, earlier, later) {
  const statement = current.step;
  if (statement === undefined || statement.text !== later) return 'neutral';
  const related = new Set(statement.relatedTo ?? []);
  const earlierIsRelated = current.user.statements.some((other) => related.has(other.step) && other.text === earlier);
  if (!earlierIsRelated) return 'neutral';
  return statement.expected === 'new' ? 'neutral' : statement.expected;
}

export function summarizeStream({ rows, questions, llm }) {
  return {
    statements: rows.length,
    accuracy: share(rows),
    onTarget: rows.filter((row) => row.onTarget).length / rows.length,
    perLabel: Object.fromEntries(OUTCOMES.map((label) => [label, share(rows.filter((row) => row.expected === label))])),
    lostFacts: rows.filter((row) => row.expected === 'neutral' && (row.actual === 'superseded' || row.actual === 'same')).length,
    wronglyArchived: rows.reduce((sum, row) => sum + row.wronglyArchived, 0),
    leftCurrent: rows.reduce((sum, row) => sum + row.leftCurrent, 0),
    llmMedian: median(llm),
    llmMean: mean(llm),
    questions: questions.length,
    recallAt3: questions.length === 0 ? 0 : questions.filter((question) => question.found).length / questions.length,
    outranked: questions.filter((question) => question.outranked).length,
    missedQuestions: questions.filter((question) => !question.found),
    mistakes: rows.filter((row) => row.actual !== row.expected),
  };
}

/** Labelled pairs in the shape of stream rows: the later statement, with the earlier one as its only candidate. */
export function pairsAsRows(cases) {
  return cases.map((entry) => ({ text: entry.later, candidates: [{ text: entry.earlier, score: 1, truth: entry.expected }] }));
}

/**
 * How often each reading of the offline rules is right on the pairs an add really compares (the
 * candidates a search finds in a stream, most of them distinct facts) or on labelled pairs (`pairsAsRows`):
 * per relation, the outcome it reads as, how many, how many right, the
 * Laplace-smoothed precision and the true labels.
 */
export async function readingsOnCandidates(rows, judge) {
  const byRelation = new Map();
  for (const row of rows) {
    for (const candidate of row.candidates) {
      if (candidate.text === undefined) continue;
      const verdict = await judge.judge({ text: candidate.text }, { text: row.text }, candidate.score);
      const stats = byRelation.get(verdict.relation) ?? {
        relation: verdict.relation,
        outcome: verdict.outcome,
        count: 0,
        right: 0,
        labels: {},
      };
      stats.count++;
      if (verdict.outcome === candidate.truth) stats.right++;
      stats.labels[candidate.truth] = (stats.labels[candidate.truth] ?? 0) + 1;
      byRelation.set(verdict.relation, stats);
    }
  }
  return [...byRelation.values()]
    .map((stats) => ({ ...stats, precision: (stats.right + 1) / (stats.count + 2) }))
    .sort((a, b) => b.count - a.count);
}
