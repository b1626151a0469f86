import type { ScoredMemory } from '@casual-memory/core';
import { contentOf } from '../offline/analyze-statement';
import { analyzeCached } from '../offline/statement-cache';
import { stemWord } from '../offline/stem-word';
import { PEOPLE_AND_ANIMALS } from '../offline/word-lists';

// Words of a question that ask, not what it asks about: "what dose of bisoprolol am I on now?" asks about
// "dose bisoprolol".
const ASKING_WORDS: ReadonlySet<string> = new Set(
  'what which who whom whose where when why how much many long often is are am was were do does did have has had can could will would should still now currently these days anymore any more ever tell remind me again'
    .split(' ')
    .map(stemWord),
);

/** A word's stem, without a possessive "'s" ("Noor's" is "noor"). */
const stemOf = (word: string): string => stemWord(word.replace(/'s$/, ''));

/**
 * The words a question asks about, as written, in order ("dose bisoprolol"); undefined when they are all of it
 * or none of it (nothing a second search would add).
 */
export function questionKeywords(question: string): string | undefined {
  const words = question.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
  const kept = words.filter((word) => {
    const stem = stemOf(word);
    return !ASKING_WORDS.has(stem) && contentOf([stem]).length > 0;
  });
  if (kept.length === 0 || kept.length === words.length) return undefined;
  return kept.join(' ');
}

// Taken off the score of a hit found only by a question's keywords: a few words alone sit closer to a statement
// than a whole question does. On the training streams (sentence encoder and hashing, offline and with a perfect
// model) 0 to 0.3 gave the same recall; 0.2 keeps such a hit from looking closer than it is.
const KEYWORD_SCORE_OFFSET = 0.2;

/**
 * The stems of the keywords that say what is asked of someone, not whom it is about: "what's my sister Noor's
 * hobby?" asks for "hobby", and a fact that only names Noor holds nothing asked.
 */
function askedStems(keywords: string): string[] {
  const about = analyzeCached(keywords).subjectWords;
  return keywords
    .split(' ')
    .map(stemOf)
    .filter((stem) => !about.includes(stem) && !PEOPLE_AND_ANIMALS.has(stem));
}

const holds = (hit: ScoredMemory, stems: readonly string[]): boolean => {
  const tokens = analyzeCached(hit.memory.text).tokens;
  return stems.every((stem) => tokens.includes(stem));
};

/**
 * Whether the hits leave the keywords worth a search of their own: none holds every word asked about. "I like
 * tea" found for "do I like tea?" holds it all, so the question is embedded once.
 */
export function worthAKeywordSearch(hits: readonly ScoredMemory[], keywords: string): boolean {
  const stems = askedStems(keywords);
  return stems.length > 0 && !hits.some((hit) => holds(hit, stems));
}

/**
 * The question's hits with those found by its keywords alone that hold one of the words asked about. A hit
 * found both ways keeps its score; one found only by the keywords ("saw Dr Raghavan … put the bisoprolol up to
 * 5mg", far from the whole question in a sentence encoder's space) gets its keyword score less
 * KEYWORD_SCORE_OFFSET, and is left out below `minScore`.
 */
export function withKeywordHits(
  found: readonly ScoredMemory[],
  keywords: string,
  byKeywords: readonly ScoredMemory[],
  minScore: number,
): ScoredMemory[] {
  const seen = new Set(found.map((hit) => hit.id));
  const stems = askedStems(keywords);
  const added = byKeywords
    .filter((hit) => !seen.has(hit.id) && stems.some((stem) => holds(hit, [stem])))
    .map((hit) => ({ ...hit, score: hit.score - KEYWORD_SCORE_OFFSET }))
    .filter((hit) => hit.score >= minScore);
  return [...found, ...added].sort((a, b) => b.score - a.score);
}
