import type { ScoredMemory } from '@casual-memory/core';
import { contentOf, type StatementAttribute } from '../offline/analyze-statement';
import { capitalized } from '../offline/capitalized';
import {
  clausesOf,
  endedThing,
  LOOSE_READINGS,
  ONLY_NOW,
  type StatementComparison,
  type StatementRelation,
} from '../offline/compare-statements';
import { FAMILY_OR_PET_WORD } from '../offline/implied-owner';
import { kinWordsInEnglish } from '../offline/kin-words-in-english';
import { NAMED_PERSON, nameOf, sameSubject, splitKind } from '../offline/same-subject';
import { analyzeCached, compareTexts } from '../offline/statement-cache';
import { stemWord } from '../offline/stem-word';
import { stripAsides } from '../offline/strip-asides';
import { switchedFrom } from '../offline/switched-from';
import { ACT_ON_THE_USER, EVENTS, NOT_NAMES, PEOPLE_AND_ANIMALS } from '../offline/word-lists';
import { ASKS_OWN_NAME, OWN_NAME_HERE, SAYS_OWN_NAME, saysOwnName } from './own-name';
import { saidInPassing } from './small-talk';

/**
 * How many hits past `topK` a query reads, so a fact about the right person can move up. Ten, not five: on
 * the development stream recall@3 went 94.4% -> 96.1% (outranked 5 -> 4); the training streams did not move.
 */
export const RERANK_EXTRA = 10;
/**
 * A query ranks at least this many hits, then returns the first `topK`: the reordering (a newer statement first,
 * one pulled in from further down) works on the ranked list, so ranking only `topK` of them made the first answer
 * change with `topK` ("where do I live" answered differently with `--top-k 1`, 3 and 10). Any `topK` up to this
 * gives the first ones of one list.
 */
export const RANKED_AT_LEAST = 5;

// Taken off a hit's score for ordering only when it is about someone other than the one asked about:
// "where do I live" must rank "I live in Porto" above "my sister lives in Boston", whatever the cosine.
const OTHER_SUBJECT_PENALTY = 0.15;

// A later statement about the same one, this close to the question as an earlier one, is read first. When
// the offline rules missed that it replaced the earlier ("I take sertraline, 50mg daily" / "New sertraline
// dose as of today: 100mg daily"), both stay current, and the newer is the likelier answer.
const NEWER_FIRST_MARGIN = 0.1;
// How far behind an older hit a newer one about the same one may be and still go first, when the rules read
// it as another thing said of it that does not also hold beside it ("maman is coming to visit in october, from
// the 3rd" / "maman changed her flights, she's coming october 10 to 20 now"; one read as a change of it goes
// first from any distance, see `mayReplace`).
// Only the order inside `topK` moves. Answers outranked by a stale or someone else's fact on the training
// streams, sentence encoder, offline: 50 -> 42 (look-alikes 12 -> 10, everyday 2 16 -> 10, none up); hashing
// 43 -> 41; perfect model 15 -> 13. Answers first: 251 -> 254 of 360 (hashing 192 -> 196); the six lost went
// under a later mention of the same thing ("Dr Rao wants bloodwork before the knee surgery"). 0.25, not more,
// so a clearly closer older statement (0.3 ahead) stays first.
const NEWER_FIRST_MARGIN_FOR_A_CHANGE = 0.25;
// Relations under which the later statement is about something else: being later then says nothing. Other
// values of one thing ("compatible": "booked Ghana, flying on the 8th" / "flying on the 10th now") are not apart:
// on the training everyday streams (set W) letting them move cut outranked answers from 12 to 8; the other
// training streams did not move.
const APART: ReadonlySet<StatementRelation> = new Set(['different-subject', 'different-attribute']);
// Relations under which the later statement says the earlier no longer holds. The rules may have read one too
// weakly to supersede at the add, or never compared the two (below the similarity floor); the later is then
// still the likelier answer. Pulling such hits in from past `topK` took recall@3 on the training look-alike
// streams from 93.3% to 96.7% and, with hashing, on the training everyday streams from 45.0% to 50.0%.
const SAYS_CHANGED: ReadonlySet<StatementRelation> = new Set(['value-change', 'update', 'loose-update', 'one-word-update', 'correction']);
// What moves a newer hit first when further behind than NEWER_FIRST_MARGIN: a change (from any distance), or
// another thing said of the same one (up to NEWER_FIRST_MARGIN_FOR_A_CHANGE behind, unless both hold).
const READ_AS_CHANGED: ReadonlySet<StatementRelation> = new Set([...SAYS_CHANGED, 'compatible']);

// Added to a hit's score for ordering, times the share of the question's content words it holds: "which vets
// is Tyson with?" finds "Tyson's registered at Ashfield Vets" below three other facts about Tyson by cosine.
// Recall@3 on the training streams, sentence encoder: offline everyday 2 68.3% -> 71.7%, the other three
// unchanged (outranked 55 -> 57); with the perfect model 3 of 4 up (80.0% -> 83.3% on everyday 2), one
// answer lost on the development stream, outranked 19 -> 14. With hashing, offline, all four up (50.0% ->
// 53.3% on both everyday sets). 0.1 moved less; 0.3 lost answers on the everyday streams with the model.
const QUESTION_WORDS_WEIGHT = 0.2;
// A question of one content word ("where do I work?") names only what it asks, which other facts say in
// another sense ("afternoons work better for me"): it gets no bonus, unless the word is a thing of someone's
// ("when is my flight?"; see `asksForAThing`).
const MIN_QUESTION_WORDS = 2;
// Added to a hit's rank when it states the attribute the question asks for (see `statesAsked`).
const ASKED_ATTRIBUTE_WEIGHT = 0.1;
// Added to a hit's rank when it gives the user's own name and the question asks for it: "what is my name" had put
// "We adopt another cat, name Milo" (a name, of a cat) above "Hi lah, I'm Mei-Ling Tan".
const OWN_NAME_WEIGHT = 0.4;

// Added to a hit's rank, times how late its statement was said among the hits (0 the earliest, 1 the latest),
// when it is about whom the question asks: of two facts close to a question, the later is the likelier to hold
// now, whether or not the rules saw that it replaced the other. Recall@3 on the training streams, sentence
// encoder, offline: everyday 71.7% -> 85.0% and 76.7% -> 81.7%, look-alikes 95.0% -> 96.7%, the development
// stream unchanged (96.1%); hashing: everyday 53.3% -> 63.3% and 48.3% -> 61.7%; perfect model: everyday
// 88.3% -> 93.3% and 85.0% -> 86.7%. 0.15 and above lost answers on the development stream, where most answers
// are facts said once, early, and never changed. Giving it only to a hit that has an earlier look-alike among
// the hits kept "afternoons work better for me" under "I'm unemployed" but gave back half the gain.
const RECENCY_WEIGHT = 0.1;
// The same for a question that asks what holds now ("where am I living now?", "am I still climbing?", "what's
// my coffee order these days?"): there the later fact is the one asked for. Recall@3 against 0.1 for every
// question, sentence encoder, offline: training everyday 85.0% -> 88.3% and 83.3% -> 85.0% (outranked 20 -> 17,
// 18 -> 17), the development stream and look-alikes unchanged; hashing: development 76.7% -> 78.3%, everyday 2
// 63.3% -> 65.0% (outranked 13 -> 10), look-alikes 86.7% -> 85.0%. 0.4 lost an answer on the development stream.
const RECENCY_WEIGHT_NOW = 0.3;
// Words a question says only to ask ("am I still going to Lourdes in May?"): what it asks about is the rest.
const ASKED_IN_PASSING: ReadonlySet<string> = new Set(['going', 'gonna']);
// A question for what holds ("what meds am I on?", "where do I work?"), not for what ended or was ("what did I
// quit?", "do I still smoke?"): a statement that something ended ("I no longer take vitamin D") does not answer it.
const ASKS_WHAT_HOLDS = /^\W*(?:what|what's|which|where|who|who's|how (?:much|many|often))\b/i;
const ASKS_OF_AN_END =
  /\b(?:did|was|were|used to|stop\w*|quit\w*|gave up|give up|given up|no longer|anymore|any more|before|ended|left|last|previous\w*|old|former\w*|ex)\b/i;
const ASKS_WHAT_HOLDS_NOW =
  /\b(?:now|nowadays|these days|at the moment|at the minute|at present|currently|still|anymore|any more|lately)\b/i;

interface RankedHit {
  hit: ScoredMemory;
  subject: string;
  /** About someone other than the one the question asks about (set back by the penalty). */
  aboutOther: boolean;
  /** The score, set back when the hit is about someone or something else than asked. */
  closeness: number;
  /** `closeness` with the bonus for the question's words the hit holds: the order. */
  rank: number;
  saidAt: number;
  /** States what the question asks for, about whom it asks ("moved from são paulo to berlin" for "where do i live"). */
  answers: boolean;
  /** Gives the user's own name, which the question asks for ("I'm Mei-Ling Tan" for "what is my name"). */
  givesOwnName: boolean;
}

/**
 * The hits in the order a person asking `question` expects, cut to `topK`: by similarity, the question's
 * words each holds and how late it was said, with facts about someone else (a sister, a friend, a dog) after
 * facts about whom the question is about; then, among those `topK`, a newer statement about the same one goes
 * before the older when close in score, or up to 0.25 behind when the rules read it as a change of the older. A hit
 * past `topK` that the rules read as a change of one within it takes a place, right before it (the last leaves).
 * Scores are returned unchanged.
 */
export function rankForQuestion(question: string, hits: readonly ScoredMemory[], topK: number): ScoredMemory[] {
  return rankTold(inFirstPerson(question, hits), hits, topK);
}

/**
 * `rankForQuestion` for a question already told in the first person (`inFirstPerson`), as `query` has it. `alsoSaid`:
 * texts of archived memories the search came across, read only for who they say someone is.
 */
export function rankTold(typed: string, hits: readonly ScoredMemory[], topK: number, alsoSaid: readonly string[] = []): ScoredMemory[] {
  const read = hits.map((hit) => subjectOf(hit.memory.text));
  const archivedSubjects = alsoSaid.map(subjectOf);
  const question = withNamesCapitalised(typed, hits, read);
  const asked = askedAbout(question);
  const askedStatement = analyzeCached(question);
  const askedAttribute = askedStatement.attribute ?? attributeAskedOf(question, asked);
  const askedWords = [...new Set(contentOf(askedStatement.tokens))].filter((stem) => !ASKED_IN_PASSING.has(stem));
  const possessed = askedWords.length === 1 && asksForAThing(question, askedWords[0]!);
  const asksWho = ASKS_WHO_IS_MY.test(question);
  const asksWhatHolds = ASKS_WHAT_HOLDS.test(question) && !ASKS_OF_AN_END.test(question);
  const asksOwnName = ASKS_OWN_NAME.test(question);
  const times = hits.map(saidAt);
  const lateness = latenessOf(times);
  const recencyWeight = ASKS_WHAT_HOLDS_NOW.test(question) ? RECENCY_WEIGHT_NOW : RECENCY_WEIGHT;
  const subjects = withNamesKnown(read, hits, archivedSubjects);
  const ranked = hits.map((hit, at): RankedHit => {
    const subject = subjects[at]!;
    const unknown = subject === UNKNOWN || (asked === 'user' && knownByNameOnly(subject));
    const aboutOther = !unknown && !sameSubject(asked, subject) && !namesAsked(asked, hit, subject) && !(asksWho && oneOfTheUsers(subject));
    const givesOwnName = asksOwnName && saysOwnName(hit.memory.text);
    // Asked for the user's name, a name given to anyone else ("the dog next door is called Rex") is someone else's.
    const penalty =
      !givesOwnName &&
      (aboutOther ||
        asksOwnName ||
        otherAttribute(askedAttribute, hit) ||
        saidInPassing(hit.memory.text) ||
        (asksWhatHolds && onlyEnds(hit)))
        ? OTHER_SUBJECT_PENALTY
        : 0;
    const closeness = hit.score - penalty;
    const recency = aboutOther ? 0 : recencyWeight * lateness[at]!;
    // Only a hit surely about whom the question asks: "Sam lives in Redland too" states a home, not the user's.
    const answers = asksOwnName ? givesOwnName : sameSubject(asked, subject) && statesAsked(askedAttribute, hit);
    const rank =
      closeness +
      QUESTION_WORDS_WEIGHT * shareHeld(askedWords, hit, possessed) +
      recency +
      (answers ? ASKED_ATTRIBUTE_WEIGHT : 0) +
      (givesOwnName ? OWN_NAME_WEIGHT : 0);
    return { hit, subject, aboutOther, closeness, rank, saidAt: times[at]!, answers, givesOwnName };
  });
  // Equal ranks (two hits set back from the same score) go newest first, then by id: never by the order a
  // store happened to return them in, so a store and its copy answer alike.
  ranked.sort((a, b) => b.rank - a.rank || b.saidAt - a.saidAt || a.hit.id.localeCompare(b.hit.id));
  return newerFirst(pullChangesIn(ranked, topK)).map((entry) => entry.hit);
}

/**
 * The first `topK` of `ranked`, where a later hit that says one of them changed ("switched to the Biscuit
 * Factory wall" for "started bouldering at Alien Rock") goes right before it, and the last of the `topK` leaves.
 */
function pullChangesIn(ranked: readonly RankedHit[], topK: number): RankedHit[] {
  const top = ranked.slice(0, topK);
  for (const newer of ranked.slice(topK)) {
    const place = top.findIndex((older) => laterAboutSameOne(older, newer) && saysChanged(older, newer, comparisonOf(older, newer)));
    if (place === -1) continue;
    top.splice(place, 0, newer);
    top.pop();
  }
  return top;
}

/**
 * Moves each newer statement ahead of an older one it may have replaced. Every move puts a strictly newer hit
 * in a place, so it ends; the list is at most `topK` long, and reads only cached statement analyses.
 */
function newerFirst(ranked: RankedHit[]): RankedHit[] {
  for (let place = 0; place < ranked.length; place++) {
    const older = ranked[place]!;
    const newer = ranked.findIndex((other, at) => at > place && mayReplace(older, other) && mayPass(ranked.slice(place + 1, at), other));
    if (newer === -1) continue;
    ranked.splice(place, 0, ...ranked.splice(newer, 1));
    place--;
  }
  return ranked;
}

/**
 * A newer hit that goes before one it may have replaced passes the hits between them too: not one far closer to the
 * question that it does not say changed. "actually gym is Monday and Thursday now" (0.21) is newer than, and close
 * to, "to be clear, I'm working at Grab now" (0.22), which went before "I earn 8.5k a month at Grab" (0.68) as a
 * change of it; the gym went first for "how much I earn".
 */
function mayPass(between: readonly RankedHit[], newer: RankedHit): boolean {
  return between.every(
    (passed) =>
      passed.closeness - newer.closeness <= NEWER_FIRST_MARGIN_FOR_A_CHANGE ||
      (laterAboutSameOne(passed, newer) && saysChanged(passed, newer, comparisonOf(passed, newer))),
  );
}

// "My old college roommate Mei is a firefighter" is newer than "my roommate works as a pharmacist" and
// about a roommate too, but a question about Kat is not about Mei: a hit about someone else never moves
// ahead of one about whom the question asks. The margin is of similarity: an older statement that holds more
// of the question's words ("how much sertraline do I take?" / "I take sertraline, 50mg daily") is no further
// ahead of the newer one that replaced it.
function mayReplace(older: RankedHit, newer: RankedHit): boolean {
  if (!laterAboutSameOne(older, newer) || (older.givesOwnName && !newer.givesOwnName)) return false;
  const comparison = comparisonOf(older, newer);
  // Read as saying the older changed, it goes first however far behind, as one from past the ranked hits is
  // pulled in (`pullChangesIn`): "ruth moved my lessons to wednesdays" 0.36 behind "cello lessons are monday nights".
  // Training streams, sentence encoder, offline: 451 -> 452 of 484 answers in the top 3, outranked 41 -> 39;
  // hashing: outranked 42 -> 41; the perfect model unchanged.
  if (saysChanged(older, newer, comparison)) return true;
  // "doc switched me from atorvastatin to rosuvastatin" shares only "doc" with "doc upped the metoprolol to 95mg": what
  // it ends is nothing the older holds, so it is about something else, however close.
  if (LOOSE_READINGS.has(comparison.relation) && endsAnotherThing(older, newer)) return false;
  const behind = older.closeness - newer.closeness;
  if (behind > NEWER_FIRST_MARGIN_FOR_A_CHANGE) return false;
  // Close behind, a newer hit goes first when it may be about the older; not past one that answers the question
  // when it does not, unless read as a change of it ("raised my day rate" is newer than "moved from são paulo to
  // berlin", but only the older answers "where do i live").
  if (behind <= NEWER_FIRST_MARGIN)
    return mayBeAbout(comparison.relation, newer) && (!older.answers || newer.answers || READ_AS_CHANGED.has(comparison.relation));
  // Further behind, another thing said of it goes first only past one that does not itself answer the question ("wor
  // Chelsea's 20 noo" answers "how old is wor Chelsea?", "chelsea passed her second year exams" does not).
  return comparison.relation === 'compatible' && comparison.bothHold !== true && (!older.answers || newer.answers);
}

/** The rules read `newer` as saying `older` no longer holds (`SAYS_CHANGED`), and not from a person's name alone. */
function saysChanged(older: RankedHit, newer: RankedHit, comparison: StatementComparison): boolean {
  if (!SAYS_CHANGED.has(comparison.relation)) return false;
  if (LOOSE_READINGS.has(comparison.relation) && endsAnotherThing(older, newer)) return false;
  return comparison.relation !== 'one-word-update' || !sharesOnlySomeone(older, newer);
}

/**
 * "I've stopped drinking, no more Guinness, doc said its bad for my sugars" shares "sugars" with "Doctor upped my
 * metformin to 1000mg, my sugars was too high", but what it ends, drinking, the older one does not hold: read loosely, it
 * is no change of it (it went first for "what dose of metformin do I take").
 */
function endsAnotherThing(older: RankedHit, newer: RankedHit): boolean {
  // "I switched my allergy pill from cetirizine to Claritin" ends the cetirizine, not "I am allergic to penicillin".
  const ended = endedThing(newer.hit.memory.text) ?? [switchedFrom(newer.hit.memory.text)?.from].filter((stem) => stem !== undefined);
  if (ended.length === 0) return false;
  const held = analyzeCached(older.hit.memory.text).tokens;
  return !ended.some((stem) => held.includes(stem));
}

/**
 * The hit says only that something ended ("I no longer take vitamin D", "stopped therapy, too $$"), not what
 * holds instead ("Theo sold the outback and got a 2022 Mazda CX-5").
 */
function onlyEnds(hit: ScoredMemory): boolean {
  const text = hit.memory.text;
  return endedThing(text) !== undefined && !TELLS_WHAT_INSTEAD.test(text) && clausesOf(analyzeCached(text)).length <= 2;
}
const TELLS_WHAT_INSTEAD = /\b(?:got|get|bought|buy|new|now|instead|started|starting|switched|took up|taken up|on to|onto)\b/i;

/**
 * A change read from one word in common is right about one time in five on the training streams' candidates;
 * when that word only names someone who acts ("My doctor upped the amlodipine to 10mg" / "I don't drink beer
 * anymore, the doctor told me to stop"), it says nothing of one thing, and the newer hit does not jump ahead.
 */
function sharesOnlySomeone(older: RankedHit, newer: RankedHit): boolean {
  const newerTokens = analyzeCached(newer.hit.memory.text).tokens;
  const shared = analyzeCached(older.hit.memory.text).content.filter((stem) => newerTokens.includes(stem));
  return shared.length > 0 && shared.every((stem) => PEOPLE_AND_ANIMALS.has(stem));
}

/**
 * For each time a hit was said, the share of the other hits said before it: 0 for the earliest, 1 for the
 * latest. Hits said at the same moment get the same share, so the order a store returned them in does not matter.
 */
function latenessOf(times: readonly number[]): number[] {
  if (times.length < 2) return times.map(() => 0);
  return times.map((time) => times.filter((other) => other < time).length / (times.length - 1));
}

/**
 * The share of `words` (stems) that the hit's statement holds; 0 when the question has fewer than two, unless its
 * one word is a thing it asks for (`possessed`).
 */
function shareHeld(words: readonly string[], hit: ScoredMemory, possessed = false): number {
  if (words.length < MIN_QUESTION_WORDS && !possessed) return 0;
  const tokens = analyzeCached(hit.memory.text).tokens;
  return words.filter((word) => tokens.includes(word)).length / words.length;
}

// "when is my flight?", "what's our wifi password": the one word a question asks about after "my" names a thing.
// "do I have diabetes?", "am I on metformin?": what one has or is on is a thing too.
const POSSESSED = /\b(?:my|our|his|her|their|i have|i on)\s+([a-z]+)\b/gi;

/** The question's one content word (`stem`) is a thing of someone's it asks about, not a verb ("where do I work?"). */
function asksForAThing(question: string, stem: string): boolean {
  return [...question.matchAll(POSSESSED)].some((match) => stemWord(match[1]!.toLowerCase()) === stem);
}

/** `newer` was said later, about the same one, and is not about someone else when `older` is about whom the question asks. */
function laterAboutSameOne(older: RankedHit, newer: RankedHit): boolean {
  return newer.saidAt > older.saidAt && (older.aboutOther || !newer.aboutOther) && sameSubject(older.subject, newer.subject);
}

function comparisonOf(older: RankedHit, newer: RankedHit): StatementComparison {
  return compareTexts(older.hit.memory.text, newer.hit.memory.text);
}

// A newer statement sharing no word with the older goes first only when it says something changed.
function mayBeAbout(relation: StatementRelation, newer: RankedHit): boolean {
  if (APART.has(relation)) return false;
  // Not "now" alone: "I'm teetotal now mind." says what holds, no change of something else ("physio's finished! …, only
  // the exercises at home now" ends a thing).
  if (relation !== 'unrelated') return true;
  const text = newer.hit.memory.text;
  return analyzeCached(text).changeWords.some((word) => !ONLY_NOW.has(word.toLowerCase())) || endedThing(text) !== undefined;
}

/**
 * "Oops, my cat is called Miso, not Mochi — autocorrect got me" reads as about the user (its last clause),
 * but names the cat a question asks about: a hit that names the person or animal asked about, by name or
 * kind, is not set back. On the training streams this cut outranked answers by 1 to 2 on each, with no
 * answer lost.
 */
function namesAsked(asked: string, hit: ScoredMemory, subject: string): boolean {
  if (asked === 'user') return false;
  const [kind = asked, name] = asked.split(':');
  const [base] = splitKind(kind);
  if (kind !== NAMED_PERSON && !PEOPLE_AND_ANIMALS.has(base)) return false;
  const words = new Set([name ?? base, stemWord(name ?? base)]);
  const tokens = analyzeCached(hit.memory.text).tokens;
  // "Bruce has got a dog called Moss too": about Bruce, and the Moss it names is his dog, not the one asked about.
  const anothersNamed = subject.startsWith(`${NAMED_PERSON}:`);
  // "Divya moved to Hyderabad for her husband's job", "Cian's mam is called Bernie too" name a husband and a mam, but
  // another's: not the one "my husband" asks about.
  return tokens.some(
    (token, at) =>
      words.has(token) && !ownedByAnother(tokens[at - 1] ?? '', hit.memory.text) && !(anothersNamed && CALLED.has(tokens[at - 1] ?? '')),
  );
}
const CALLED: ReadonlySet<string> = new Set(['called', 'named'].map(stemWord));

/**
 * "how old is Ellie?", "where does Tracey live?": the attribute a question asks of someone by name, read as it is
 * read of "my friend" ("how old is my friend?"); the question alone opens with no one it reads as its subject.
 */
function attributeAskedOf(question: string, asked: string): StatementAttribute | undefined {
  const [kind, name] = asked.split(':');
  if (kind !== NAMED_PERSON || name === undefined || !/^[a-z][a-z'-]*$/.test(name)) return undefined;
  return analyzeCached(question.replace(new RegExp(`\\b${name}\\b`, 'i'), 'my friend')).attribute;
}

function ownedByAnother(owner: string, text: string): boolean {
  return OTHERS_OWNER.has(owner) || (/^[a-z]+$/.test(owner) && new RegExp(`\\b${owner}['’]s\\s`, 'i').test(text));
}
const OTHERS_OWNER: ReadonlySet<string> = new Set(['her', 'his', 'their']);

// "who's my cardiologist?", "who is our landlord now?": asks for one of the user's people, whom the answer is about.
const ASKS_WHO_IS_MY = /^\W*who(?:'s|\s+is|\s+are|\s+was)\s+(?:my|our)\s/i;

/**
 * One who acts for the user, by role ("My heart doctor is Dr. Mercer", "my landlord's called Imran"): for "who's my
 * cardiologist?" such a hit is not about someone else (set back, it came 8th). Not kin or friends: "my old college
 * roommate Mei is allergic to sulfa" stays set back for "who's my employer?".
 */
function oneOfTheUsers(subject: string): boolean {
  const [kind = subject] = subject.split(':');
  return kind !== NAMED_PERSON && ACT_ON_THE_USER.has(splitKind(kind)[0]);
}

/**
 * "Sumatriptan is now 100mg", "Netflix went up to $18": a statement that opens with a name may be about
 * a thing of the user's as well as a person, so a question about the user does not set it back.
 */
function knownByNameOnly(subject: string): boolean {
  return subject.startsWith(`${NAMED_PERSON}:`) && !subject.includes("'s ");
}

/**
 * "What time do I usually go to bed?" asks for one thing that has one value (the bedtime): a hit that
 * states another such thing ("I usually get up at 10:30") is set back like a fact about someone else.
 */
function otherAttribute(asked: StatementAttribute | undefined, hit: ScoredMemory): boolean {
  if (asked === undefined || !asked.single) return false;
  const stated = analyzeCached(hit.memory.text).attribute;
  // A job title and a workplace answer one question ("where do I work?" / "I'm unemployed at the moment").
  return stated?.single === true && stated.key !== asked.key && !(stated.category === 'job' && asked.category === 'job');
}

/**
 * "where do I live?" asks for the place one lives: a hit that states it ("I live in a little cottage in Askrigg")
 * answers it, whatever other fact is newer or as close ("I go to the Wensleydale show every August").
 */
function statesAsked(asked: StatementAttribute | undefined, hit: ScoredMemory): boolean {
  if (asked === undefined) return false;
  const read = analyzeCached(hit.memory.text);
  // In any of its clauses: "actually Ellie's 15 not 14, her birthday was last week" gives her age, first.
  return [read, ...clausesOf(read)].some(
    ({ attribute: stated }) =>
      stated !== undefined && (stated.key === asked.key || (stated.category === 'job' && asked.category === 'job')),
  );
}

/** When the statement was last said: a fact said again is as recent as its last mention. */
function saidAt(hit: ScoredMemory): number {
  return (hit.memory.lastSeen ?? hit.memory.firstSeen)?.getTime() ?? 0;
}

// "Where does my cousin Luis live?" is about the cousin: the question words before "my" are dropped so
// the statement reader sees "my cousin Luis live".
// "how much metformin is mum on these days?", "where does dad live now?": a bare family word there is the user's
// own, as a statement that opens with it is ("mum's gp has doubled her metformin").
const QUESTION_OPENING = new RegExp(
  `^\\s*(?:(?:what|where|who|whom|whose|which|when|how|why)\\b[^?]*?\\b(?:is|are|was|were|does|do|did|has|have)\\s+)(?=my\\b|our\\b|${FAMILY_OR_PET_WORD})`,
  'i',
);

// "Where does Chloe live?", "what's Dan's favourite restaurant?": a question about the one named (case
// matters here: the name is capitalised).
// "is Susan married?", "does Dan still drive?": a question that opens with its verb asks about the one named next.
// "how old is our Chelsea?" (Geordie "wor Chelsea"): one of the family, named.
const QUESTION_OPENING_BEFORE_NAME =
  /^\s*(?:(?:what|where|who|whom|whose|which|when|how|why)\b[^?]*?\b(?:is|are|was|were|does|do|did|has|have)\s+|(?:what|where|who|when|how)'s\s+|(?:is|was|does|did|has|can|will)\s+)(?:our\s+)?(?=([A-Z][a-z]+)\b)/;

/** Whom `question` asks about: the user, someone by kin ("my cousin Luis"), or someone by name ("Chloe"). */
function askedAbout(typed: string): string {
  // "how old is abbu?", "where does wor Davey live?": kin and dialect words read in English, as statements are.
  const question = kinWordsInEnglish(typed);
  const opened = question.replace(/^\s*[A-Z]/, (first) => first.toLowerCase());
  const name = QUESTION_OPENING_BEFORE_NAME.exec(opened)?.[1];
  if (name !== undefined && !NOT_NAMES.has(name)) {
    const subject = subjectOf(opened.replace(QUESTION_OPENING_BEFORE_NAME, ''));
    return subject.startsWith(`${NAMED_PERSON}:`) ? subject : `${NAMED_PERSON}:${name.toLowerCase()}`;
  }
  return subjectOf(question.replace(QUESTION_OPENING, ''));
}

/**
 * "what is zuri allergic to": a name the hits know ("Zuri allergic to peanuts") typed in lower case in the question is
 * that name, so the question is about Zuri, not the user.
 */
function withNamesCapitalised(question: string, hits: readonly ScoredMemory[], subjects: readonly string[]): string {
  const named = (name: string | undefined): string[] =>
    name !== undefined && /^[a-z]{3,}$/.test(name) && !NOT_NAMES.has(capitalized(name)) ? [name] : [];
  // Whom the hits are about, and the name a hit opens with ("Zuri allergic to peanuts fr").
  const names = new Set([
    ...subjects.flatMap((subject) => named(subject.split(':')[1])),
    ...hits.flatMap((hit) => named(/^\W*([A-Z][a-z]{2,})\b(?!\s+[A-Z])/.exec(stripAsides(hit.memory.text))?.[1]?.toLowerCase())),
  ]);
  if (names.size === 0) return question;
  return question.replace(/\b[a-z]{3,}\b/g, (word) => (names.has(word) ? capitalized(word) : word));
}

// "Her birthday's April 23rd", "he drives a Prius": about someone named before, whom the text does not say.
const UNKNOWN = 'unknown';
const OPENS_WITH_PRONOUN = /^\W*(?:she|he|her|his|they|their|them|him)\b/i;

/**
 * The user (`self`, no person named, or an event of the user's: "my lessons", "my flight"), another person or
 * thing with its name when given ("cousin:luis"), or unknown. The rules keep an event apart from the user so
 * "my appointment got moved" is no new home; for a question, "ruth moved my lessons to wednesdays" and "cello
 * lessons are monday nights" are both the user's. Training streams, sentence encoder, offline: recall@3 on
 * look-alikes 96.7% -> 98.3% and everyday 2 86.7% -> 88.3%; with the perfect model one answer lost (98.3%).
 */
function subjectOf(text: string): string {
  const subject = analyzeCached(text).subject;
  if (subject === 'thing' && OPENS_WITH_PRONOUN.test(stripAsides(text))) return UNKNOWN;
  return subject === 'self' || subject === 'thing' || EVENTS.has(subject) ? 'user' : subject;
}

/**
 * "agnieszka's due date moved to 12 july" opens with a name typed in lower case, which the reader takes for a
 * thing of the user's; when another hit names her ("my sister Agnieszka is pregnant"), it is about her. So when an
 * archived memory the search found does (`alsoKnown`, their subjects): a move archives "my sister Carina lives in
 * Pretoria", and "Carina and Jacques moved to Centurion" is still the sister's.
 */
function withNamesKnown(subjects: readonly string[], hits: readonly ScoredMemory[], alsoKnown: readonly string[] = []): string[] {
  const named = new Map<string, string>();
  for (const subject of subjects) {
    const name = subject.split(':')[1];
    if (name === undefined) continue;
    // The one named by kin ("sister:jess") before the name alone ("person:jess").
    const known = named.get(name);
    if (known === undefined || (known.startsWith(`${NAMED_PERSON}:`) && !subject.startsWith(`${NAMED_PERSON}:`))) named.set(name, subject);
  }
  // Of an archived one, only whom a name with a capital is: a name typed small that opens a hit ("steve got promoted")
  // may be a question's about the user, which such a hit answered before (training streams: two answers lost).
  const archivedKin = new Map<string, string>();
  for (const subject of alsoKnown) {
    const name = subject.split(':')[1];
    if (name !== undefined && !subject.startsWith(`${NAMED_PERSON}:`)) archivedKin.set(name, subject);
  }
  if (named.size === 0 && archivedKin.size === 0) return [...subjects];
  return subjects.map((subject, at) => {
    // "Jess moved to York" after "my sister Jess lives in Leeds": the sister, by her name alone.
    const name = nameOf(subject);
    if (name !== undefined) {
      const known = named.get(name);
      return (known?.startsWith(`${NAMED_PERSON}:`) === false ? known : archivedKin.get(name)) ?? known ?? subject;
    }
    if (subject !== 'user') return subject;
    const first = /^\W*([a-z]+)(?:'s\b|\b)/i.exec(stripAsides(hits[at]!.memory.text))?.[1]?.toLowerCase();
    return (first !== undefined && named.get(first)) || subject;
  });
}

const HELPER_VERB_BEFORE: Readonly<Record<string, string>> = { does: 'do I', is: 'am I', has: 'have I', was: 'was I' };

/**
 * The question told in the first person when it names the user: "Where does the user live?" and, when a hit
 * has the user give their name ("hey! tomasz here"), "Where does Tomasz live?" read as "Where do I live?", and
 * "Bronwen's dad" as "my dad". Otherwise every fact of the user's would be set back as about someone else.
 */
export function inFirstPerson(question: string, hits: readonly ScoredMemory[]): string {
  const told = theUserAsI(question);
  const name = ownNameIn(hits, told);
  if (name === undefined) return told;
  // "where does tessa work these days?": typed all in lower case, the name is matched so.
  const flags = typedInLowerCase(told) ? 'gi' : 'g';
  const mine = told
    .replace(new RegExp(`\\b(does|is|has|was) ${name}\\b(?!'s)`, flags), (_, verb: string) => HELPER_VERB_BEFORE[verb]!)
    .replace(new RegExp(`\\b${name}'s\\b`, flags), 'my')
    // "Who is driving Walt to his surgery?": the user as the object, and "his" theirs when no one else is named.
    .replace(new RegExp(`\\b(\\w+ing|to|for|with|about|from|at) ${name}\\b`, flags), '$1 me')
    .replace(new RegExp(`\\b${name}\\b`, flags), 'I');
  return /(?<!^)\b[A-Z][a-z]+\b/.test(mine.replace(/\bI\b/g, '')) ? mine : mine.replace(/\b(?:his|her|their)\b/g, 'my');
}

/** "Where does the user live?", as an agent asks, in the first person: "Where do I live?". */
export function theUserAsI(question: string): string {
  return question
    .replace(/\bthe user's\b/gi, 'my')
    .replace(/\b(does|is|has|was) the user\b/gi, (_, verb: string) => HELPER_VERB_BEFORE[verb.toLowerCase()]!)
    .replace(/\bthe user\b/gi, 'I');
}

/** The user's own name, as a hit gives it, when the question names it (capitalised, as a name is asked). */
function ownNameIn(hits: readonly ScoredMemory[], question: string): string | undefined {
  for (const hit of hits) {
    for (const match of [...hit.memory.text.matchAll(SAYS_OWN_NAME), ...hit.memory.text.matchAll(OWN_NAME_HERE)]) {
      const said = match[1]!;
      const name = capitalized(said.toLowerCase());
      if (name.length > 1 && !NOT_NAMES.has(name) && namesAPerson(question, name)) return name;
    }
  }
  // No hit says the name: when none names the one asked about either, the question is likelier about the user.
  const named = askedName(question);
  if (named === undefined) return undefined;
  const word = new RegExp(`\\b${named}\\b`, 'i');
  return hits.some((hit) => word.test(hit.memory.text)) ? undefined : named;
}

/**
 * The question names `name` where a person stands: after a helper verb or a verb of doing, with "'s", or first.
 * "I'm Jewish" gives no name to "What Jewish holidays do I keep?".
 */
function namesAPerson(question: string, name: string): boolean {
  return new RegExp(
    `\\b(?:does|do|did|is|was|has|have|will|can|\\w+ing|to|for|with|about|from|at) ${name}\\b|\\b${name}'s\\b|^\\W*${name}\\b`,
    typedInLowerCase(question) ? 'i' : '',
  ).test(question);
}

/** No capital letter anywhere: a question typed as a chat is, where a capital says nothing of a name. */
const typedInLowerCase = (question: string): boolean => question === question.toLowerCase();

/** The capitalised name a question asks about ("Where does Walt live?", "what's Dan's job?"), if any. */
function askedName(question: string): string | undefined {
  const opened = question.replace(/^\s*[A-Z]/, (first) => first.toLowerCase());
  const name = QUESTION_OPENING_BEFORE_NAME.exec(opened)?.[1] ?? /\b([A-Z][a-z]+)'s\b/.exec(opened)?.[1];
  if (name === undefined || NOT_NAMES.has(name)) return undefined;
  // "my coworker Derek's birthday": someone of the user's, named.
  return new RegExp(`\\b(?:my|our|his|her|their|the|a)\\s+(?:[a-z-]+\\s+){0,2}${name}\\b`).test(opened) ? undefined : name;
}
