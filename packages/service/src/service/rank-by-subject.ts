import type { ScoredMemory } from '@casual-memory/core';
import { sameSubject } from '../offline/same-subject';
import { analyzeCached } from '../offline/statement-cache';

/** How many hits past `topK` a query reads, so a fact about the right person can move up. */
export const RERANK_EXTRA = 5;

// Taken off a hit's score for ordering only when it is about someone other than the one asked about:
// "where do I live" must rank "I live in Porto" above "my sister lives in Boston", whatever the cosine.
const OTHER_SUBJECT_PENALTY = 0.15;

/**
 * The hits in the order a person asking `question` expects: by similarity, with facts about someone
 * else (a sister, a friend, a dog) after facts about whom the question is about. Scores are returned
 * unchanged; only the order and the cut to `topK` use the penalty.
 */
export function rankBySubject(question: string, hits: readonly ScoredMemory[], topK: number): ScoredMemory[] {
  const asked = subjectOf(questionAsStatement(question));
  const ranked = hits.map((hit, index) => {
    const penalty = sameSubject(asked, subjectOf(hit.memory.text)) ? 0 : OTHER_SUBJECT_PENALTY;
    return { hit, index, rank: hit.score - penalty };
  });
  ranked.sort((a, b) => b.rank - a.rank || a.index - b.index);
  return ranked.slice(0, topK).map((entry) => entry.hit);
}

// "Where does my cousin Luis live?" is about the cousin: the question words before "my" are dropped so
// the statement reader sees "my cousin Luis live".
const QUESTION_OPENING =
  /^\s*(?:(?:what|where|who|whom|whose|which|when|how|why)\b[^?]*?\b(?:is|are|was|were|does|do|did|has|have)\s+)(?=my\b|our\b)/i;

function questionAsStatement(question: string): string {
  return question.replace(QUESTION_OPENING, '');
}

/** The user (`self`, or no person named), or another person or thing with its name when given ("cousin:luis"). */
function subjectOf(text: string): string {
  const subject = analyzeCached(text).subject;
  return subject === 'self' || subject === 'thing' ? 'user' : subject;
}
