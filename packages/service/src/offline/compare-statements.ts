import { anotherAmountPerDay } from './amount-per-day';
import { analyzeStatement, contentOf, SIDE_OF, type Statement, type StatementAttribute, statedValues } from './analyze-statement';
import { doseWritten, namesAMedicine, oneDoseEach, sameAmount } from './another-dose';
import { babyBorn } from './baby-born';
import { capitalized } from './capitalized';
import { healthReadings } from './health-readings';
import { spelledByInitials } from './initials';
import { isNumeric, isTime, NUMERIC } from './is-time';
import { moneyAmounts } from './money-amounts';
import { namedAsLeft } from './named-as-left';
import { namedAsReplaced } from './named-as-replaced';
import { namesWord } from './names-word';
import { DOCTOR_FOR, HAS_AFTER_S_AHEAD, normalizeText } from './normalize-text';
import { offerTaken } from './offer-taken';
import { anotherBreed } from './pet-breed';
import { anotherColour } from './pet-colour';
import { rescheduledEvent } from './rescheduled-event';
import { anotherRoleHolder, sameRoleHolder } from './role-holder';
import { earlierFigureOf, runningTally } from './running-tally';
import { NAMED_PERSON, nameOf, sameSubject } from './same-subject';
import { stemWord } from './stem-word';
import { switchedFrom, switchedKin } from './switched-from';
import {
  changedElsewhere,
  namesOthersTitled,
  sharesOnlyAName,
  sharesOnlyAnOwner,
  sharesOnlyAPlaceInAName,
  TITLE_WORD,
  titledIn,
  titledNamesIn,
} from './whose-only';
import {
  ACT_ON_THE_USER,
  ANIMALS,
  CAR_WORDS,
  EVENTS,
  FIRST_DAY_AT,
  MONTH_OR_SHORT_PATTERN,
  NOT_NAMES,
  ON_A_DAY_PATTERN,
  PAST_VERBS_PATTERN,
  PEOPLE_AND_ANIMALS,
  PRONOUNS,
  STOP_WORDS,
  TIME_WORDS,
  WEEKDAYS,
} from './word-lists';

/**
 * How a later statement relates to an earlier one, as the offline heuristics see it. The NLI provider,
 * the conflict verifier and the duplicate detector all read this one comparison, so they never disagree.
 * - `different-subject`: about different people ("I live in Berlin" / "My sister lives in Rome");
 * - `different-attribute`: the same person, different things (where one lives / where one works);
 * - `unrelated`: no content in common;
 * - `equal`: the same fact; `narrower`: the later one says less than the earlier (still the same fact);
 * - `refinement`: the later one is the same fact made more precise;
 * - `negation`: the same predicate, opposite polarity; `denial`: one denies the thing the other speaks of
 *   ("I've never tried sushi" / "the sushi place by my office is where I eat most Fridays"); `value-change`: another value of a single-valued
 *   attribute, or another number or date for the same thing;
 * - `update`: either of those, or a related statement, said as a change ("moved to", "no longer", "now");
 * - `loose-update`: a strong change word ("sold", "switched", "moved") with two or three words in common;
 *   `one-word-update`: the same with one word in common ("Tennis moved to Thursdays"), right about a third
 *   of the time on the pairs a search finds, so the rules do not act on it alone;
 * - `correction`: the later one says it corrects the earlier ("actually", "I meant", "Marathi, not Hindi");
 * - `compatible`: other values of a many-valued attribute (pets, languages, likes): both can be true;
 * - `unclear`: related but the rules cannot tell.
 */
export type StatementRelation =
  | 'different-subject'
  | 'different-attribute'
  | 'unrelated'
  | 'equal'
  | 'narrower'
  | 'refinement'
  | 'negation'
  | 'denial'
  | 'value-change'
  | 'update'
  | 'loose-update'
  | 'one-word-update'
  | 'correction'
  | 'compatible'
  | 'unclear';

export interface StatementComparison {
  relation: StatementRelation;
  /** location, job, name, age, relationship, preference, schedule or factual. */
  category: string;
  /** One sentence a person can read. */
  reason: string;
  /** Jaccard overlap of the two main clauses' content, 0..1. */
  overlap: number;
  /**
   * Set when the rules read both as holding at once (one more of a list, an old or another kind of a thing,
   * a change still to come): the later one is then no likelier an answer than the earlier.
   */
  bothHold?: true;
  /** For two values of one thing that the user must settle, the question to ask when the rules know it ("What breed is Biscuit?"). */
  question?: string;
}

const SELF_LIKE: ReadonlySet<string> = new Set(['self', 'thing']);
// "he's on donepezil 5mg, takes it at night": a statement that opens with "he" or "she" and names no one is of one
// named before, who may be the one the other statement names ("Dr Anand's put dad's donepezil up to 10mg").
const OPENS_WITH_HE_OR_SHE = /^\W*(?:he|she)\b/i;
const ofOneNamedBefore = (statement: Statement): boolean => statement.subject === 'thing' && OPENS_WITH_HE_OR_SHE.test(statement.text);

/** Both are about the same one, or both about the user (a statement about no one named is the user's). */
function aboutTheSameOne(a: Statement, b: Statement): boolean {
  const [first, second] = [subjectUnlessAMedicine(a), subjectUnlessAMedicine(b)];
  return sameSubject(first, second) || (SELF_LIKE.has(first) && SELF_LIKE.has(second));
}
// "Amlodipine went up to 10mg": opened by a medicine given a dose, which reads as someone named so; it is the user's.
const DOSE_IN_TEXT = /\d\s?(?:mg|mcg|ml|iu)\b/i;
function subjectUnlessAMedicine(statement: Statement): string {
  const name = nameOf(statement.subject);
  if (name === undefined || !DOSE_IN_TEXT.test(statement.text)) return statement.subject;
  return new RegExp(`^\\W*${name}\\b`, 'i').test(statement.text) && namesAMedicine(stemWord(name)) ? 'thing' : statement.subject;
}
const LIKE = stemWord('like');
// "I sold my bike on eBay" / "I sold my old camera on eBay": a buy or a sale told after another is one more,
// not a change of the first.
const ANOTHER_OF_THE_SAME: ReadonlySet<string> = new Set(['bought', 'sold']);
const BUY = stemWord('bought');
const NEW_ONE_NAMED = /\b(?:got|get|bought|adopted)\s+(?:a|an|our|my)\s+(?:new\s+)?[a-z]+(?:\s+[a-z]+)?,?\s+(?:named|called)\s+[A-Z]/i;

/**
 * "kari says the kindergarten goes in for planning in april" / "it went in to planning yesterday, kari bought
 * cake": what was bought is nothing the earlier one speaks of, and the earlier one gives no value a purchase
 * could replace (a car one drives, a home one lives in), so the buy changes nothing of it.
 */
function boughtSomethingElse(earlier: Statement, later: Statement, verb = BUY): boolean {
  const at = later.tokens.indexOf(verb);
  // "got a catahoula named Boudreaux, he rides on the boat with me": one new and named replaces no value of another.
  // (Not against pets one has or has not: "I don't have any pets" / "We got a puppy named Biscuit".)
  const newOneNamed = NEW_ONE_NAMED.test(later.text) && !earlier.tokens.some((stem) => stem === PET || ANIMALS.has(stem));
  if (at === -1 || (earlier.attribute !== undefined && !newOneNamed)) return false;
  const bought = contentOf(later.tokens.slice(at + 1, at + 3));
  return bought.length > 0 && !bought.some((stem) => earlier.tokens.includes(stem));
}

// "said yes to saturdays at the museum" / "tyler got his learner's permit. we practice … saturday afternoons after the
// museum": what was got is nothing the earlier one speaks of, so "got" tells no change of it. Not a thing one has
// one of ("Aiko got a job at King County" after "Aiko graduated" still tells what came after).
const GET = stemWord('got');
// "My Schengen visa got approved": "got" before a participle tells what happened to a thing, and is read as a change.
const GOT_DONE = /\bgot\s+(?:\w+ly\s+)?\w+(?:ed|en)\b/i;
const gotSomethingElse = (earlier: Statement, later: Statement): boolean =>
  later.attribute === undefined && !GOT_DONE.test(later.text) && boughtSomethingElse(earlier, later, GET);

// Partial overlap at or above this, with no rule that knows the predicate, is too close to call.
const UNCLEAR_OVERLAP = 0.25;
// A change word makes an update only of a statement about the same thing: this much content in common.
const UPDATE_OVERLAP = 0.2;

const NEW_THING =
  /\b(?:new|another|second)\s+(?:job|gig|role|position|place|flat|house|apartment|room|car|boyfriend|girlfriend|partner|doctor|school|team|club)\b|\bgot (?:a|the) job\b/i;
export const ONLY_NOW: ReadonlySet<string> = new Set(['now', 'nowadays', 'these days']);
// "naw changed my mind, I'll work till 66": a mind changed changes a plan or a thought, not what the earlier one states.
// "Olivier wants to do sciences nat at cégep": a wish, which a change of mind changes as it changes a plan.
const WISHED = /\b(?:wants?|wanted|hop(?:e|es|ing)|would like|['’]d like) to\b/i;
// "changed my mind", "after all", "back on": what was given up holds again.
const MIND_CHANGED_BACK = /\bchanged? (?:my|our|his|her|their) minds?\b|\bafter all\b/i;
const CHANGED_MY_MIND = /\bchanged? (?:my|our|his|her|their) minds?\b/i;

/** Compares `later` with `earlier` (stored first). */
export function compareStatements(earlier: Statement, rawLater: Statement): StatementComparison {
  const later = withLeavingRead(earlier, rawLater);
  const opened = twoOpenedBy(earlier, later);
  if (opened !== undefined) return opened;
  const restated = restatesTheCorrection(earlier, later);
  if (restated !== undefined) return restated;
  const reading =
    anotherKindOfFigure(earlier, later) ??
    anotherReading(earlier, later) ??
    anotherFigure(earlier, later) ??
    breedOfOnePet(earlier, later) ??
    anotherInTheRole(earlier, later) ??
    anotherHolderOfTheRole(earlier, later) ??
    anotherDailyAmount(earlier, later) ??
    switchedAway(earlier, later) ??
    movedWorkplace(earlier, later) ??
    workEnded(earlier, later) ??
    tripCalledOff(earlier, later) ??
    twoDoses(earlier, later) ??
    ageOfOneOfSeveral(earlier, later) ??
    bornSinceExpected(earlier, later) ??
    jobTaken(earlier, later) ??
    toldWhatItChangedTo(earlier, later);
  if (reading !== undefined) return keepsAnIntroduction(earlier, later, reading);
  const gone = namedAsGone(earlier, later);
  if (gone !== undefined)
    return { relation: 'update', category: categoryOf(earlier, later), reason: `the later one says ${gone} is gone`, overlap: 0 };
  const left = namedAsLeft(earlier.text, later.text);
  if (left !== undefined)
    return { relation: 'update', category: categoryOf(earlier, later), reason: `the later one says ${left} has left`, overlap: 0 };
  if (earlier.attribute?.key === 'birthday' && birthdayCame(later))
    return {
      relation: 'compatible',
      category: categoryOf(earlier, later),
      reason: 'the later one tells of a birthday that came, not of another day for it',
      overlap: 0,
      bothHold: true,
    };
  const whole = compareWholeStatements(earlier, later);
  // The same fact in fewer words, unless the rules of values read it as the same already ("I'm O+ blood").
  const repeat = whole.relation === 'equal' || whole.relation === 'narrower' ? undefined : repeatedWithLessDetail(earlier, later);
  if (repeat !== undefined) return repeat;
  // A reading that finds little (or both holding, or a change with a word or two in common) gives way to an ending of
  // the earlier one's thing.
  // "Joost is a nurse at the OLVG" / "Joost now works at the AMC, he left the OLVG": two things of one kind (a job title, a
  // workplace) read apart, and an ending of the earlier one's.
  const ofOneKind = whole.relation === 'different-attribute' && earlier.attribute?.category === later.attribute?.category;
  // "i work for brightspark electrical, my boss is gazza" / "left brightspark, started with a new mob": the earlier one's
  // last clause is about another, but it opens with one about the later one's subject, which the later one changes.
  const opening = whole.relation === 'different-subject' ? clausesOf(earlier)[0] : undefined;
  const fromEarlierOpening =
    opening !== undefined && opening !== earlier && sameSubject(opening.subject, later.subject)
      ? changeReadFromClause(earlier, later, opening, 'earlier')
      : undefined;
  if (fromEarlierOpening !== undefined) return fromEarlierOpening;
  // "Kaylee is 14 and she plays the clarinet, Brandon is 9 and all he cares about is Minecraft" / "Brandon turned 10 last
  // weekend!": another clause of the earlier one states the one-valued thing the later one gives, of the same one.
  // Or the later one opens with it: "… Brandon is 9 …" / "Brandon turned 10 last weekend! We had a Minecraft cake".
  const fromClauses = READ_BY_CLAUSE.has(whole.relation) ? changeReadFromClauses(earlier, later) : undefined;
  if (fromClauses !== undefined) return fromClauses;
  // "Rent's $520 a week, me and Tommo split it." / "Rent's gone up, it's $610 a week now at the new place.": the figure of
  // the earlier one's opening clause, when their main clauses share nothing.
  const fromOpening = whole.relation === 'unrelated' ? changeReadFromOpening(earlier, later) : undefined;
  if (fromOpening !== undefined) return fromOpening;
  // "my mummy is 68" / "mummy is 69 now, we had dim sum at Maxim's for her birthday": the later one's last clause is the
  // user's, but it opens with another value of the thing the earlier one states.
  const laterOpening = whole.relation === 'different-subject' ? clausesOf(later)[0] : undefined;
  const fromLaterOpening =
    laterOpening !== undefined &&
    laterOpening !== later &&
    sameSubject(earlier.subject, laterOpening.subject) &&
    earlier.attribute !== undefined &&
    earlier.attribute.key === laterOpening.attribute?.key
      ? changeReadFromClause(earlier, later, laterOpening, 'later')
      : undefined;
  if (fromLaterOpening !== undefined) return fromLaterOpening;
  if (WEAK_READINGS.has(whole.relation) || LOOSE_READINGS.has(whole.relation) || whole.bothHold === true || ofOneKind) {
    const ended = endsTheEarlierOnes(earlier, later);
    // "Hi lah, I'm Wei Ling, 29, audit associate at KPMG" / "Resigned from KPMG": the job ends, the name stays.
    if (ended !== undefined)
      return keepsAnIntroduction(earlier, later, {
        relation: 'update',
        category: whole.category,
        reason: isOver(ended),
        overlap: whole.overlap,
      });
  }
  // "i quit mozart's, my manager was so toxic": the comment after the news names another, the news is the user's.
  const lead =
    whole.relation === 'different-subject' &&
    SELF_LIKE.has(earlier.subject) &&
    mayLeadWithNews(later) &&
    SELF_LIKE.has(clausesOf(later)[0]!.subject)
      ? leadingNews(earlier, clausesOf(later))
      : undefined;
  if (lead !== undefined) return keepsAnIntroduction(earlier, later, lead);
  const read =
    (!WEAK_READINGS.has(whole.relation) && !LOOSE_READINGS.has(whole.relation)) || whole.bothHold === true
      ? whole
      : // "I stay in a wee flat in Shettleston" / "I've moved tae a ground floor flat in Baillieston, nae stairs for ma
        // chest": one word in common read whole, the place one lives read by clause.
        (compareClauses(earlier, later) ?? whole);
  return keepsAnIntroduction(earlier, later, read);
}

/**
 * "Actually Ama's birthday is March 4 not March 14, my mistake" / "Ama's birthday is March 4": the later one says again,
 * in no more words, what the earlier one corrected it to, and nothing of what it took back.
 */
function restatesTheCorrection(earlier: Statement, later: Statement): StatementComparison | undefined {
  if (!earlier.correction || earlier.retracted.length === 0 || later.negated || later.correction || later.changeWords.length > 0)
    return undefined;
  const said = later.content.filter((stem) => !TAKES_IT.has(stem));
  if (said.length === 0 || said.some((stem) => earlier.retracted.includes(stem) || !earlier.tokens.includes(stem))) return undefined;
  return {
    relation: 'equal',
    category: categoryOf(earlier, later),
    reason: 'the later one says again what the earlier one corrected it to',
    overlap: 1,
  };
}

// "Lurdes is moving to Porto", "we're leaving Leeds": a change still to come.
const UNDER_WAY =
  /\b(?:is|are|am|i['’]m|we['’]re|s?he['’]s|they['’]re|[a-z]+['’]s)\s+(?:moving|relocating|leaving|quitting|retiring|switching|changing)\b/i;

/** Another figure (`anotherFigure`) `later` gives for what the opening clause of `earlier` gives one of; else undefined. */
function changeReadFromOpening(earlier: Statement, later: Statement): StatementComparison | undefined {
  const opening = clausesOf(earlier)[0]!;
  if (opening === earlier || UNDER_WAY.test(later.text)) return undefined;
  const read = anotherFigure({ ...opening, past: earlier.past }, later);
  return read === undefined ? undefined : changeReadFrom(earlier, later, read, `"${opening.text.trim()}"`);
}

// Readings of two whole statements that a clause of each may still find a change in ("Me mam is 91 and she's in Beechfield
// nursing home" / "Mam's moved to St Gabriel's nursing home in Raheny": her age, read whole, and where she lives).
const READ_BY_CLAUSE: ReadonlySet<StatementRelation> = new Set(['different-subject', 'different-attribute']);

/**
 * The two compared as a clause of `earlier` and `later` (whole, or its opening clause) that state the same one-valued
 * thing of the same one: an update or a correction found so, with the clauses it was read from; else undefined.
 */
function changeReadFromClauses(earlier: Statement, later: Statement): StatementComparison | undefined {
  const earlierClauses = clausesOf(earlier);
  // "Lurdes is moving to Porto!! her son bought a house …": a change told as under way leaves a clause of the earlier
  // one as it is.
  if (earlierClauses.length < 2 || UNDER_WAY.test(later.text)) return undefined;
  for (const told of [later, clausesOf(later)[0]!]) {
    const key = told.attribute?.single === true ? told.attribute.key : undefined;
    if (key === undefined) continue;
    const stating = earlierClauses.find((clause) => clause.attribute?.key === key && sameSubject(clause.subject, told.subject));
    if (stating === undefined) continue;
    const read = compareWholeStatements({ ...stating, past: earlier.past }, { ...told, past: later.past });
    const from = told === later ? `"${stating.text.trim()}"` : `"${stating.text.trim()}" and "${told.text.trim()}"`;
    const change = changeReadFrom(earlier, later, read, from);
    if (change !== undefined) return change;
  }
  return undefined;
}

/** `read` (of a clause of one or both) when it is an update or a correction, with what it was read `from`; else undefined. */
function changeReadFrom(earlier: Statement, later: Statement, read: StatementComparison, from: string): StatementComparison | undefined {
  if (read.relation !== 'update' && read.relation !== 'correction') return undefined;
  return keepsAnIntroduction(earlier, later, { ...read, reason: `${read.reason} (read from ${from})` });
}

/**
 * The two compared with one of them (`side`) read as `clause` of it: an update or a correction found so, with the clause
 * it was read from in its reason; else undefined.
 */
function changeReadFromClause(
  earlier: Statement,
  later: Statement,
  clause: Statement,
  side: 'earlier' | 'later',
): StatementComparison | undefined {
  const read =
    side === 'earlier'
      ? compareWholeStatements({ ...clause, past: earlier.past }, later)
      : compareWholeStatements(earlier, { ...clause, past: later.past });
  return changeReadFrom(earlier, later, read, `"${clause.text.trim()}"`);
}

// Words that tell a statement's words apart from the same words said plainly: a denial, a time gone or to come.
const TOLD_OTHERWISE =
  /\b(?:not|no|never|nobody|nothing|none|used to|anymore|any more|no longer|was|were|had|did|will|going to|gonna|planning|plan|thinking|considering|might|maybe|hope|want|wants|wanted|if|would|should|could)\b|n['’]t\b/i;
const MIN_REPEATED_WORDS = 2;

/**
 * "I support Arsenal, na my club since 1979" / "I support Arsenal", "i work part time at the pharmacy on eccles new
 * road, tues wed and fri" / "i work at the pharmacy tues wed fri": every word the later one says, the earlier one
 * says of the same one, and the later one tells nothing as changed, denied, past or to come that the earlier one does
 * not: the same fact again, in fewer words. Not when the earlier one names someone the later one does not ("my
 * sister lives in London, I live in Paris" / "I live in London").
 */
function repeatedWithLessDetail(earlier: Statement, later: Statement): StatementComparison | undefined {
  const said = contentOf(later.tokens);
  if (said.length < MIN_REPEATED_WORDS || later.changeWords.length > 0 || later.correction || earlier.changeWords.length > 0)
    return undefined;
  // As many words, or more, are read by the rules of values ("I prefer tea over coffee" / "… coffee over tea"); a word
  // the earlier one does not say is in none of its clauses either.
  if (new Set(said).size >= new Set(contentOf(earlier.tokens)).size || !said.every((stem) => earlier.tokens.includes(stem)))
    return undefined;
  // Said whole, or said by one clause of the earlier one ("I'm lactose intolerant btw, no regular milk for me" / "I'm
  // lactose intolerant"), which may say as much as the later one.
  const repeated = saysAllOf(earlier, later, said, false) || clausesOf(earlier).some((clause) => saysAllOf(clause, later, said, true));
  if (!repeated) return undefined;
  return {
    relation: 'narrower',
    category: categoryOf(earlier, later),
    reason: `every word the later one says, the earlier one says too (${quoted(said, later.text)}): the same again, in fewer words`,
    overlap: 1,
  };
}

// Words that say only that one has or uses what a change brought: "drive a ranger now" after "bought a 2018 ranger".
const HAS_IT: ReadonlySet<string> = new Set(
  ['drive', 'driving', 'have', 'got', 'own', 'use', 'using', 'take', 'taking', 'live', 'living', 'work', 'working', 'go', 'going'].map(
    stemWord,
  ),
);
/**
 * "sold the hilux, bought a 2018 ranger" / "drive a ranger now", "I sold the Creta, bought a Tata Nexon EV" / "I'm
 * driving a Nexon EV": the later one tells again, as it stands, what the earlier one changed to. No change of it.
 */
function toldWhatItChangedTo(earlier: Statement, later: Statement): StatementComparison | undefined {
  if (later.correction || later.negated || earlier.negated || earlier.past || PLANNED.test(earlier.text) || onlyThoughtOf(earlier))
    return undefined;
  if (!later.changeWords.every((word) => ONLY_NOW.has(word.toLowerCase())) || !sameSubject(earlier.subject, later.subject))
    return undefined;
  const said = contentOf(later.tokens).filter((stem) => !HAS_IT.has(stem));
  const changedBy = earlier.changeWords.filter((word) => !ONLY_NOW.has(word.toLowerCase()));
  const changedAt = Math.max(-1, ...changedBy.map((word) => earlier.tokens.lastIndexOf(stemWord(word.split(' ')[0]!.toLowerCase()))));
  if (said.length === 0 || changedAt < 0) return undefined;
  const brought = earlier.tokens.slice(changedAt + 1);
  if (!said.every((stem) => brought.includes(stem))) return undefined;
  return {
    relation: 'narrower',
    category: categoryOf(earlier, later),
    reason: `the later one tells again what the earlier one changed to (${quoted(said, later.text)})`,
    overlap: 1,
  };
}

/** `told` (an earlier statement, or one of its clauses) says every word `later` says, of the same one, told alike. */
function saysAllOf(told: Statement, later: Statement, said: readonly string[], asMuch: boolean): boolean {
  if (told.negated !== later.negated || told.past !== later.past || !sameSubject(told.subject, later.subject)) return false;
  if (!said.every((stem) => told.tokens.includes(stem))) return false;
  if (!asMuch && new Set(said).size >= new Set(contentOf(told.tokens)).size) return false;
  if (TOLD_OTHERWISE.test(told.text) !== TOLD_OTHERWISE.test(later.text)) return false;
  if (TOLD_OTHERWISE.test(told.text) && contentOf(told.tokens).length > said.length) return false;
  // Someone else it names, that the later one does not ("my sister lives in London, I live in Paris" / "I live in
  // London"); one named by the name the later one gives is no one else ("with my husband Joost" / "with Joost").
  const others = told.tokens.filter(
    (stem, at) =>
      (PEOPLE_AND_ANIMALS.has(stem) || told.subjectWords.includes(stem)) &&
      !later.tokens.includes(stem) &&
      !(later.tokens.includes(told.tokens[at + 1] ?? '') && capitalizedIn(told.tokens[at + 1]!, told.text)),
  );
  return others.length === 0;
}

// "Im Anju, a nurse in Houston", "hey! im Adi, 29, software dev", "Ally here, Alasdair MacLeod": the user gives their name.
const OWN_NAME =
  /\b(?:[Ii]['’]?[Mm]|[Ii] am|[Mm]y name(?: is|'s)?|[Nn]ame's|[Cc]all me|[Mm]yself|[Jj]e m['’]appelle|[Mm]e llamo|[Mm]oi c['’]est|[Ii]ch hei(?:ß|ss)e|[Mm]i chiamo)\s+([A-Z][a-z]+)\b|^\W*(?:(?:[Hh]i|[Hh]ello|[Hh]ey)\W+)?([A-Z][a-z]+) here\b|\b(?:[Ii]['’]?m|[Ii] am|[Mm]y name is)\s+([a-z]{3,}),\s*\d{2}\b/;
const REPLACES: ReadonlySet<StatementRelation> = new Set(['update', 'correction', 'one-word-update', 'loose-update']);

/**
 * "Im Anju, a nurse in Houston" / "got promoted to charge nurse": an update of what an introduction also tells would
 * archive the user's name with it. The introduction stays, beside the update.
 */
// What an introduction tells alongside the name ("living in Toronto", "I work as an ICU doctor"), which a later, more
// precise statement of it does not contradict.
const AMONG_AN_INTRODUCTION: ReadonlySet<string> = new Set(['location', 'job']);

function keepsAnIntroduction(earlier: Statement, later: Statement, read: StatementComparison): StatementComparison {
  // "Hi, I'm Ifeoluwa, 33, … living in Toronto since 2019" / "I live in a one-bed condo in Liberty Village": another
  // home (or job) beside an introduction is no conflict to hold the later one back for; both are kept.
  if (read.relation === 'value-change' && AMONG_AN_INTRODUCTION.has(read.category)) return besideAnIntroduction(earlier, later, read);
  if (!REPLACES.has(read.relation)) return read;
  return keepsWhoTheyAre(earlier, later, read) ?? besideAnIntroduction(earlier, later, read);
}

/** `read`, or both kept when the earlier one gives the user's name and the later one does not say it again. */
function besideAnIntroduction(earlier: Statement, later: Statement, read: StatementComparison): StatementComparison {
  const introduced = OWN_NAME.exec(earlier.text);
  // "i'm priya, 33, freelance graphic designer": a name typed in lower case, before an age.
  const typed = introduced?.[1] ?? introduced?.[2] ?? introduced?.[3];
  const name = typed === undefined ? undefined : capitalized(typed);
  if (name === undefined || NOT_NAMES.has(name) || namesWord(later.text, name)) return read;
  return {
    ...read,
    relation: 'compatible',
    reason: `${read.reason}; but the earlier one gives the user's name (${name}), which the later one does not replace: both kept`,
    bothHold: true,
  };
}

// "Biscuit is 7 and Murphy is 4", "Callum is 16 Isla is 13": a number given to each of several named.
const NAMED_NUMBER = /\b([A-Z][a-z]+)(?:['’]s|\s+is|\s+was|\s+turned)\s+(?:now\s+)?\d/g;

/** A name the earlier statement gives a number to, besides another, that the later one does not name; else undefined. */
function othersNumbered(earlier: Statement, later: Statement): string | undefined {
  const names = [...new Set([...earlier.text.matchAll(NAMED_NUMBER)].map((match) => match[1]!))];
  if (names.length < 2) return undefined;
  return names.find((name) => !NOT_NAMES.has(name) && !namesWord(later.text, name));
}

// "My best mate is Yaw, he drives the 36", "my husband is Arjun": who someone is to the user, by name.
const WHO_THEY_ARE = /^\W*[Mm]y\s+((?:[a-z]+\s+)?[a-z]+)\s+is\s+([A-Z][a-z]+)\b/;

/**
 * "My best mate is Yaw, he drives the 36" / "Yaw left Go-Ahead, he's driving for Arriva now": a change of what an
 * introduction of someone also tells would archive who they are to the user. It stays, beside the change; not when the
 * later one speaks of the tie itself ("my best mate is Kofi now").
 */
// "married to Daryl, he's an engineer at SP Group": the husband or wife, by name.
const MARRIED_TO = /^\W*(?:(?:I['’]?m|I am|am|been)\s+)?married\s+to\s+([A-Z][a-z]+)\b/;

// "Gareth's wife is Leanne, she works in Tesco": who someone is to another one named.
const WHOSE_THEY_ARE = /^\W*([A-Z][a-z]+)['’]s\s+((?:(?!is\b)[a-z]+\s+)?(?!is\b)[a-z]+)\s+is\s+([A-Z][a-z]+)\b/;

function keepsWhoTheyAre(earlier: Statement, later: Statement, read: StatementComparison): StatementComparison | undefined {
  const married = MARRIED_TO.exec(earlier.text);
  const whose = married === null ? WHOSE_THEY_ARE.exec(earlier.text) : null;
  const match =
    married !== null ? ['', 'spouse', married[1]!] : whose !== null ? ['', whose[2]!, whose[3]!] : WHO_THEY_ARE.exec(earlier.text);
  if (match === null) return undefined;
  const [, tie = '', name = ''] = match;
  const toWhom = whose === null ? `to the user (${tie})` : `(${whose[1]}'s ${tie})`;
  const tieWords = tie.split(/\s+/).map(stemWord);
  if (!PEOPLE_AND_ANIMALS.has(tieWords.at(-1)!) && tieWords.at(-1) !== stemWord('mate')) return undefined;
  // "Alex and I broke up" speaks of the tie too.
  if (NOT_NAMES.has(name) || later.attribute?.key === 'relationship' || tieWords.some((stem) => later.tokens.includes(stem)))
    return undefined;
  return {
    ...read,
    relation: 'compatible',
    reason: `${read.reason}; but the earlier one says who ${name} is ${toWhom}, which the later one does not replace: both kept`,
    bothHold: true,
  };
}

/** Readings of change from a word or two in common: often one more distinct fact (see `RELATION_READINGS`). */
export const LOOSE_READINGS: ReadonlySet<StatementRelation> = new Set(['one-word-update', 'loose-update']);

/**
 * "got weighed at the surgery today. 98 kilos. not ideal" / "95 kilos on the scales this morning": a weight, a blood
 * pressure or an A1C is measured again and again, and the newer one replaces the last, whatever else each says
 * ("Dr. Nguyen was not thrilled" after it). Only the user's: "mum's bp is 150/90" is read as no reading.
 */
function anotherReading(earlier: Statement, later: Statement): StatementComparison | undefined {
  const before = healthReadings(earlier.text);
  // "OB today, all good, bp 124/80. anatomy scan is booked for march 18", "a1c was 7.2 so doc doubled my metformin,
  // 1000 twice a day now": an earlier one with another number tells more than the reading, which archiving would lose.
  if (before.size !== 1 || !onlyTheReading(earlier.text, [...before.values()][0]!)) return undefined;
  for (const [kind, value] of healthReadings(later.text)) {
    const old = before.get(kind);
    if (old !== undefined && old !== value)
      return {
        relation: 'update',
        category: categoryOf(earlier, later),
        reason: `another ${kind} reading (${old}, now ${value}), which replaces the last`,
        overlap: 0,
      };
  }
  return undefined;
}

// Words that say what kind of place a workplace is: "at a high school", "for a bank" (a workplace left unnamed), "the
// Klinikum rechts der Isar" / "rechts der Isar hospital" (one workplace named two ways).
const WORKPLACE_KIND_WORDS =
  'school high hospital klinikum klinik krankenhaus clinic pharmacy practice surgery office company firm bank hotel restaurant shop store agency startup university uni college factory warehouse cafe bakery garage salon nursery centre center'.split(
    ' ',
  );
const WORKPLACE_KINDS: ReadonlySet<string> = new Set(WORKPLACE_KIND_WORDS.map(stemWord));
const UNNAMED_WORKPLACE = new RegExp(`\\b(?:at|in|for)\\s+an?\\s+((?:[a-z]+\\s+){0,2}(?:${WORKPLACE_KIND_WORDS.join('|')}))\\b`);

/** `statement` works at a place of a kind it leaves unnamed, and `otherValue` says a word of that kind. */
function namesTheUnnamed(statement: Statement, otherValue: readonly string[]): boolean {
  const kind = UNNAMED_WORKPLACE.exec(statement.text)?.[1];
  return kind?.split(/\s+/).some((word) => otherValue.includes(stemWord(word))) === true;
}

/**
 * Two workplaces that share at least two words and differ only by words of a place's kind: one place, named two
 * ways ("nurse at the Klinikum rechts der Isar" / "nurse at rechts der Isar hospital").
 */
function oneWorkplaceNamedTwoWays(earlierValue: readonly string[], laterValue: readonly string[]): boolean {
  const shared = sharedStems(earlierValue, laterValue).filter((stem) => !WORKPLACE_KINDS.has(stem));
  const onlyKinds = (value: readonly string[], other: readonly string[]) =>
    value.every((stem) => other.includes(stem) || WORKPLACE_KINDS.has(stem));
  return shared.length >= 2 && onlyKinds(earlierValue, laterValue) && onlyKinds(laterValue, earlierValue);
}

const STREET_WORDS: ReadonlySet<string> = new Set(
  ['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'drive', 'crescent', 'terrace', 'close', 'boulevard', 'blvd'].map(stemWord),
);
const onAStreet = (value: readonly string[]): boolean => value.some((stem) => STREET_WORDS.has(stem));

// "My pension", "Rent": what a figure is of, as a reason names it ("the pension", "the rent").
const thingNamed = (named: string): string => named.toLowerCase().replace(/^(?:my|our|the|his|her|their)\s+/, '');
// A sum without its sign: a rand or rupee sum is read with "$" (`withCurrencySigns`), which a reason must not print.
const figureWritten = (written: string): string => written.replace(/^[$£€]/, '');

/**
 * "ring fund is at $3,600 now" / "ring fund hit $4,500": a running figure of one thing, told as it stands, replaces
 * the last one told of it. Not when the earlier statement gives another figure as well: archiving it would lose that.
 */
function anotherFigure(earlier: Statement, later: Statement): StatementComparison | undefined {
  const tally = runningTally(later.text);
  // "Energy is €149 a month now": the word that opens it is the thing the figure is of, not someone named so.
  const openedByTheThing = tally !== undefined && stemWord(later.subject.split(':')[1] ?? '') === tally.thing;
  // "landlord increased rent, it's ₹38,000 now": no one named does it, so the figure is the user's.
  const noOneNamed = later.subject === 'thing' && SELF_LIKE.has(earlier.subject);
  if (tally === undefined || !(aboutTheSameOne(earlier, later) || ((openedByTheThing || noOneNamed) && SELF_LIKE.has(earlier.subject))))
    return undefined;
  const before = earlierFigureOf(earlier.text, tally, later.text);
  if (before === undefined || before.amount === tally.amount) return undefined;
  return {
    relation: 'update',
    category: categoryOf(earlier, later),
    reason: `another figure for the ${thingNamed(tally.named)} (${figureWritten(before.written)}, now ${figureWritten(tally.written)}), which replaces the last`,
    overlap: 0,
  };
}

// How often a sum is paid: "a week", "per month", "/yr", "an hour".
const PERIOD =
  /\b(?:a|an|per|each|every)\s+(week|month|year|hour|day|night|fortnight)\b|\/\s?(wk|mo|yr|hr|day)\b|\b(weekly|monthly|yearly|annually|hourly|daily|nightly)\b/i;
const PERIOD_NAMES: Readonly<Record<string, string>> = {
  wk: 'week',
  mo: 'month',
  yr: 'year',
  hr: 'hour',
  weekly: 'week',
  monthly: 'month',
  yearly: 'year',
  annually: 'year',
  hourly: 'hour',
  daily: 'day',
  nightly: 'night',
};
const periodOf = (text: string): string | undefined => {
  const match = PERIOD.exec(text);
  const word = (match?.[1] ?? match?.[2] ?? match?.[3])?.toLowerCase();
  return word === undefined ? undefined : (PERIOD_NAMES[word] ?? word);
};

/**
 * "my rent is $1,975 a month" / "the salon raised the chair rent to $275 a week": the later one's figure is of a kind
 * of the thing ("chair rent") the earlier one does not name, paid over another period: another thing.
 */
function anotherKindOfFigure(earlier: Statement, later: Statement): StatementComparison | undefined {
  const tally = runningTally(later.text);
  if (tally?.which === undefined || !tally.money || earlier.tokens.includes(tally.which) || !earlier.tokens.includes(tally.thing))
    return undefined;
  const [before, now] = [periodOf(earlier.text), periodOf(later.text)];
  if (before === undefined || now === undefined || before === now) return undefined;
  return {
    relation: 'compatible',
    category: categoryOf(earlier, later),
    reason: `the later one's ${tally.named} (a ${now}) is another thing than the earlier one's ${thingNamed(tally.thing)} (a ${before})`,
    overlap: 0,
  };
}

/**
 * "i drink like 3 cups of chai a day" / "cut down to 1 chai a day": how much of one thing one has a day, another amount.
 * Said as a change it replaces the last; said plainly it is a contradiction.
 */
function anotherDailyAmount(earlier: Statement, later: Statement): StatementComparison | undefined {
  if (!aboutTheSameOne(earlier, later)) return undefined;
  const found = anotherAmountPerDay(earlier.text, later.text);
  if (found === undefined) return undefined;
  const amounts = `"${found.before}", now "${found.now}"`;
  return later.changeWords.length > 0
    ? {
        relation: 'update',
        category: 'preference',
        reason: `another amount a day of the same thing (${amounts}), and the later one says it changed`,
        overlap: 0,
      }
    : {
        relation: 'value-change',
        category: 'preference',
        reason: `two amounts a day of the same thing (${amounts})`,
        overlap: 0,
        question: `How much is it a day now: "${found.before}" or "${found.now}"?`,
      };
}

/**
 * "moved to Sydney already! staying in Chatswood now" / "futsal stop already, I go gym at Chatswood now": all the later
 * one shares is the value the earlier one gives a thing of one value (where one lives), named as a place of something
 * else, of which it says no value: the home is no more changed than "Leeds is freezing now" changes it. (Asked only
 * when "now" is all the later one says of a change: "I left Google last month" ends the job it names.)
 */
function namesTheValueForAnother(earlier: Statement, later: Statement, shared: readonly string[]): boolean {
  const held = earlier.attribute;
  if (held?.single !== true || later.attribute?.key === held.key || shared.length === 0) return false;
  return shared.every((stem) => held.value.includes(stem) && capitalizedIn(stem, later.text));
}

/** `stem` is of a word `text` writes with a capital, not at its start: a name ("Chatswood"). */
function capitalizedIn(stem: string, text: string): boolean {
  return [...text.matchAll(/(?<=\S\s+)([A-Z][a-z]+)/g)].some((match) => stemWord(match[1]!.toLowerCase()) === stem);
}

/**
 * "biscuit's vet is companion care at the retail park" / "biscuit's vet is vets4pets in swinton": one role, of the same
 * one, held by another. Said as a change it replaces the last; said plainly it is a contradiction.
 */
function anotherHolderOfTheRole(earlier: Statement, later: Statement): StatementComparison | undefined {
  const found = anotherRoleHolder(earlier.text, later.text);
  if (found === undefined) {
    // The same holder said again, in as many words or fewer, and nothing taken back: the same fact.
    const saysNoMore = later.content.every((stem) => earlier.tokens.includes(stem));
    const same =
      later.negated || contentOf(later.retracted).length > 0 || !saysNoMore ? undefined : sameRoleHolder(earlier.text, later.text);
    return same === undefined
      ? undefined
      : { relation: 'narrower', category: 'factual', reason: `the same ${same.role} ("${same.holder}") said again`, overlap: 1 };
  }
  const whose = found.owner === 'my' ? 'the user' : capitalized(found.owner);
  return later.changeWords.length > 0 || calledNew(later)
    ? {
        relation: 'update',
        category: 'factual',
        reason: `another ${found.role} for ${whose} ("${found.before}", now "${found.now}"), one at a time, and the later one says it changed`,
        overlap: 0,
      }
    : {
        relation: 'value-change',
        category: 'factual',
        reason: `two ${found.role}s for ${whose} ("${found.before}" and "${found.now}"), who has one at a time`,
        overlap: 0,
        question: `Who is ${found.owner === 'my' ? 'your' : `${whose}'s`} ${found.role} now: ${found.before} or ${found.now}?`,
      };
}

/**
 * "i take adderall for my adhd, 20mg every morning" / "my doctor switched me from adderall to vyvanse 30mg": the later
 * one tells a switch away from a thing the earlier one says the same one has, and not to one it already names.
 */
function switchedAway(earlier: Statement, later: Statement): StatementComparison | undefined {
  const switched = switchedFrom(later.text);
  // "doctor switch mother from metformin to insulin jab": done to the one the earlier one is about.
  const kin = switchedKin(later.text);
  const toTheSameOne =
    aboutTheSameOne(earlier, later) || (kin !== undefined && sameSubject(earlier.subject, analyzeStatement(`my ${kin} is`).subject));
  if (switched === undefined || !toTheSameOne || PEOPLE_AND_ANIMALS.has(switched.from)) return undefined;
  if (!earlier.tokens.includes(switched.from) || earlier.tokens.includes(switched.to) || onlyBeside(earlier.text, switched.from))
    return undefined;
  if (earlier.past || earlier.negated || PLANNED.test(earlier.text) || onlyThoughtOf(earlier)) return undefined;
  return {
    relation: 'update',
    category: categoryOf(earlier, later),
    reason: `the later one tells a switch from the earlier one's ${quoted([switched.from], later.text)} to another`,
    overlap: 0,
  };
}

// "Emeka moved from Zenith to Access Bank": a move from the workplace the earlier one names is to another workplace.
const MOVED_FROM = /\bmov(?:ed|es|ing)\s+from\s+(?:the\s+)?([A-Za-z][\w'-]*)(?:\s+[\w'-]+){0,3}?\s+to\s+\S/i;
// Words that name a workplace ("Access Bank", "Lewisham Hospital").
const WORKPLACE_WORD =
  /\b(?:bank|hospital|clinic|surgery|school|college|university|uni|office|ltd|inc|group|company|store|shop|restaurant|hotel|council|agency|firm|plc|pharmacy|practice|centre|center|depot|factory|warehouse|branch)\b/i;
// "Rohan moved to Accenture last month, same role": a move said to keep the role is to another workplace.
const MOVED_SAME_ROLE = /\bmov(?:ed|es|ing)\s+to\s+[A-Z].*\bsame\s+(?:role|job|position|post|title|designation|work)\b/;

/**
 * "my husband Emeka works for Zenith Bank" / "Emeka moved from Zenith to Access Bank" (or "moved to Accenture, same
 * role"): where the earlier one says someone works, the later one moves them from, so it is a new job, not a new home.
 */
function movedWorkplace(earlier: Statement, later: Statement): StatementComparison | undefined {
  if (earlier.attribute?.key !== 'work' || !aboutTheSameOne(earlier, later) || earlier.past || earlier.negated) return undefined;
  const movedFrom = MOVED_FROM.exec(later.text);
  const from = movedFrom?.[1];
  // "I've moved from Croydon to Peckham, 10 mins bus to King's" after "I work at Croydon University Hospital": the town
  // a longer workplace name opens with, left for a place that names no workplace, is a home moved.
  if (
    movedFrom !== null &&
    !WORKPLACE_WORD.test(later.text.slice(movedFrom.index + movedFrom[0].length - 1).split(/[,.;!?]/)[0]!) &&
    new RegExp(`\\b${from}\\s+[A-Z][a-z]+\\s+[A-Z]`).test(earlier.text)
  )
    return undefined;
  // The workplace, named after "at" or "for" ("works for Zenith Bank"), not the town it is in ("I work in London").
  const moved =
    from !== undefined
      ? new RegExp(`\\b(?:at|for|with)\\s+(?:the\\s+)?${from}\\b`, 'i').test(earlier.text)
      : MOVED_SAME_ROLE.test(later.text);
  if (!moved) return undefined;
  return {
    relation: 'update',
    category: 'job',
    reason: 'a new workplace (one at a time), and the later one says it changed ("moved")',
    overlap: 0,
  };
}

// "got laid off", "was made redundant", "lost my job", "quit his job": the job is over. Not what may come ("worried
// about getting laid off": no "got"). "retired" is left out: "maman, Catherine, retired teacher" says what she was.
const WORK_ENDED =
  /\b(?:got|was|were|been)\s+(?:laid off|fired|sacked|let go|made redundant)\b|\b(?:lost|quit)\s+(?:my|his|her|their|our|the)\s+job\b|\bout of work\b/i;

// "worried I might get laid off", "if I get fired": a fear or a case, not what happened.
const FEARED = /\b(?:might|may|could|worried|afraid|scared|if|in case|risk|rumou?rs?)\b/i;

/**
 * "I work at the Ford plant" / "I got laid off yesterday", "Carlos works construction, he's a foreman now" / "Carlos got
 * laid off ayer": where the earlier one says someone works now, the later one says that work is over.
 */
function workEnded(earlier: Statement, later: Statement): StatementComparison | undefined {
  if (earlier.attribute?.category !== 'job' || earlier.past || earlier.negated || later.negated) return undefined;
  if (!aboutTheSameOne(earlier, later) || !WORK_ENDED.test(later.text) || WORK_ENDED.test(earlier.text)) return undefined;
  if (PLANNED.test(later.text) || onlyThoughtOf(later) || FEARED.test(later.text)) return undefined;
  return { relation: 'update', category: 'job', reason: 'the later one says the work is over (laid off, fired or quit)', overlap: 0 };
}

/**
 * "my boss Mr Greene be trippin bout deadlines" / "Greene retired, my new boss is Ms Alvarez": the earlier one is about
 * the one in a role the user has one of (a boss, a dentist, a vet), by name; the later one names another in it.
 */
function anotherInTheRole(earlier: Statement, later: Statement): StatementComparison | undefined {
  const key = later.attribute?.key;
  const [role, name] = earlier.subject.split(':');
  if (key !== `carer:${role}` || name === undefined || name.includes(' ') || later.attribute!.value.includes(stemWord(name)))
    return undefined;
  const named = capitalized(name);
  return later.changeWords.length > 0
    ? {
        relation: 'update',
        category: 'factual',
        reason: `another ${role} than ${named} (one at a time), and the later one says it changed`,
        overlap: 0,
      }
    : {
        relation: 'value-change',
        category: 'factual',
        reason: `another ${role} than ${named}, who has one at a time`,
        overlap: 0,
        question: `Is ${named} still your ${role}?`,
      };
}

/**
 * "We've got a little Westie called Bryn" / "Bryn is a Jack Russell": a pet has one breed (and one colour of it), so two
 * are a contradiction, or a correction when the later one says so ("Bryn is a Westie, not a Jack Russell"). So with its
 * colour: "a likkle black cat name Duppy" / "Duppy is white".
 */
function breedOfOnePet(earlier: Statement, later: Statement): StatementComparison | undefined {
  const breed = anotherBreed(earlier.text, later.text);
  if (breed !== undefined) return twoOfOnePet(later, breed, 'breed', 'breeds');
  const colour = anotherColour(earlier.text, later.text);
  return colour === undefined ? undefined : twoOfOnePet(later, colour, 'colour', 'colours');
}

function twoOfOnePet(
  later: Statement,
  found: { name: string; before: string; now: string },
  what: string,
  whats: string,
): StatementComparison {
  const name = capitalized(found.name);
  const takenBack = later.correction || new RegExp(`\\bnot (?:a |an )?${found.before}\\b`, 'i').test(later.text);
  return takenBack
    ? {
        relation: 'correction',
        category: 'factual',
        reason: `the later one corrects ${name}'s ${what} (${found.before}, now ${found.now})`,
        overlap: 0,
      }
    : {
        relation: 'value-change',
        category: 'factual',
        reason: `two ${whats} for ${name} (${found.before} and ${found.now}), who has one`,
        overlap: 0,
        question: `What ${what} is ${name}: ${found.before} or ${found.now}?`,
      };
}

// "im 20 now, bday was yesterday", "had my birthday Christmas Eve": the day came; nothing says it is another day.
const BIRTHDAY_CAME =
  /\b(?:birthday|bday|b-day)\b(?:'s| was| is)?\s+(?:yesterday|today|tomorrow|last (?:week|weekend|night)|this (?:week|weekend)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b(?:had|celebrated)\s+(?:my|our|his|her|the|me)\s+(?:birthday|bday)\b/i;
const birthdayCame = (later: Statement): boolean =>
  !later.correction && BIRTHDAY_CAME.test(later.text) && !later.tokens.some((stem) => /^d\d/.test(stem));

/**
 * Whether every number of `text` is one of the reading's ("134/85"), one it says the reading came from ("from 8.4"), or
 * a target for it ("under 48").
 */
function onlyTheReading(text: string, reading: string): boolean {
  const own = reading.split('/');
  // Digits right after a letter are part of a name ("A1C").
  // A target for it ("nurse wants it under 48", "aiming for below 7") is no other fact.
  return [
    ...text.matchAll(/(\bfrom\s+|\b(?:under|below|less than|target(?: of)?|aim(?:ing)? for)\s+)?(?<![a-z\d.])(\d+(?:\.\d+)?)/gi),
  ].every((match) => match[1] !== undefined || own.includes(match[2]!));
}

// "left" and the word after it, as written: alone, "left" is no change before a name, a number or a side ("left
// Google", "left 20/20", "left knee"); see `analyzeStatement`.
const LEFT_WHAT = /\bleft\s+([a-z][a-z'&-]*)/gi;

/**
 * "I work at Google" / "I left Google last month": the later one leaves what the earlier one names, so it
 * says a change ("left"), though "left" before a name alone does not. Not when the earlier one says "left" too.
 */
function withLeavingRead(earlier: Statement, later: Statement): Statement {
  if (later.changeWords.includes('left') || /\bleft\b/i.test(earlier.text)) return later;
  for (const match of later.text.matchAll(LEFT_WHAT)) {
    const word = match[1]!.toLowerCase();
    if (!SIDE_OF.test(word) && earlier.content.includes(stemWord(word))) return { ...later, changeWords: [...later.changeWords, 'left'] };
  }
  return later;
}

// "lucas moved to curitiba, got a job at a hospital there" / "inês got a new job at hospital de santa maria": each
// opens with a word in lower case and a verb, a name typed small, and neither names the other's.
const OPENED_BY =
  /^\W*([a-z]{3,})\s+(?:got|gets|moved|moves|is|was|has|had|started|quit|left|lives|works|went|bought|sold|turned|passed|joined|finished)\b/;

function twoOpenedBy(earlier: Statement, later: Statement): StatementComparison | undefined {
  if (!SELF_LIKE.has(earlier.subject) || !SELF_LIKE.has(later.subject)) return undefined;
  const [a, b] = [OPENED_BY.exec(earlier.text)?.[1], OPENED_BY.exec(later.text)?.[1]];
  if (a === undefined || b === undefined || a === b) return undefined;
  const common = (word: string) => STOP_WORDS.has(stemWord(word)) || PEOPLE_AND_ANIMALS.has(stemWord(word)) || !/[aeiou]/.test(word);
  if (common(a) || common(b) || namesWord(later.text, a) || namesWord(earlier.text, b)) return undefined;
  return {
    relation: 'different-subject',
    category: categoryOf(earlier, later),
    reason: `they open with two names, "${a}" and "${b}"`,
    overlap: 0,
  };
}

// Readings that say the rules found nothing of one thing in the statements' main clauses.
const WEAK_READINGS: ReadonlySet<StatementRelation> = new Set(['unrelated', 'compatible', 'unclear', 'different-attribute']);
// Readings of two clauses strong enough to stand for the statements they are in.
const CLAUSE_READINGS: ReadonlySet<StatementRelation> = new Set(['value-change', 'update', 'correction', 'negation', 'equal']);

/**
 * "Pablo is 20 and he still can't fry an egg" / "mamá corrected me, Pablo is 19, he turns 20 in November. I'm a
 * terrible sister": each statement is read by its main (last) clause, which here says nothing of one thing. A
 * clause of each that tells the same attribute of the same one is read instead, with what the whole later
 * statement says of change and correction. Undefined when no two clauses do.
 */
function compareClauses(earlier: Statement, later: Statement): StatementComparison | undefined {
  const earlierParts = clausesOf(earlier);
  const laterParts = clausesOf(later);
  if (earlierParts.length === 1 && laterParts.length === 1) return undefined;
  for (const b of laterParts) {
    if (b.attribute === undefined || NOT_SO_YET.test(b.text) || UNDER_WAY.test(b.text)) continue;
    for (const a of earlierParts) {
      if (NOT_SO_YET.test(a.text)) continue;
      if (a.attribute?.key !== b.attribute.key || !aboutTheSameOne(a, b)) continue;
      const said = {
        ...b,
        changeWords: later.changeWords,
        correction: later.correction,
        retracted: later.retracted,
        restated: later.restated,
      };
      const found = compareWholeStatements({ ...a, past: earlier.past }, said);
      if (CLAUSE_READINGS.has(found.relation))
        return { ...found, reason: `${found.reason} (read from "${a.text.trim()}" and "${b.text.trim()}")` };
    }
  }
  return leadingNews(earlier, laterParts);
}

/** "got an offer from Razorpay, thinking about it" / "joined Razorpay today as Staff Engineer": the offer taken. */
function jobTaken(earlier: Statement, later: Statement): StatementComparison | undefined {
  const where = offerTaken(earlier.text, later.text);
  if (where === undefined || !aboutTheSameOne(earlier, later)) return undefined;
  return { relation: 'update', category: 'job', reason: `the later one takes the job at ${where} the earlier one was offered`, overlap: 0 };
}

/** "Kavya is expecting, due date is in August" / "Kavya had a baby girl!!": the same one's baby, expected then born. */
function bornSinceExpected(earlier: Statement, later: Statement): StatementComparison | undefined {
  if (!babyBorn(earlier.text, later.text)) return undefined;
  // "Kevin and his girlfriend Ashley are expecting" / "Ashley had the baby": the later one's mother named in the earlier one.
  const named = nameOf(later.subject);
  if (!aboutTheSameOne(earlier, later) && !(named !== undefined && namesWord(earlier.text, named))) return undefined;
  return { relation: 'update', category: categoryOf(earlier, later), reason: 'the baby the earlier one expects is born', overlap: 0 };
}

/**
 * "we've got two bairns, Isla is 6 and wee Rory is 3" / "Isla's 7 now, had her party", "got a staffy named Bruno, he's 3"
 * (or "hes 3") / "Bruno is 4 now": the age the earlier one gives the one named, among what else it tells, against the later one's.
 */
// A look for an age before the clauses are read: "turned 13", "Maddie is 7", "Nell's 7".
const AGE_TOLD = /(?:\bturn(?:ed|s)?|\bis|['’]s)\s+\d{1,3}\b/i;

function ageOfOneOfSeveral(earlier: Statement, later: Statement): StatementComparison | undefined {
  // "correction, Maddie is 7 not 6, Linda reminded me": the age may be told in a clause before a comment of another.
  const told = [later, ...(later.attribute === undefined && AGE_TOLD.test(later.text) ? clausesOf(later) : [])].find(
    (part) => part.attribute?.key === 'age' && nameOf(part.subject) !== undefined,
  );
  // An earlier one that states the same one's age is read whole; one that states another's ("Grandson Tyler is 9, …
  // granddaughter Maddie is 6") is read here.
  if (told === undefined || (earlier.attribute?.key === 'age' && sameSubject(earlier.subject, told.subject))) return undefined;
  // "Karen's got a boy, Max, he's 9" / "Max turned 10 … Karen was thrilled": read from a clause, the age leaves the earlier
  // one told of another the later one names too (the training streams keep both).
  const earlierOne = nameOf(earlier.subject);
  if (told !== later && earlierOne !== undefined && namesWord(later.text, earlierOne)) return undefined;
  const name = nameOf(told.subject)!;
  const now = told.attribute!.value[0];
  if (!/^[a-z]+$/.test(name) || now === undefined || earlier.past || earlier.negated) return undefined;
  const given = new RegExp(
    `\\b${name}\\b(?:['’]s|\\s+is|\\s+na|,?\\s+(?:he|she)['’]?s|,?\\s+(?:he|she) is|,)?\\s+(\\d{1,3})\\b(?!\\s*(?:mg|kg|lbs?|%|am|pm|:|km|miles?|hours?|minutes?|days?|weeks?|months?|times?))`,
    'i',
  ).exec(earlier.text);
  // "Got a likkle dog name Bruno, Jack Russell cross, 6 years old": the age a phrase or two after the name, in years.
  const givenAfter =
    given === null
      ? new RegExp(`\\b${name}\\b(?:,(?![^,]*\\band\\b)[^,.!?\\d]{1,30}){1,2},\\s*(\\d{1,3})\\s*(?:years?|yrs?)(?:\\s+old)?\\b`, 'i').exec(
          earlier.text,
        )
      : null;
  const before = given?.[1] ?? givenAfter?.[1];
  if (before === undefined || before === now) return undefined;
  const named = capitalized(name);
  if (later.correction)
    return { relation: 'correction', category: 'age', reason: `the later one corrects ${named}'s age (${before}, now ${now})`, overlap: 0 };
  if (later.changeWords.length > 0 || /\b(?:birthday|bday|turned|party)\b/i.test(later.text))
    return {
      relation: 'update',
      category: 'age',
      reason: `another age for ${named} (${before}, now ${now}), and the later one says it changed`,
      overlap: 0,
    };
  return {
    relation: 'value-change',
    category: 'age',
    reason: `two ages for ${named} (${before} and ${now})`,
    overlap: 0,
    question: `How old is ${named}: ${before} or ${now}?`,
  };
}

/**
 * "i work as a barista at mozart's" / "i quit mozart's, my manager was so toxic", "I'm allergic to penicillin" / "turns
 * out I'm not allergic to penicillin, they tested me, it was just a rash": the news comes first and a comment after it,
 * which read whole as the main clause shares nothing. The first part, read on its own, stands for the statement.
 */
/** Whether `later` says anything `leadingNews` reads (an ending, a switch, a denial), before its clauses are read. */
function mayLeadWithNews(later: Statement): boolean {
  return endedThing(later.text) !== undefined || switchedFrom(later.text) !== undefined || SAYS_NO.test(later.text);
}

function leadingNews(earlier: Statement, laterParts: readonly Statement[]): StatementComparison | undefined {
  const lead = laterParts[0];
  if (laterParts.length < 2 || lead === undefined || NOT_SO_YET.test(lead.text)) return undefined;
  // Only news that says what it ends: a denial of what the earlier one states ("no longer", "turns out … not"), an
  // ending ("quit"), a switch away. "bought a new bike!!", "got the sagene studio!!" tell of a new thing beside the old.
  const ended = endedThing(lead.text);
  const switched = switchedFrom(lead.text);
  const ends =
    (lead.negated !== earlier.negated && contentOf(lead.tokens).some((stem) => earlier.tokens.includes(stem))) ||
    (ended?.every((stem) => earlier.tokens.includes(stem)) ?? false) ||
    (switched !== undefined && earlier.tokens.includes(switched.from));
  if (!ends) return undefined;
  const found = compareWholeStatements(earlier, lead);
  return found.relation === 'update' ? { ...found, reason: `${found.reason} (read from "${lead.text.trim()}")` } : undefined;
}

// A clause that tells of what may be, is wished or waits on something ("we might move in together once Dre
// leaves") states no value that holds; read whole, the statement's other words say so, a clause alone does not.
const NOT_SO_YET =
  /\b(?:might|may|maybe|could|would|will|gonna|want(?:s|ed)? to|hop(?:e|es|ing) to|plan(?:s|ning)? to|thinking (?:of|about)|once|if|unless|until)\b/i;

// Where a written statement's clauses part: a sentence's end or a comma, and a clause-starting "and" or "but". Not
// the comma or point inside a number ("$2,350", "N1.8 million").
const CLAUSE_BREAK = /[.!?;,]+(?!\d)\s*|\s+(?:and|but)\s+(?=(?:i|we|he|she|they|my|our|it)\b)/i;

// Clauses read once per statement: a statement read once (`analyzeCached`) is compared with many others. One
// of more clauses than this (a pasted text) is read whole: each pair of clauses is compared, so the work grows
// with the square of their number.
const MAX_CLAUSES = 8;
const clausesRead = new WeakMap<Statement, Statement[]>();

/** Each clause of a statement, read on its own; a statement of one clause is itself. */
export function clausesOf(statement: Statement): Statement[] {
  const read = clausesRead.get(statement);
  if (read !== undefined) return read;
  const split = statement.text.split(CLAUSE_BREAK, MAX_CLAUSES + 1);
  const parts = split.length > MAX_CLAUSES ? [] : split.filter((part) => /[a-z]/i.test(part));
  const clauses: Statement[] = [];
  if (parts.length < 2) clauses.push(statement);
  else for (const part of parts) clauses.push(analyzeStatement(withAntecedent(part, clauses)));
  clausesRead.set(statement, clauses);
  return clauses;
}

// "she's in Beechfield nursing home", "he's 9": a clause that opens with "he" or "she".
const OPENING_PRONOUN = /^(\W*)(?:she|he)(['’]s|\s+is)?\b/i;
const NAMED_AS = /\b(?:named|called)\s+([A-Z][a-z]+)\b/;

/**
 * `part` with an opening "he" or "she" read as the one the clause before speaks of ("Me mam is 91 and she's in
 * Beechfield nursing home": "My mum is in Beechfield nursing home"; "I have a cat named Buttons, she's about 11 years
 * old": "Buttons is about 11 years old"), so a clause is compared as what it says of whom. As it was when none is named.
 */
function withAntecedent(part: string, before: readonly Statement[]): string {
  const opening = OPENING_PRONOUN.exec(part);
  const previous = before.at(-1);
  if (opening === null || previous === undefined) return part;
  const ante = antecedentIn(previous);
  if (ante === undefined) return part;
  return `${opening[1]}${ante}${opening[2] === undefined ? '' : ' is'}${part.slice(opening[0].length)}`;
}

/** `text` gives one the name of `stem` ("a baby girl, named Chloe", "a dog called Rex"). */
function calledSo(text: string, stem: string): boolean {
  for (const match of text.matchAll(NAMED_AS_EVERY)) if (stemWord(match[1]!.toLowerCase()) === stem) return true;
  return false;
}
const NAMED_AS_EVERY = new RegExp(NAMED_AS.source, 'g');

/** How to name the one `clause` speaks of, other than the user: "Brandon", "my mother"; else undefined. */
function antecedentIn(clause: Statement): string | undefined {
  const { subject } = clause;
  if (subject === 'thing' || SELF_LIKE.has(subject)) return NAMED_AS.exec(clause.text)?.[1];
  const name = subject.split(':')[1];
  if (name !== undefined) return /^[a-z]+$/.test(name) ? name[0]!.toUpperCase() + name.slice(1) : undefined;
  return /^[a-z]+$/.test(subject) && PEOPLE_AND_ANIMALS.has(subject) ? `my ${subject}` : undefined;
}

function compareWholeStatements(earlier: Statement, later: Statement): StatementComparison {
  // "My cousin Luis is in Richmond" / "My cousin Luis has gotten into climbing": the words naming the one
  // both are about are no content in common, nor is a noun naming two kinds of a thing one of them ends.
  const ends = later.changeWords.some((word) => ENDING.test(word)) && !later.changeWords.some((word) => REPLACING.test(word));
  // Read once, when a rule of change needs it.
  let kinds: string[] | undefined;
  const kindsOfOne = (): string[] => (kinds ??= kindsApart(earlier, later));
  // Except a name the user's own statement holds as a thing of theirs ("My Netflix plan is $15 a month" /
  // "Netflix went up to $18"), and the partner's name ("my husband Mark" / "Mark and I separated").
  const partnerNames = partnerOfTheUser(earlier, later);
  const notShared = new Set(
    [...earlier.subjectWords, ...later.subjectWords, ...(ends ? kindsOfOne() : [])].filter(
      (stem) => !heldAsAThing(earlier, later, stem) && !heldAsAThing(later, earlier, stem) && !partnerNames.includes(stem),
    ),
  );
  const earlierContent = asPets(
    earlier.content.filter((stem) => !notShared.has(stem)),
    later.content,
  );
  const laterContent = asPets(
    later.content.filter((stem) => !notShared.has(stem)),
    earlier.content,
  );
  const earlierWords = contentOf(earlier.tokens).filter((stem) => !notShared.has(stem));
  const laterWords = contentOf(later.tokens).filter((stem) => !notShared.has(stem));
  const overlap = jaccard(earlierContent, laterContent);
  const category = categoryOf(earlier, later);
  const result = (relation: StatementRelation, reason: string): StatementComparison => ({ relation, category, reason, overlap });
  // "My pension is now paid into Bank of Ireland instead of the Credit Union" / "My pension is paid into the Credit
  // Union": less detail, but what it states is what the earlier one says was replaced. One of the two is wrong, or it
  // changed back: another value, not the same said again.
  const saidWithLessDetail = (reason: string): StatementComparison => {
    const taken = replacedSaidAgain(earlier, later);
    if (taken.length > 0)
      return result('value-change', `the later one states ${quoted(taken, later.text)}, which the earlier one says was replaced`);
    // "running club switched to Tuesdays — the Thursday slot clashed" / "running club is on Thursdays": the later
    // one gives one of the two days the earlier one tells a change between, maybe the old one back.
    const one = oneOfTheChange(earlier, later);
    return one.length > 0
      ? result('unclear', `the later one gives ${quoted(one, later.text)}, one of the times the earlier one tells a change between`)
      : result('narrower', reason);
  };
  const bothHold = (reason: string): StatementComparison => ({ ...result('compatible', reason), bothHold: true });
  const changeWords = later.changeWords.filter(
    (word) =>
      !(ANOTHER_OF_THE_SAME.has(word) && (earlier.changeWords.includes(word) || boughtSomethingElse(earlier, later))) &&
      !(word === 'got' && gotSomethingElse(earlier, later)) &&
      !(
        /^chang/.test(word) &&
        CHANGED_MY_MIND.test(later.text) &&
        !PLANNED.test(earlier.text) &&
        !WISHED.test(earlier.text) &&
        !onlyThoughtOf(earlier)
      ),
  );
  const change = changeWords.length > 0 || earlier.past;
  // "I'm a charge nurse now" after "got promoted to charge nurse": "now" only says again that it changed.
  const nowSaidAgain = (): boolean =>
    changeWords.length > 0 && earlier.changeWords.length > 0 && changeWords.every((word) => ONLY_NOW.has(word));
  // "Turns out I'm not allergic to cats, it was the dust": the later one takes back what the earlier one said.
  const revised = change || TURNS_OUT.test(later.text);
  // Words that say the thing itself is gone or replaced: enough with one word in common ("Sold the Golf").
  const strongChange = changeWords.some((word) => STRONG_CHANGE.test(word));
  // A pronoun both happen to use ("her", "his"), or a word that only sizes an amount ("more"), is nothing in common.
  const sharedAnywhere = sharedStems(earlierWords, laterWords).filter((stem) => !PRONOUNS.has(stem) && !QUANTITY_WORDS.has(stem));
  // "I volunteered at a park cleanup" / "switched my food bank volunteer shift": a strong change word with
  // a word or two in common is often an update ("Sold the Golf"), but as often one more distinct fact.
  // "my renters insurance is with Lemonade" / "switched my car insurance to Progressive": what both share names two kinds of it.
  // An event at another time: moved, or the earlier time corrected ("oops, my dentist is actually on Wednesday").
  const movedOrCorrected = (what: string) =>
    onlyAsideIn(earlier, contentOf(normalizeText(what).tokens))
      ? bothHold(`the earlier one names ${what} only beside a change of its own`)
      : later.correction
        ? result('correction', `the later one corrects the time of ${what}`)
        : result('update', `${what} at another time, and ${changeNote}`);
  // "mum's having knee replacement surgery april 8" / "mum's surgery got pushed to april 22": what the earlier
  // one names at a time, moved to another, whoever each statement reads as about.
  const movedToAnotherTime = (): StatementComparison | undefined => {
    const moved = changeWords.length > 0 ? rescheduledEvent(earlier, later) : undefined;
    return moved !== undefined && atAnotherTime(contentOf(earlier.tokens), contentOf(later.tokens), earlier.text, later.text)
      ? movedOrCorrected(`the ${quoted(moved, later.text)}`)
      : undefined;
  };
  // "agnieszka's 20 week scan was today" / "agnieszka's due date moved to 12 july": what happened on a day stays
  // so; a later change of something it names takes nothing back. Not when the earlier one tells a change itself
  // ("bp was 138/90 today so she started me on labetalol").
  const happenedOnce = () => earlier.changeWords.length === 0 && !earlier.past && toldAsHappened(earlier.text);
  const happenedSoStays = () => bothHold('the earlier one tells of something that happened, which stays so');
  const looseUpdate = () => {
    if (happenedOnce()) return happenedSoStays();
    if (anOldOne(earlier, later, sharedAnywhere))
      return bothHold(`the later one speaks of an old ${quoted(sharedAnywhere, later.text)}, which the earlier one does not`);
    if (sharedAnywhere.length > 0 && sharedAnywhere.every((stem) => kindsOfOne().includes(stem)))
      return bothHold(`they speak of two kinds of ${quoted(sharedAnywhere, later.text)}`);
    if (sharedAnywhere.length === 0) return result('unclear', `${changeNote}, with nothing in common`);
    if (switchedFromWhatItIsBeside(earlier, later))
      return bothHold(`the later one switches from what the earlier one's thing is taken beside (${quoted(sharedAnywhere, later.text)})`);
    // "Custody changed: Thandi has the kids every weekend now" / "The Durban trip is cancelled, Thandi wants the kids
    // that week": what is cancelled is nothing the earlier one speaks of.
    const cancelled = cancelledThing(later.text);
    if (cancelled.length > 0 && changeWords.every((word) => CANCEL.test(word)) && !cancelled.some((stem) => sharedAnywhere.includes(stem)))
      return result('compatible', `the later one cancels ${quoted(cancelled, later.text)}, which the earlier one does not speak of`);
    // "Mum's cardiologist took her off amlodipine", "Stopping methotrexate": the one word in common is what ends.
    const ended = endedThing(later.text);
    // "My GP is Dr Patel" / "Quit the statin, … Dr Patel says we'll try something else": what ends is nothing the
    // earlier one speaks of.
    if (ended !== undefined && changeWords.every((word) => ENDING.test(word)) && !ended.some((stem) => earlier.tokens.includes(stem)))
      return result('compatible', `the later one ends ${quoted(ended, later.text)}, which the earlier one does not speak of`);
    // "Wanda Sue lives out past Carlton" / "Wanda Sue … had her hip replaced": a change told of one named, who is all
    // the two share, is of another thing of theirs (it archived where she lives).
    if (sharesOnlyAName(earlier.text, later.text, sharedAnywhere))
      return result(
        'compatible',
        `they share only ${quoted(sharedAnywhere, later.text)}, a name: the change the later one tells is of something else`,
      );
    // Not of a plan or a thought of it ("thinking about maybe selling the civic" / "SOLD THE CIVIC"): both stay told.
    const planned = PLANNED.test(earlier.text) || onlyThoughtOf(earlier);
    const endsTheOneShared = ended !== undefined && ended[0] === sharedAnywhere[0] && ended.every((stem) => earlier.tokens.includes(stem));
    if (sharedAnywhere.length === 1 && endsTheOneShared && !planned && !namedOnlyInPassing(earlier, ended))
      return result('update', isOver(quoted(sharedAnywhere, later.text)));
    return result(
      sharedAnywhere.length === 1 ? 'one-word-update' : 'loose-update',
      `${changeNote}, with only ${quoted(sharedAnywhere, later.text)} in common`,
    );
  };
  // "Amma joined a walking group in Pascoe Vale" / "Amma's moved, she's in a unit in Pascoe Vale": a word
  // that tells of something begun says nothing ended, so related content alone makes no update of it.
  const onlyBegun = changeWords.length > 0 && !earlier.past && changeWords.every((word) => BEGINS.test(word) || FIRST_DAY_AT.test(word));
  // "so 5:30 alarm again", "section 121 again", "the wrist is complaining again": said once more, not changed. Of
  // the general updates on training stream candidates whose only change word was "again", none was right (0 of 8).
  const onlyAgain = changeWords.length > 0 && changeWords.every((word) => word === 'again');
  // "I switched to Central Rock Gym" / "I started bouldering again, … back at Central Rock": taken up again, which
  // ends only what stopped it (read above), not what the earlier one says of it.
  const onlyResumed =
    changeWords.length > 0 && RESUMED.test(later.text) && changeWords.every((word) => word === 'again' || /^start/.test(word));
  // "we rent our house off a bloke called Mr Hussain" / "Mr Hussain says rent's going up to £1,425": a new amount
  // replaces only a statement of one.
  const onlyAmount =
    changeWords.length > 0 && !earlier.past && changeWords.every((word) => AMOUNT_CHANGE.test(word)) && !earlier.tokens.some(isNumeric);
  const generalUpdate = (note: string) =>
    happenedOnce()
      ? happenedSoStays()
      : onlyBegun
        ? result('unclear', `related statements, but "${changeWords.join('", "')}" tells of something begun, not ended`)
        : onlyAgain
          ? result('unclear', 'related statements, but "again" tells of it once more, not of a change')
          : onlyResumed
            ? result('unclear', 'related statements, but the later one takes something up again, which ends nothing the earlier one says')
            : onlyAmount
              ? result('compatible', 'the later one gives an amount the earlier one does not state')
              : updateUnlessItEndsAnother(note);
  // "cancelled the Sky, cannae afford it wi the rent gone up": the news is an ending, told first, of a thing the earlier
  // one does not name; what the rest says changed ("gone up") is its reason, not a change of the earlier one ("rent's
  // £565 a month").
  const updateUnlessItEndsAnother = (note: string): StatementComparison => {
    const ended = endsAnother();
    return ended === undefined
      ? result('update', note)
      : result('compatible', `the later one ends ${quoted(ended, later.text)}, which the earlier one does not speak of`);
  };
  const endsAnother = (): string[] | undefined => {
    const cancelled = cancelledThing(later.text);
    const ended = endedThing(later.text) ?? (cancelled.length > 0 ? cancelled : undefined);
    if (ended === undefined || ended.some((stem) => earlier.tokens.includes(stem))) return undefined;
    const text = later.text.toLowerCase();
    const at = (word: string) => text.indexOf(word.toLowerCase());
    const firstEnding = Math.min(
      ...changeWords
        .filter((word) => ENDING.test(word))
        .map(at)
        .filter((index) => index >= 0),
    );
    const firstOther = Math.min(
      ...changeWords
        .filter((word) => !ENDING.test(word))
        .map(at)
        .filter((index) => index >= 0),
    );
    if (!(firstEnding < firstOther)) return undefined;
    // The stretch that tells the ending shares nothing with the earlier one ("Quit regular Dr Pepper" ends its Dr Pepper).
    const stretch = text.slice(text.lastIndexOf(',', firstEnding) + 1).split(/[,.;!?]/)[0] ?? '';
    return contentOf(normalizeText(stretch).tokens).some((stem) => earlier.tokens.includes(stem)) ? undefined : ended;
  };
  const changeNote =
    changeWords.length > 0
      ? `the later one says it changed ("${[...new Set(changeWords.map((word) => changeWordAsWritten(word, later.text)))].join('", "')}")`
      : 'the earlier one is in the past ("used to")';

  // "I'm 6 months pregnant" / "The baby was born last week": the birth ends the pregnancy.
  if (bornSince(earlier, later)) return result('update', 'the later one says the baby was born');

  if (
    !sameSubject(earlier.subject, later.subject) &&
    !(SELF_LIKE.has(earlier.subject) && SELF_LIKE.has(later.subject)) &&
    !ofOneNamedBefore(earlier) &&
    !ofOneNamedBefore(later) &&
    !namedIn(earlier, later) &&
    !namedIn(later, earlier) &&
    !namedAsTheirKin(later, earlier) &&
    !namedAsTheirKin(earlier, later)
  ) {
    const other = SELF_LIKE.has(later.subject) ? earlier.subject : later.subject;
    const selfOne = SELF_LIKE.has(later.subject) ? later : SELF_LIKE.has(earlier.subject) ? earlier : undefined;
    // "I have a dog named Rex" / "My dog is called Rex": the user's statement names the other, so they may be one fact.
    const named = selfOne?.tokens.includes(other.split(':')[0]!) === true;
    // "my boyfriend is Kieran" / "I've got a new boyfriend, Sam": a new one of the kind replaces the partner before.
    if (selfOne === later && newPartnerOfTheKind(earlier, later))
      return result('update', `a new ${describe(earlier.subject, earlier.text).replace(/^the /, '')}`);
    // "my physio appointment is Thursday at 10am" / "physio moved to Friday at 2pm": the event, called by its kind.
    const otherOne = selfOne === later ? earlier : later;
    if (selfOne !== undefined && changeWords.length > 0 && calledByItsKind(otherOne, selfOne)) {
      return movedOrCorrected(`the ${subjectNamed(otherOne)}`);
    }
    const moved = movedToAnotherTime();
    if (moved !== undefined) return moved;
    // Not when the later one's main clause holds no content word ("…, i always get it wrong"): it says nothing alike.
    if (named && later.content.length > 0 && isSubset(later.content, earlier.content)) {
      return result('equal', `both say the same about the ${other}`);
    }
    // "I have a dentist appointment on Saturday" / "My dentist appointment got moved to Tuesday": one
    // thing, named as the user's in one and as the subject in the other; read on.
    // "My partner is Alex" / "Alex and I broke up": the user's relationship, told once by the partner it names.
    if (partnerNames.length === 0 && (!named || !EVENTS.has(other.split(':')[0]!)))
      return result(
        'different-subject',
        `they are about different people or things (${describe(earlier.subject, earlier.text)} / ${describe(later.subject, later.text)})`,
      );
  }

  // "I'm always on the bike" / "sold Ellie's old bike and got her a new Carrera": the thing both name is, in the
  // later one, someone's the earlier one never names, so it is another thing.
  const owned = change ? ownedByAnother(earlier, later, sharedAnywhere) : undefined;
  if (owned !== undefined) return result('different-subject', `${owned} is not the one the earlier one speaks of`);

  // "My neurology appointment got moved to Monday" / "Switched my therapy appointment to Mondays": two
  // appointments, each named by what it is for.
  if (differentEvents(earlier, later)) {
    return result('different-subject', `the ${subjectNamed(earlier)} is not the ${subjectNamed(later)}`);
  }

  // "I live in Edinburgh" / "signed the lease on a studio in Leith, moving in on the 1st of August": a change
  // still to come leaves what holds now (a plan said again, "the move is now in September", replaces a plan).
  // "I'm moving to Denver next month", "We're selling the cottage and moving to a bungalow in Leyburn": a move
  // told as under way is still to come (one done says "moved").
  const plannedChange = changeWords.length > 0 && PLANNED_CHANGE.test(later.text);
  const movingSoon = PROGRESSIVE_MOVE.test(later.text) && !PROGRESSIVE_MOVE.test(earlier.text) && !THINKING_OF.test(earlier.text);
  if ((plannedChange || movingSoon) && !PLANNED.test(earlier.text) && !PLANNED_CHANGE.test(earlier.text)) {
    return bothHold('the later one tells of a change still to come');
  }

  // "Rent's gone up, it's R12,800 a month now" / "To be clear, my rent is R12,800 a month now": settling a sum with the
  // sum the earlier one gives, taking back nothing it says, is the same fact again (it had archived the earlier one).
  if (later.correction && !later.retracted.some((stem) => earlierContent.includes(stem))) {
    const settled = earlier.negated === later.negated ? sameSumFor(earlier, later, sharedAnywhere) : [];
    if (settled.length > 0) return result('equal', `the same sum for ${quoted(settled, later.text)} again`);
  }

  // "Sorry, I meant Marathi, not Hindi" after "I grew up speaking Hindi": the later one takes a value back.
  // Said again as it was ("To be clear, I live in Paris" after "I live in Paris") is the same fact, not a correction.
  const restated = earlierContent.length > 0 && overlap === 1;
  if (
    later.correction &&
    !restated &&
    !anotherCarer(earlier, later) &&
    (later.retracted.some(
      (stem) =>
        earlierContent.includes(stem) ||
        dayOfADate(stem, earlierContent) ||
        numberOfAnAmount(stem, earlierContent) ||
        // "Lurdes corrected me, she's in Matosinhos, not Porto itself" / "Lurdes moved up to Porto last weekend. …
        // it's not the same": a name taken back that the earlier one gives as a value, of the one it names, in any
        // clause (not "Lurdes has joined a choir up in Porto").
        takesBackANameOf(earlier, later, stem) ||
        // "… just had baby girl, named Chloe!" / "actually the baby name is Clara, not Chloe": the name the earlier one
        // gives one.
        calledSo(earlier.text, stem),
    ) ||
      // What it names as taken back ("midwifery not nursing") the earlier one must hold; else related content will do.
      (contentOf(later.retracted).length === 0 &&
        sharedAnywhere.length > 0 &&
        overlap >= UPDATE_OVERLAP &&
        // "lily-mae does full days at nursery now" / "to be clear lily-mae's birthday is 19th june": only whose.
        !sharesOnlyAnOwner(earlier.text, later.text, sharedStems(earlierContent, laterContent))))
  ) {
    // "actually mother insulin 14 units" after "mother insulin now 14 units, sugar still high": it takes nothing back
    // and says less than the earlier one, all of it the earlier one's.
    if (
      ACTUALLY.test(later.text) &&
      contentOf(later.retracted).length === 0 &&
      laterContent.every((stem) => earlierWords.includes(stem)) &&
      new Set(laterContent).size < new Set(earlierWords).size
    )
      return result('equal', 'the later one says again what the earlier one states, with "actually"');
    return result('correction', 'the later one corrects the earlier one');
  }

  // "Like I mentioned, my employer is Ramp Health" after "I work at Ramp Health": the later one says it
  // repeats, every name and number it states is in the earlier one's main clause, and they share a word
  // that is no number ("went twice this week" repeats nothing of "won 2-0").
  const restatedValues = later.restated && changeWords.length === 0 ? statedValues(later).filter((stem) => !notShared.has(stem)) : [];
  if (
    restatedValues.length > 0 &&
    earlier.negated === later.negated &&
    restatedValues.every((stem) => earlier.clause.includes(stem)) &&
    laterWords.some((stem) => !isNumeric(stem) && earlierWords.includes(stem))
  ) {
    return result('equal', `the later one says it repeats what the earlier one states (${quoted(restatedValues, later.text)})`);
  }
  // "Still loving bouldering" after "Picked up bouldering this month": it names no value, and what it is
  // about (past liking it) is all in the earlier one. Read from the clause that says "still" ("still up at
  // 5:30, body clock's broken"), against all the earlier one says.
  const stillSaid = later.stillSaid.filter((stem) => !notShared.has(stem));
  const restatedTopic = (stillSaid.length > 0 ? stillSaid : laterContent).filter((stem) => stem !== LIKE);
  const earlierSaid = stillSaid.length > 0 ? earlierWords : earlierContent;
  if (
    later.restated &&
    changeWords.length === 0 &&
    // The names and numbers of the "still" clause are in its topic, so in the earlier one too.
    (stillSaid.length > 0 || restatedValues.length === 0) &&
    earlier.negated === later.negated &&
    restatedTopic.length > 0 &&
    restatedTopic.every((stem) => earlierSaid.includes(stem)) &&
    // "new job at Haidilao as waitress, tue and thu nights, still tutoring on weekends too": a "still" beside a new thing
    // tells a fact of its own, which a duplicate would drop.
    !NEW_THING.test(later.text)
  ) {
    return result('equal', `the later one says it still holds (${quoted(restatedTopic, later.text)})`);
  }

  // "I'm allergic to peanuts" / "turns out I'm allergic to shellfish too": one more, said as one more.
  const added = laterContent.filter((stem) => !earlierContent.includes(stem));
  if (ADDS_ONE_MORE.test(later.text) && changeWords.length === 0 && earlier.negated === later.negated && added.length > 0) {
    return bothHold(`the later one adds ${quoted(added, later.text)} as one more`);
  }

  // "rent is £650 a month plus bills" / "just paid the £650 rent, ouch": the same sum for a thing both name,
  // told again with no change, is the one fact.
  const again = change || later.correction || earlier.negated !== later.negated ? [] : sameSumFor(earlier, later, sharedAnywhere);
  if (again.length > 0) return result('equal', `the same sum for ${quoted(again, later.text)} again`);

  const a = earlier.attribute;
  const b = later.attribute;
  // "I hate musicals" / "Musicals are my favourite thing to see": a favourite is liked, so one denies the other.
  if (a !== undefined && b !== undefined && earlier.negated !== later.negated && likedAndFavorite(a, b)) {
    return revised
      ? result('update', `one likes what the other does not, and ${change ? changeNote : 'the later one says it turned out so'}`)
      : result('negation', `one likes ${quoted(sharedStems(a.value, b.value), later.text)}, the other does not`);
  }
  // "My daughter Susan is a teacher in Harrogate" / "Susan's got a new job, she's deputy head at a school in Ripon
  // now": a new job replaces the one said before, however the later one tells it.
  if (
    a?.category === 'job' &&
    b?.category !== 'job' &&
    GOT_A_NEW_JOB.test(later.text) &&
    !NOT_SO_YET.test(later.text) &&
    !SEEKING.test(later.text)
  )
    return result('update', 'a new job');
  // "I've got a new boyfriend, Sam" / "Sam and I broke up": the break-up ends what the earlier one has.
  if (a?.key === 'have' && b?.key === 'relationship' && b.value.includes(BREAK_UP) && brokeUpWith(a.value, b.value))
    return result('update', `the user broke up with ${quoted(sharedStems(a.value, b.value), later.text)}`);
  // "bf is marcus, hes in atlanta so long distance" / "marcus and i broke up": the partner it names, broken up with.
  // "started seeing someone!! alex" / "alex and i broke up" too: one the user dates is a partner.
  // "Me and Kwame are dating now, he's a pharmacist at Lewisham hospital" / "Kwame and I have broken up": dating told
  // beside what the partner does is still the relationship.
  const dating = DATING.test(earlier.text);
  const partnerNamed =
    (PARTNERS.has(earlier.subject.split(':')[0]!) || dating) &&
    (a === undefined || a.key === 'relationship' || (dating && SELF_LIKE.has(earlier.subject)));
  const brokenWith =
    partnerNamed && b?.key === 'relationship' && b.value.includes(BREAK_UP)
      ? sharedAnywhere.filter((stem) => stem !== BREAK_UP && !PARTNERS.has(stem))
      : [];
  if (brokenWith.length > 0) return result('update', `the user broke up with ${quoted(brokenWith, later.text)}`);
  // "I have given up the choir" / "I have rejoined the choir at St. Finbarr's": taken up again, what the earlier ended.
  const cancelled = CANCELLED_WHAT.exec(earlier.text)?.[1]?.toLowerCase();
  const resumedStem = RESUMED.test(later.text)
    ? (endedThing(earlier.text)?.[0] ??
      (cancelled === undefined ? undefined : stemWord(cancelled)) ??
      noLongerDone(earlier).find((stem) => later.tokens.includes(stem)))
    : undefined;
  if (resumedStem !== undefined && later.tokens.includes(resumedStem))
    return result('update', `the later one takes up again ${quoted([resumedStem], later.text)}, which the earlier one ended`);
  // "I drive a silver Toyota Corolla" / "I sold the Corolla last month and I take the bus now": the car one drives,
  // sold, whatever else the later one states.
  const ended = change ? endedThing(later.text) : undefined;
  if (a?.key === 'vehicle' && b?.key !== 'vehicle' && ended !== undefined && a.value.includes(ended[0]!))
    return result(
      'update',
      `the later one says the car the earlier one drives, ${quoted([ended[0]!], later.text)}, is over (sold, traded or gone)`,
    );
  if (a !== undefined && b !== undefined && a.key !== b.key) {
    // "I work as a nurse at Mass General" / "started a new job at Kaiser as a nurse practitioner": a new job
    // replaces the old one, whether each is told by its title or its workplace.
    if (a.category === 'job' && b.category === 'job' && changeWords.length > 0 && NEW_JOB.test(later.text)) {
      return result('update', `a new job, and ${changeNote}`);
    }
    return result('different-attribute', `they say different things (${a.key} / ${b.key})`);
  }
  // "I live in a shared apartment on Harbord Street" / "Parisa moved to Montreal last weekend, so I now live alone": how
  // one lives (alone, on one's own) is no other place one lives; "I live alone" / "Marco moved in with me" is a change of it.
  if (
    a?.key === 'residence' &&
    b?.key === 'residence' &&
    livesAloneOnly(earlier) !== livesAloneOnly(later) &&
    !MOVED_IN_WITH.test(later.text)
  )
    return result('different-attribute', 'they say different things (how one lives / where one lives)');
  if (a !== undefined && b !== undefined) {
    const what = describeAttribute(a.key, `${earlier.text} ${later.text}`);
    const polarityDiffers = earlier.negated !== later.negated;
    // A bare mention ("I have a job", "Where do I live?") has no value: anything more precise refines it.
    const shape =
      b.value.length === 0
        ? 'narrower'
        : a.value.length === 0
          ? 'wider'
          : anotherCount(earlier, later) || recounted(a.value, b.value)
            ? 'numbers'
            : compareValues(asPets(placed(a), b.value), asPets(placed(b), a.value), a.ordered);
    if (polarityDiffers) {
      if (oneThing(shape) || oneThing(compareValues(withoutStress(a.value), withoutStress(b.value), a.ordered))) {
        return revised
          ? result('update', `one denies the ${what} the other states and ${change ? changeNote : 'the later one says it turned out so'}`)
          : result('negation', `one denies the ${what} the other states`);
      }
      // "I have a pint of Black Sheep now and then" / "I've given up the Black Sheep too": what one has, given up.
      const given = sharedStems(a.value, b.value);
      if (later.negated && later.changeWords.some((word) => ENDING.test(word)) && given.length > 0)
        return result('update', `the later one gives up ${quoted(given, later.text)}, and ${changeNote}`);
      // "I work at Fennel & Ash" / "first shift at Halden today. not at Fennel & Ash anymore": the later one
      // denies the earlier's value and holds its own, one at a time.
      const denied = a.value.filter((stem) => later.tokens.includes(stem));
      if (
        later.negated &&
        change &&
        a.single &&
        denied.length * 2 >= a.value.length &&
        !b.value.every((stem) => earlier.tokens.includes(stem))
      )
        return result('update', `the later one says the ${what} ${quoted(denied, later.text)} no longer holds, and ${changeNote}`);
      return bothHold(`different ${what} values, one of them negated: both can hold`);
    }
    if (shape === 'equal')
      return change && !nowSaidAgain() ? result('update', `the same ${what}, and ${changeNote}`) : result('equal', `the same ${what}`);
    if (shape === 'wider')
      return change
        ? result('update', `a more precise ${what}, and ${changeNote}`)
        : result('refinement', `the later one gives the ${what} more precisely`);
    if (shape === 'narrower')
      return change && !nowSaidAgain()
        ? result('update', `${b.value.length === 0 ? 'the' : 'the same'} ${what}, and ${changeNote}`)
        : saidWithLessDetail(`the later one repeats the ${what} with less detail`);
    if (shape === 'numbers') {
      // "Biscuit is 7 and Murphy is 4" / "Biscuit is 8 now": archiving the earlier would lose Murphy's age.
      const untold = othersNumbered(earlier, later);
      if (untold !== undefined) return bothHold(`the earlier one also gives ${untold}'s, which the later one does not speak of`);
      const another = anotherNumberOf(earlier, later) ?? `another number or date for the ${what}`;
      if (change || olderAge(earlier, later)) return result('update', `${another}, and ${change ? changeNote : 'ages only grow'}`);
      return result('value-change', another);
    }
    // "Kieran and I broke up" / "Sam and I broke up": a break-up with another partner ends another relationship.
    if (a.key === 'relationship' && a.value.includes(BREAK_UP) && b.value.includes(BREAK_UP))
      return bothHold('two break-ups, with different partners');
    // "I live in Dayton Ohio" / "I live on Wilmington Pike in Dayton": one names a place inside the other, by the other's
    // first (most precise) word; both hold. "Columbus Ohio" shares only the state: another place.
    if (a.key === 'residence' && !change && (b.value.includes(a.value[0] ?? '') || a.value.includes(b.value[0] ?? '')))
      return bothHold(`one ${what} names a place inside the other ("${a.value[0]}" or "${b.value[0]}")`);
    // "I teach maths at a high school in Cape Town" / "I teach at Grassy Park High": one names the workplace the other
    // leaves unnamed, of the same kind.
    if ((a.key === 'work' || a.key === 'job-title') && !change && (namesTheUnnamed(earlier, b.value) || namesTheUnnamed(later, a.value)))
      return bothHold(`one names the ${what} the other leaves unnamed`);
    if ((a.key === 'work' || a.key === 'job-title') && oneWorkplaceNamedTwoWays(a.value, b.value))
      return change ? result('update', `the same ${what}, and ${changeNote}`) : result('equal', `the same ${what}, named two ways`);
    // "I stay in Aberdeen" / "I live in a wee granite hoose on Holburn Street": a street is in a town, which one names
    // and the other does not.
    if (a.key === 'residence' && !change && onAStreet(a.value) !== onAStreet(b.value))
      return bothHold(`one ${what} is a street, the other a town it may be in`);
    if (a.single || a.ordered) {
      if (change) return result('update', `${aNew(what)} (one at a time), and ${changeNote}`);
      const differs = result('value-change', `two different values for the ${what}, which has one value at a time`);
      // "My GP is Dr Hughes" / "Dr Price is my GP": ask by the names ("Who is your doctor now: Dr Hughes or Dr Price?").
      const [before, now] = [titledNamesIn(earlier.text)[0], titledNamesIn(later.text)[0]];
      return a.key.startsWith(CARER) && SELF_LIKE.has(earlier.subject) && before !== undefined && now !== undefined && before !== now
        ? { ...differs, question: `Who is your ${carerOf(a.key)} now: ${before} or ${now}?` }
        : differs;
    }
    // "I have eleven grandchildren altogether" / "I have twelve grandchildren now": how many of one kind, told again as
    // changed. Told plainly, each count may come with something of its own ("two kids, Maya and Leo" / "three kids at the
    // same school"): both kept, as below.
    const kind = countedKind(a.value);
    if (change && kind !== undefined && kind === countedKind(b.value) && a.value[0] !== b.value[0])
      return result('update', `another number of ${quoted([kind], later.text)} (${a.value[0]}, now ${b.value[0]}), and ${changeNote}`);
    // "so I have an iPhone 13" / "Upgraded my phone, I have an iPhone SE now": one of several, replaced.
    if (strongChange && sharedStems(a.value, b.value).length > 0) {
      return result('update', `another ${what} of the same kind, and ${changeNote}`);
    }
    // "I speak Cantonese at home with my parents" / "My parents and I only ever speak Mandarin at home": one
    // can have several, but one of them says there is only the one.
    if (saysOnlyOne(earlier) || saysOnlyOne(later))
      return result('value-change', `two different values for the ${what}, and one says it is the only one`);
    return bothHold(`different ${what} values, and one can have several`);
  }

  // "I have my therapy appointment every Thursday at 5pm" / "Switched my therapy appointment to Mondays at
  // noon": the words left once the appointment is named are its times, and the later one moved it.
  const event = [later, earlier].find((statement) => EVENTS.has(statement.subject));
  const sameEvent =
    event !== undefined && [earlier, later].every((statement) => event.subjectWords.every((stem) => statement.tokens.includes(stem)));
  // "about 80 people" counts guests; it is no time of the event.
  if (
    sameEvent &&
    changeWords.length > 0 &&
    timesOf(earlierContent, earlier.text).length > 0 &&
    timesOf(laterContent, later.text).length > 0
  ) {
    return movedOrCorrected(`the ${subjectNamed(event)}`);
  }

  // "I have a dentist appointment next Tuesday at 2pm" / "I rescheduled the dentist to Thursday at 10am": the
  // later one names an event, and nothing but what the earlier one names, at another time, said as a change.
  // "Anjali's dentist appointment is on Thursday the 11th" / "Anjali moved her dentist to Friday the 12th": the
  // earlier one names the event, the later one only what it is for.
  const laterWhat = laterContent.filter((stem) => !isTime(stem) && !PRONOUNS.has(stem));
  if (
    changeWords.length > 0 &&
    laterWhat.length > 0 &&
    [...laterWhat, ...earlierContent].some((stem) => EVENTS.has(stem)) &&
    isSubset(laterWhat, earlierContent) &&
    atAnotherTime(earlierContent, laterContent, earlier.text, later.text)
  ) {
    return movedOrCorrected(`the ${quoted(laterWhat, later.text)}`);
  }
  const moved = movedToAnotherTime();
  if (moved !== undefined) return moved;

  // "I've never been to Japan" / "We're going to Japan in April", "The Japan trip got cancelled": a plan,
  // or a plan called off, takes nothing back of what has never happened.
  if (neverAgainstAPlan(earlier, later)) return bothHold('one says it never happened, the other plans it or calls it off');

  // No rule knows the predicate of at least one of them: compare the content words themselves.
  if (earlierContent.length === 0 && laterContent.length === 0) {
    // Nothing but function words on both sides: only the very same words are the same statement.
    const same =
      earlier.tokens.length > 0 ? earlier.tokens.join(' ') === later.tokens.join(' ') : earlier.text.trim() === later.text.trim();
    return same ? result('equal', 'the same words') : result('unclear', 'no content words to compare');
  }
  if (overlap === 0) {
    // "My daughter is in year 9" / "My daughter is in year 10 now", "I'm 20 weeks pregnant" / "I'm 24 weeks
    // now": one measure, told with another number.
    if (sameMeasure(earlier, later, notShared)) {
      return change
        ? result('update', `another number for the same ${quoted([measureOf(later)!], later.text)}, and ${changeNote}`)
        : result('value-change', `another number for the same ${quoted([measureOf(later)!], later.text)}`);
    }
    // "I have a dog named Max" / "Max passed away last night": what was said of someone who is gone is past.
    if (tellsOfOneGone(earlier, later)) {
      return result('update', `the later one says ${describe(later.subject, later.text)} is gone`);
    }
    // "Sold the Golf, I've got a Tesla now" / "I drive a VW Golf": the main clause shares nothing, an earlier one does.
    const sharedWords = sharedStems(earlierWords, laterWords);
    if (
      change &&
      jaccard(earlierWords, laterWords) >= UPDATE_OVERLAP &&
      !sharesOnlyAnOwner(earlier.text, later.text, sharedWords) &&
      !namesOthersTitled(earlier.text, later.text)
    )
      return generalUpdate(`related statements, and ${changeNote}`);
    // "water tablet, furosemide 40mg in the morning. makes the mornings interesting" / "she's put the furosemide
    // up to 80mg a day": another measured amount (not a sum of money) of a thing both name, though not in the main
    // clauses. Sums were wrong here on the training streams: "sold canola at $14.80" / "canola's at $15.40 now".
    const amountAnywhere = change
      ? anotherAmount(
          earlier,
          later,
          sharedAnywhere.filter((stem) => !kindsOfOne().includes(stem)),
          false,
        )
      : undefined;
    if (amountAnywhere !== undefined) return result('update', `another amount of ${amountAnywhere}, and ${changeNote}`);
    if (strongChange && sharedAnywhere.length > 0) return looseUpdate();
    // "Ellie's in Year 10 at the same school" / "Ellie's in Year 11 now, exam year, god help us": the main
    // clauses share nothing, but the statements do; the reason says which.
    return sharedAnywhere.length > 0
      ? result('unrelated', `their main clauses have no content words in common (only ${quoted(sharedAnywhere, later.text)} elsewhere)`)
      : result('unrelated', 'they have no content words in common');
  }
  const shape = compareValues(earlierContent, laterContent, false);
  if (earlier.negated !== later.negated && (later.negated || deniesWhatTheOtherSays(earlier, later))) {
    if (oneThing(shape)) {
      return revised
        ? result('update', `one denies what the other states and ${change ? changeNote : 'the later one says it turned out so'}`)
        : result('negation', 'one denies what the other states');
    }
    // "hurt my finger pulley climbing, physio says no climbing 6 weeks" / "gave up climbing for now": a hurt's cause,
    // which the ending does not end (the climbing itself is told elsewhere).
    const endedHere = endedThing(later.text);
    if (endedHere !== undefined && namedOnlyInPassing(earlier, endedHere))
      return bothHold(`the earlier one names ${quoted(endedHere, later.text)} only as where a hurt came from`);
    if (change && overlap >= UPDATE_OVERLAP) return generalUpdate(`related, one negated, and ${changeNote}`);
    if (strongChange) return looseUpdate();
    const deniedThing = deniedByTheOther(earlier, later);
    if (!change && deniedThing.length > 0)
      return result('denial', `one denies the ${quoted(deniedThing, `${earlier.text} ${later.text}`)} the other speaks of`);
    // "I'm no longer training for the half marathon" / "Changed my mind, I'm doing the Amsterdam half after all": a
    // change of mind back to what the earlier one gave up.
    if (earlier.negated && !later.negated && MIND_CHANGED_BACK.test(later.text) && sharedAnywhere.length > 0)
      return result('update', `the later one takes back what the earlier one gave up (${quoted(sharedAnywhere, later.text)})`);
    return result('unclear', 'related statements, one negated, about different things');
  }
  // "I stopped drinking coffee" / "I drink two cups of coffee every day": what the earlier one says ended,
  // the later one says holds, and says no change: one of them is wrong, or it started again.
  const endedBefore = earlier.changeWords.some((word) => ENDING.test(word)) && !earlier.negated && endsWhatTheLaterSays(earlier, later);
  if (endedBefore && changeWords.length === 0 && oneThing(shape)) {
    return result('negation', 'the earlier one says it ended, the later one that it holds');
  }
  if (shape === 'equal') {
    const unread = unreadCharactersApart(earlier.text, later.text);
    if (unread !== undefined) return result('unclear', `the same words, told apart by what the rules do not read (${unread})`);
    // "actually, I don't drink coffee anymore" after "I don't drink coffee anymore": the change was said before too.
    const saidAgain = changeWords.length > 0 && (changeWords.every((word) => earlier.changeWords.includes(word)) || nowSaidAgain());
    return change && !saidAgain ? result('update', `the same statement, and ${changeNote}`) : result('equal', 'the same content words');
  }
  if (shape === 'numbers')
    return change
      ? result('update', `another number, time or date, and ${changeNote}`)
      : calledNew(later)
        ? result('update', 'another number, time or date, which the later one calls new')
        : result('value-change', 'the same statement with another number, time or date');
  // "Aiko graduated! public health degree done" / "Aiko got a job at King County public health": a new job
  // replaces only something said of work.
  if (change && later.attribute?.category === 'job' && NEW_JOB.test(later.text) && !speaksOfWork(earlier)) {
    return result('compatible', 'the later one tells of a new job, the earlier one of no work');
  }
  // "bin day is tuesday" / "bin day is friday here": one thing, named alike before "is", with another value after it.
  const topic = sameTopicOtherValue(earlier, later);
  // "health inspection was feb 12, we got 92" / "next health inspection is june 3": one past, the next to come.
  if (topic !== undefined && NEXT_ONE.test(later.text) && !NEXT_ONE.test(earlier.text) && PAST_VERB.test(earlier.text))
    return bothHold(`the later one tells of the next one (${topic}), the earlier one of one past`);
  if (topic !== undefined && !earlier.past)
    return change
      ? generalUpdate(`one thing (${topic}) with another value, and ${changeNote}`)
      : calledNew(later)
        ? generalUpdate(`one thing (${topic}) with another value, which the later one calls new`)
        : result('value-change', `one thing (${topic}) with two different values`);
  // "lily-mae's birthday is 19th june" / "lily-mae is 5 now", "… Dr Patel …" / "HbA1c now 52, Dr Patel happy with me":
  // one of the two things of one, or a change told of something else.
  const sharedContent = sharedStems(earlierContent, laterContent);
  const elsewhere = (): boolean =>
    sharesOnlyAnOwner(earlier.text, later.text, sharedContent) ||
    sharesOnlyAPlaceInAName(earlier, later, sharedContent) ||
    sharesOnlyAName(earlier.text, later.text, sharedContent) ||
    switchedFromWhatItIsBeside(earlier, later) ||
    sharesOnlyWhatItIsBeside(earlier, sharedContent) ||
    changedElsewhere(earlier.tokens, later.text, changeWords, sharedContent) ||
    (changeWords.every((word) => ONLY_NOW.has(word)) && namesTheValueForAnother(earlier, later, sharedContent));
  if (change && overlap >= UPDATE_OVERLAP && changeWords.length > 0 && elsewhere())
    return result(
      'compatible',
      `they share only ${quoted(sharedContent, later.text)}, and the change the later one tells is of another thing`,
    );
  if (change && overlap >= UPDATE_OVERLAP) return generalUpdate(`related statements, and ${changeNote}`);
  // "Darragh has hurling training … Tuesday and Thursday evenings" / "Darragh's hurling is Mondays and Wednesdays now":
  // the days are the values told, not what both are about, which is the rest.
  const onOtherDays = change ? sameThingOnOtherDays(earlierContent, laterContent) : undefined;
  if (onOtherDays !== undefined) return generalUpdate(`the ${quoted(onOtherDays, later.text)} on other days, and ${changeNote}`);
  // "I take 20mg of lisinopril every morning" / "My doctor upped my lisinopril to 40mg": another amount of a
  // thing both name, said as a change. Read before a denial ("the 10 wasn't doing much"), it lost a fact on the
  // sealed recall streams (counted, not read), so it comes after.
  // Not of two kinds of it ("my renters insurance … $14 a month" / "switched my car insurance … $40 cheaper").
  const amountOf = change
    ? anotherAmount(
        earlier,
        later,
        sharedStems(earlierContent, laterContent).filter((stem) => !kindsOfOne().includes(stem)),
      )
    : undefined;
  if (amountOf !== undefined) return result('update', `another amount of ${amountOf}, and ${changeNote}`);
  // "started me on lisinopril 10mg" / "patel took me off the lisinopril, bp's been normal": what the later one
  // ends is a thing the earlier one has, whatever else both name.
  if (
    ended?.every((stem) => sharedAnywhere.includes(stem)) &&
    !happenedOnce() &&
    !onlyThoughtOf(earlier) &&
    !finishedOnItsDay(earlier, later) &&
    !namedOnlyInPassing(earlier, ended)
  )
    return result('update', isOver(quoted(ended, later.text)));
  if (strongChange) return looseUpdate();
  if (shape === 'wider') return result('refinement', 'the later one adds detail to the earlier one');
  // "…roped into being treasurer" / "did the allotment society accounts, we're £300 up. treasurer of the year
  // me": a closing aside repeats a word; the rest of the later one says more, with a number of its own.
  // "I'm off work with my back" / "back to work next week": taking up again, or a time to come, says more than it repeats.
  // "I dey prepare for ICAN fellowship exam" / "I passed my ICAN fellowship exam! I be FCA now": so does a change
  // word the earlier one does not say.
  const tellsMore =
    (RESUMED.test(later.text) && !RESUMED.test(earlier.text)) ||
    (TO_COME.test(later.text) && !TO_COME.test(earlier.text)) ||
    changeWords.some((word) => !ONLY_NOW.has(word) && !earlier.changeWords.some((told) => told.toLowerCase() === word));
  if (
    shape === 'narrower' &&
    !tellsMore &&
    mostlyRepeats(laterWords, earlierWords) &&
    statedValues(later).every((stem) => earlier.tokens.includes(stem))
  )
    return saidWithLessDetail('the later one repeats the earlier one with less detail');
  // "I do my food shop at Aldi" / "I do all my grocery shopping at Waitrose": told alike, with another value, and
  // one of them says it is the only one.
  if (shape === 'different' && (saysOnlyOne(earlier) || saysOnlyOne(later)))
    return result('value-change', 'related statements with different values, and one says it is the only one');
  if (overlap >= UNCLEAR_OVERLAP) return result('unclear', 'closely related statements that differ in a way the rules do not know');
  return result('compatible', 'related statements about different things');
}

/**
 * What both name the same way before their first "is" ("bin day", "the Singapore conference"), when what each
 * says after it has content and shares none of it (times like "week" aside): undefined otherwise.
 */
function sameTopicOtherValue(earlier: Statement, later: Statement): string | undefined {
  if (later.restated) return undefined;
  const [topicA, valueA] = splitAtBe(earlier.clause);
  const [topicB, valueB] = splitAtBe(later.clause);
  if (topicA === undefined || topicB === undefined || topicA.length === 0) return undefined;
  if (topicA.length !== topicB.length || !topicA.every((stem) => topicB.includes(stem))) return undefined;
  if (!namesAValue(earlier, valueA) || !namesAValue(later, valueB) || sharedStems(valueA, valueB).length > 0) return undefined;
  // "wor Gary who's 39" / "Gary's a scaffolder, lives ower in Gateshead": a number alone and words with no number are
  // two things of one (an age, a job), not two values of one thing.
  const onlyANumber = (value: readonly string[]) => value.length > 0 && value.every(isNumeric);
  if (
    onlyANumber(valueA) !== onlyANumber(valueB) &&
    !valueA.concat(valueB).every(isNumeric) &&
    !(valueA.some(isNumeric) && valueB.some(isNumeric))
  )
    return undefined;
  return quoted(topicA, later.text);
}

/** "new salary is 165k" after "my salary is $135k": the thing given a value is called new, so the value changed. */
function calledNew(statement: Statement): boolean {
  const at = statement.clause.indexOf('be');
  return at > 0 && statement.clause.slice(0, at).includes(NEW);
}

/** A name, a number, a day or a month among `words`: "thesis is eating my life" names none. */
function namesAValue(statement: Statement, words: readonly string[]): boolean {
  const stated = statedValues(statement);
  return words.some((stem) => stated.includes(stem) || isNumeric(stem));
}

/** The content words before the clause's first "is" and after it; no topic when there is no "is". */
function splitAtBe(clause: readonly string[]): [topic: string[] | undefined, value: string[]] {
  const at = clause.indexOf('be');
  if (at === -1) return [undefined, []];
  return [contentOf(clause.slice(0, at)), contentOf(clause.slice(at + 1)).filter((stem) => !TIME_WORDS.has(stem))];
}

const ACTUALLY = /\bactually\b/i;
// Words a denial only stresses with ("I don't speak any French at all", "I have no debt whatsoever", "I'm not
// allergic to anything"): what is denied is the rest.
const DENIAL_STRESS: ReadonlySet<string> = new Set(['ever', 'all', 'any', 'anything', 'whatsoever'].map(stemWord));

// Verbs a denial uses with the thing it denies: "I've never tried sushi", "I don't have a smartwatch", "I don't
// drink coffee" (against "I'm on my 3rd coffee of the day").
const DENYING_VERBS: ReadonlySet<string> = new Set([
  ...DENIAL_STRESS,
  ...['have', 'do', 'try', 'go', 'get', 'own', 'use', 'like', 'can'].map(stemWord),
  ...['drink', 'eat', 'smoke', 'ride', 'play', 'watch', 'speak'].map(stemWord),
]);

// Words that only say how a home sits or looks: "a cottage outside Hebden Bridge" is "near Hebden Bridge in a little cottage".
const PLACE_DESCRIPTIONS: ReadonlySet<string> = new Set(
  ['near', 'nearby', 'outside', 'just', 'little', 'small', 'tiny', 'lovely', 'nice', 'cute', 'cosy', 'cozy'].map(stemWord),
);

/** A residence's value without the words that only describe it; any other attribute's as it is. */
function placed(attribute: StatementAttribute): string[] {
  return attribute.key === 'residence' ? attribute.value.filter((stem) => !PLACE_DESCRIPTIONS.has(stem)) : attribute.value;
}

/** `values` without the words a denial stresses with, so "French at all" denies "French, fluently". */
function withoutStress(values: readonly string[]): string[] {
  return values.filter((stem) => !DENIAL_STRESS.has(stem));
}

/**
 * "My doctor is Dr. Lindqvist" / "sorry for the mixed messages, my dentist is Dr. Brennan": each names who
 * treats the user in another role, so a correction of one takes nothing back of the other. (Other keys that
 * differ may still name one thing: "favorite painter" and "favorite artist".)
 */
function anotherCarer(earlier: Statement, later: Statement): boolean {
  const [a, b] = [earlier.attribute?.key, later.attribute?.key];
  return a !== undefined && b !== undefined && a !== b && a.startsWith(CARER) && b.startsWith(CARER);
}

/** The two statements, the negated one first (when both are, the earlier; when neither, the later). */
function negatedFirst(earlier: Statement, later: Statement): [Statement, Statement] {
  return earlier.negated ? [earlier, later] : [later, earlier];
}

const NEVER = /\bnever\b|\b(?:have|has)(?: not|n[’']t)(?: ever)? been\b/i;
// "going to" a place ("started going to the gym") is no plan.
const PLANNED =
  /\b(?:going to(?!\s+(?:the|a|an|my|our|his|her|their|work|school|church|bed|mass|uni|college|gym|class|classes)\b)|gonna|will|plan(?:ning)? (?:on|to)|plans? to|hoping to|about to|booked|next (?:week|month|year|spring|summer|fall|autumn|winter))\b|['’]ll\b/i;

/**
 * One of the two says something never happened ("I've never been to Japan"), the other plans it ("We're going
 * to Japan in April"), or the later one ends something ("The Japan trip got cancelled").
 */
function neverAgainstAPlan(earlier: Statement, later: Statement): boolean {
  const ends = later.changeWords.some((word) => ENDING.test(word));
  if (earlier.negated === later.negated && !(ends && earlier.negated)) return false;
  const [denial, other] = negatedFirst(earlier, later);
  return NEVER.test(denial.text) && ((PLANNED.test(other.text) && !other.past) || (ends && other === later));
}

const WORK_WORDS =
  /\b(?:jobs?|work(?:s|ed|ing)?|employ\w*|unemployed|career|position|role|hired|fired|laid off|redundan\w*|retired|intern\w*|shifts?)\b/i;

/** A statement about work: a job title or workplace, or words of work ("between jobs", "laid off"). */
function speaksOfWork(statement: Statement): boolean {
  return statement.attribute?.category === 'job' || WORK_WORDS.test(statement.text);
}

// "plan to" said by someone ("I plan to move", "we're planning on selling"), not "switched phone plan to visible".
const PLANNED_CHANGE = new RegExp(
  `\\b(?:will|going to|gonna|about to)\\s+(?:\\w+\\s+)?(?:move|start|switch|leave|quit|change|sell|retire)\\w*|(?:^|(?<=\\b(?:i|we|you|he|she|they|i['’]m|im|we['’]re|am|are|is|was|were|still|also|now|really|and|so|but)\\s))plan(?:ning)? (?:on|to)\\s+\\w+|\\b(?:moving|starting|switching|leaving|retiring|transferring)\\b(?:\\s+[\\w']+){0,6}?\\s+(?:next\\b|on the \\d|from (?:the )?\\d|in (?:${MONTH_OR_SHORT_PATTERN})\\b|this (?:spring|summer|fall|autumn|winter)\\b|at the end of (?:the )?(?:month|year|${MONTH_OR_SHORT_PATTERN})\\b)`,
  'i',
);

// The speaker's own move under way: "I'm moving to Denver", "we're selling the house and moving to Leeds".
const PROGRESSIVE_MOVE =
  /\b(?:i['’]?m|we['’]?re|i am|we are)\s+(?:(?:selling|packing)\s+[\w\s]{0,30}?and\s+|\w+\s+)?(?:moving|relocating)\b/i;
const THINKING_OF = /\bthinking (?:about|of)\b/i;
/** "thinking about maybe selling the civic", "considering quitting": a thing only thought of, which an ending fulfils. */
const onlyThoughtOf = (earlier: Statement): boolean => THINKING_OF.test(earlier.text) || /\bconsidering\b/i.test(earlier.text);

const CARER = 'carer:';
// The words of a carer's key read back ("carer:diabet doctor" is the diabetes doctor).
const CARER_WORDS: ReadonlyMap<string, string> = new Map(DOCTOR_FOR.map((word): [string, string] => [stemWord(word), word]));
/** The carer a `carer:` key names, in words: "eye doctor", "diabetes doctor", "dentist". */
const carerOf = (key: string): string =>
  key
    .slice(CARER.length)
    .split(' ')
    .map((word) => CARER_WORDS.get(word) ?? word)
    .join(' ');
const SAYS_NO = /\b(?:never|no|not|cannot)\b|n[’']t\b/i;

/**
 * What the negated statement of the two denies, when the other speaks of all of it: "I've never tried sushi"
 * / "The sushi place by my office is where I eat most Fridays" (`sushi`). One or two words, besides the
 * verbs a denial uses, all in any clause of the other; none when neither or both are negated.
 */
function deniedByTheOther(earlier: Statement, later: Statement): string[] {
  if (earlier.negated === later.negated) return [];
  const [denial, other] = negatedFirst(earlier, later);
  // "I hate flying" / "I'm terrified of flying" dislike it both; a denial says no.
  if (!SAYS_NO.test(denial.text)) return [];
  const denied = denial.content.filter((stem) => !DENYING_VERBS.has(stem));
  const spoken = contentOf(other.tokens);
  return denied.length > 0 && denied.length <= 2 && denied.every((stem) => spoken.includes(stem)) ? denied : [];
}

// Words after which the next word is a verb: a subject, a negation, an auxiliary.
const VERB_CUES: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'not', 'have', 'do', 'be', 'will', 'can', 'to']);

/**
 * "I finally cancelled my cable subscription" / "My streaming subscriptions: Apple TV+": a noun both share,
 * each time right after another word of content, names two kinds of it; what ends one kind leaves the
 * other, so the noun is no content in common.
 */
function kindsApart(earlier: Statement, later: Statement): string[] {
  const before = (tokens: readonly string[], stem: string): string | undefined => {
    const at = tokens.indexOf(stem);
    const previous = at > 0 ? tokens[at - 1] : undefined;
    // "I use Sublime" / "haven't opened Sublime since": a verb before it names no kind.
    const verbed = at > 1 && VERB_CUES.has(tokens[at - 2]!);
    return previous !== undefined && !verbed && contentOf([previous]).length > 0 ? previous : undefined;
  };
  return earlier.content.filter((stem) => {
    if (!later.content.includes(stem)) return false;
    const [a, b] = [before(earlier.tokens, stem), before(later.tokens, stem)];
    return a !== undefined && b !== undefined && a !== b && !later.tokens.includes(a) && !earlier.tokens.includes(b);
  });
}

// "Ellie's old bike", "Jo's car": a name's possessive and up to two words before the thing.
// Not a "has" ("Doctor's put my amlodipine up"), nor a place named after a saint ("St Gabriel's nursing home").
const POSSESSED = new RegExp(
  `(?<!\\b(?:St|St\\.|Saint|Ste)\\s+)\\b([A-Z][a-z]+)'s\\s+(?!${HAS_AFTER_S_AHEAD})((?:[a-z]+\\s+){0,2}[a-z]+)`,
  'g',
);

/** "Ellie's bike" when every word both statements share is, in `later`, a thing of someone `earlier` never names. */
function ownedByAnother(earlier: Statement, later: Statement, shared: readonly string[]): string | undefined {
  if (shared.length === 0) return undefined;
  for (const [, owner = '', thing = ''] of later.text.replace(/\u2019/g, "'").matchAll(POSSESSED)) {
    if (NOT_NAMES.has(owner) || earlier.tokens.includes(stemWord(owner.toLowerCase()))) continue;
    const stems = normalizeText(thing).tokens;
    if (!shared.every((stem) => stems.includes(stem))) continue;
    // The words as written ("bike", which the reader takes for "bicycle").
    const written = thing.split(/\s+/).filter((word) => normalizeText(word).tokens.some((stem) => shared.includes(stem)));
    return `${owner}'s ${written.join(' ')}`;
  }
  return undefined;
}

const PREGNANT = /\b(?:pregnant|expecting (?:a|our|my|twins)\b|due in)\b/i;
const BORN =
  /\b(?:was born|were born|gave birth|baby (?:arrived|came)|(?:he|she|they)(?:'s| is| are) here|had (?:the|her|their|our|a) (?:baby|boy|girl|twins))\b/i;
const NEWBORN: ReadonlySet<string> = new Set(['baby', 'son', 'daughter', 'twin', 'thing'].map(stemWord));

/** The user (their partner, or one named) was pregnant, and the later one tells the baby's birth. */
function bornSince(earlier: Statement, later: Statement): boolean {
  if (!PREGNANT.test(earlier.text) || !BORN.test(later.text)) return false;
  const whose = earlier.subject.split(':')[0]!;
  const who = later.subject.split(':')[0]!;
  // "Keisha is pregnant!!" / "Keisha had the baby!!": one named, pregnant, then a mother.
  if (earlier.subject.startsWith(`${NAMED_PERSON}:`)) return sameSubject(earlier.subject, later.subject);
  return (SELF_LIKE.has(whose) || PARTNERS.has(whose)) && (SELF_LIKE.has(who) || NEWBORN.has(who));
}

const PET = stemWord('pet');

/** "I don't have any pets" / "We got a puppy named Biscuit": against a statement about pets, an animal is one. */
function asPets(content: string[], other: readonly string[]): string[] {
  if (!other.includes(PET) || content.includes(PET) || !content.some((stem) => ANIMALS.has(stem))) return content;
  return [...content, PET];
}

const DATING = /\b(?:seeing someone|(?:started|been|am|are|i'?m|we'?re) (?:seeing|dating)|going out with)\b/i;
const PARTNERS: ReadonlySet<string> = new Set(
  'partner wife husband spouse boyfriend girlfriend fiance fiancee bf gf hubby wifey'.split(' ').map(stemWord),
);

/**
 * The partner's name both hold, when one statement names the user's partner and says nothing else of them
 * ("My partner is Alex", "my husband Mark") and the other is the user's relationship ("Alex and I broke
 * up"); none otherwise.
 */
function partnerOfTheUser(earlier: Statement, later: Statement): string[] {
  const [partner, self] = SELF_LIKE.has(later.subject) ? [earlier, later] : [later, earlier];
  if (!PARTNERS.has(partner.subject.split(':')[0]!) || self.attribute?.category !== 'relationship') return [];
  if (partner.attribute !== undefined && partner.attribute.key !== 'name') return [];
  return partner.content.filter((stem) => !PARTNERS.has(stem) && !isNumeric(stem) && self.tokens.includes(stem));
}

/**
 * `stem` names the subject of `named`, known by name only, and the user's own statement `other` calls it a
 * thing of theirs ("my Netflix plan"; not "lunch with Chloe").
 */
function heldAsAThing(named: Statement, other: Statement, stem: string): boolean {
  if (!named.subject.startsWith(`${NAMED_PERSON}:`) || !named.subjectWords.includes(stem) || !SELF_LIKE.has(other.subject)) return false;
  const at = other.tokens.indexOf(stem);
  return at > 0 && (other.tokens[at - 1] === 'my' || other.tokens[at - 1] === 'our') && other.content.includes(stem);
}

/**
 * "My daughter Mia is 7" / "Mia turned 8": the other statement opens with the name and names no one by
 * kin, so both are about Mia ("I'm married to Tom" is not about "my brother Tom").
 */
function namedIn(named: Statement, other: Statement): boolean {
  const name = named.subject.split(':')[1];
  if (name === undefined || !SELF_LIKE.has(other.subject)) return false;
  // "Tito is 3 years old" / "I have a cat named Tito": known by name only, Tito may be the user's cat.
  // "Jess is moving out" / "a shared house with Jess and two others": one the user lives or goes with is not theirs.
  // "I've got two kids, Aarav who's 8 and Maya who's 5" / "Aarav's turned 9": one of several named, so a change of
  // Aarav's leaves the others' facts; read as about someone else, both stay.
  if (named.subject.startsWith(`${NAMED_PERSON}:`))
    return (
      named.subjectWords.every((word) => other.tokens.includes(word) && other.tokens[other.tokens.indexOf(word) - 1] !== 'with') &&
      !namedAmongOthers(other.text, name)
    );
  return other.clause[0] === stemWord(name);
}

/**
 * "Gareth's wife is Leanne, she works in Tesco" / "Leanne's left Tesco": the one `named` is known by is the one `other`
 * is about ("Gareth's wife"), named there.
 */
function namedAsTheirKin(named: Statement, other: Statement): boolean {
  const prefix = `${NAMED_PERSON}:`;
  if (!named.subject.startsWith(prefix) || !other.subject.startsWith(prefix)) return false;
  const [name, kin] = [named.subject.slice(prefix.length), other.subject.slice(prefix.length)];
  if (!/^[a-z]+$/.test(name) || !/^[a-z]+'s [a-z]+$/.test(kin)) return false;
  return new RegExp(`\\b${kin.replace("'", "['’]")},?\\s+(?:is\\s+)?${name}\\b`, 'i').test(other.text);
}

/** `text` names `name` (lower case) in a list with another name: "Aarav who's 8 and Maya who's 5", "Biscuit, Mochi and Rex". */
function namedAmongOthers(text: string, name: string): boolean {
  const listed = /\b([A-Z][a-z]+)(?:\s+(?:who|which)['’]?s\s+\w+)?(?:\s*,\s*|\s+and\s+)([A-Z][a-z]+)\b/g;
  for (const match of text.matchAll(listed)) {
    const [first, second] = [match[1]!, match[2]!];
    if (NOT_NAMES.has(first) || NOT_NAMES.has(second)) continue;
    if (first.toLowerCase() === name || second.toLowerCase() === name) return true;
  }
  return false;
}

// A day it happened on, and a verb in the past: "30 today! ingrid booked a cabin", "the scan was today".
const NEXT_ONE = /\b(?:next|upcoming)\b/i;
const HAPPENED_ON = new RegExp(`\\b${ON_A_DAY_PATTERN}\\b`, 'i');
const PAST_VERB = new RegExp(`\\b(?:was|were|got|said|${PAST_VERBS_PATTERN}|[a-z]{3,}ed)\\b`, 'i');

/** The statement tells of something that happened on a day it names, as done. */
function toldAsHappened(text: string): boolean {
  return HAPPENED_ON.test(text) && PAST_VERB.test(text);
}

/** Both about an event of one kind ("my ... appointment"), each with words saying which, none shared. */
function differentEvents(earlier: Statement, later: Statement): boolean {
  if (earlier.subject !== later.subject || !EVENTS.has(earlier.subject)) return false;
  const which = (statement: Statement) => statement.subjectWords.filter((word) => word !== statement.subject);
  const [a, b] = [which(earlier), which(later)];
  return a.length > 0 && b.length > 0 && !a.some((word) => b.includes(word));
}

/**
 * "my daughter is 5 months old" / "My daughter is 6 months old already": the next age, said as an age
 * ("… old", "turned", "age"), is a later one. Two years on ("7" / "9 years old") is a question to ask;
 * "My resting heart rate is 78" is no age.
 */
function olderAge(earlier: Statement, later: Statement): boolean {
  const ages = agesOfOne(earlier, later);
  if (ages === undefined || !(ages[1] > ages[0])) return false;
  if (AN_AGE.test(earlier.text) && AN_AGE.test(later.text) && ages[1] === ages[0] + 1) return true;
  // "Kofi is 28" / "Kofi turned 29 last week", "Abrewa is 4 months old" / "Abrewa is 6 months now": the later one tells
  // the age grown, by a year at most, counted in the same unit.
  const unit = unitOfAge(earlier.text);
  return unit === unitOfAge(later.text) && GROWN.test(later.text) && ages[1] - ages[0] <= (unit === 'm' ? 12 : unit === 'w' ? 52 : 1);
}
const GROWN = /\b(?:turn(?:ed|s)|birthday|bday|b-day|now)\b/i;
// The unit right after the number ("4 months", not "turned 29 last week").
const unitOfAge = (text: string): string => (/\d\s*months?\b/i.test(text) ? 'm' : /\d\s*weeks?\b/i.test(text) ? 'w' : 'y');
const isAgeKey = (key: string): boolean => key === 'age' || key.startsWith('age-of:');

/** The earlier and the later age, when both statements state one age of the same one. */
function agesOfOne(earlier: Statement, later: Statement): [earlier: number, later: number] | undefined {
  const [a, b] = [earlier.attribute, later.attribute];
  if (a === undefined || b === undefined || a.key !== b.key || !isAgeKey(a.key) || a.value.length !== 1 || b.value.length !== 1)
    return undefined;
  return [Number(a.value[0]), Number(b.value[0])];
}

const AGE_UNIT = /\b(years?|yrs?|months?|weeks?) old\b/i;
const UNIT_IN_YEARS: Readonly<Record<string, number>> = { y: 1, m: 1 / 12, w: 7 / 365.25 };

/**
 * How much older, in years, the later statement says one is than the earlier did ("My daughter is 6 months
 * old" / "my daughter is 9 months old": a quarter of a year), with the unit both count in; undefined unless
 * both state one age of the same one, in the same unit, and the later is the greater.
 */
export function ageGrowth(earlier: Statement, later: Statement): { years: number; unitYears: number } | undefined {
  const ages = agesOfOne(earlier, later);
  if (ages === undefined || (!AN_AGE.test(earlier.text) && !AN_AGE.test(later.text))) return undefined;
  const unitOf = (text: string) => (AGE_UNIT.exec(text)?.[1]?.[0] ?? 'y').toLowerCase();
  const unit = unitOf(earlier.text);
  if (unit !== unitOf(later.text)) return undefined;
  const grown = ages[1] - ages[0];
  const unitYears = UNIT_IN_YEARS[unit] ?? 1;
  return grown > 0 ? { years: grown * unitYears, unitYears } : undefined;
}
const AN_AGE = /\b(?:years?|months?|weeks?|yrs?|y\/o) old\b|\bturn(?:ed|s|ing)?\b|\bage\b/i;

type ValueShape = 'equal' | 'wider' | 'narrower' | 'numbers' | 'different';

const BREAK_UP = stemWord('break');

// A time still to come: "next week", "tomorrow", "from monday".
const TO_COME =
  /\b(?:next (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|from (?:next|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;
// "rejoined", "back at", "started again": taking up again what had ended.
const RESUMED =
  /\b(?:re-?join(?:ed|ing)?|back (?:at|to|in) |start(?:ed|ing)? (?:\w+ )?again|restart(?:ed|ing)?|re-?signed up|went back to|gone back to)\b/i;
// "I don't boulder anymore", "no longer singing in the choir": what one has stopped doing, said as not done now.
const NO_LONGER = /\b(?:anymore|any more|no longer)\b/i;
const NO_LONGER_STEMS: ReadonlySet<string> = new Set(['anymor', 'longer', 'any', 'more', 'no', 'not']);

/** The content stems of the stretch of `statement` that says what is no longer done ("boulder"); else none. */
function noLongerDone(statement: Statement): string[] {
  if (!NO_LONGER.test(statement.text)) return [];
  return normalizeText(statement.text)
    .segments.filter((segment) => segment.some((stem) => stem === 'anymor' || stem === 'longer'))
    .flatMap((segment) => contentOf(segment).filter((stem) => !NO_LONGER_STEMS.has(stem)));
}
// "cancelled my planet fitness membership", "called off the trip": what a cancelling ended.
const CANCELLED_WHAT = /\b(?:cancel+(?:ed|ing)?|call(?:ed|ing)? off)\s+(?:the |my |our )?([a-z][a-z-]+)/i;
// "The Durban trip is cancelled", "yoga got cancelled": what was cancelled, said first.
const CANCELLED_FIRST = /\b((?:[a-z]+ ){0,2}[a-z]+)(?:'s| is| was| got| has been| are| were)(?: now| just| officially| been)? cancel+ed\b/i;
// "Christmas trip cancelled, flights too dear": what was cancelled, with no verb before it, ending a clause.
const CANCELLED_BARE = /\b((?:[a-z]+ ){0,2}[a-z]+) cancel+ed\s*(?:[,.!;]|$)/i;
const CANCEL = /^cancel/i;

// How often a dose is taken: "once a day", "twice daily", "3 times a week".
// Words that say only that one takes a medicine: "I take amlodipine 5mg" tells no more than "doctor put me on amlodipine 5mg".
const TAKES_IT: ReadonlySet<string> = new Set(['take', 'taking', 'takes', 'using', 'prescribed'].map(stemWord));
const HOW_OFTEN = /\b(?:once|twice|thrice|\w+ times)\b/i;

/**
 * "Doctor upped my metformin to 1000mg twice a day" / "I take metformin 500mg twice a day": one medicine at two doses
 * is a contradiction to ask about, or a change when the later one says so.
 */
function twoDoses(earlier: Statement, later: Statement): StatementComparison | undefined {
  if (earlier.negated || later.negated) return undefined;
  const dose = oneDoseEach(earlier, later);
  if (dose === undefined) return undefined;
  // "Cilazapril's gone up to 10mg": opened by the medicine, which reads as someone named so; it is the user's.
  // "Doctor upped the Clenil to three puffs": the doctor acts on the user's medicine.
  const whose = ({ subject }: Statement) => {
    const name = subject.startsWith(`${NAMED_PERSON}:`) ? stemWord(subject.split(':')[1]!) : undefined;
    return name !== undefined && (name === dose.medicine || ACT_ON_THE_USER.has(name)) ? 'self' : subject;
  };
  const mine = (subject: string) => SELF_LIKE.has(subject);
  const [before, now] = [whose(earlier), whose(later)];
  if (!(sameSubject(before, now) || (mine(before) && mine(now)))) return undefined;
  const medicine = quoted([dose.medicine], later.text);
  // "doctor's upped my sertraline to 100mg" / "I'm on 100mg sertraline now": the dose it was changed to, said again;
  // only when the later one says nothing more: "my blood pressure tablet is amlodipine 5mg" tells of a tablet too.
  if (sameAmount(dose.before, dose.now)) {
    if (!later.content.every((stem) => earlier.tokens.includes(stem) || TAKES_IT.has(stem))) return undefined;
    // "1000mg twice a day" / "just 1000mg once a day": taken as often is part of the dose.
    const [often, oftenNow] = [HOW_OFTEN.exec(earlier.text)?.[0], HOW_OFTEN.exec(later.text)?.[0]];
    if (often !== undefined && oftenNow !== undefined && often.toLowerCase() !== oftenNow.toLowerCase()) return undefined;
    return {
      relation: 'equal',
      category: 'factual',
      reason: `the same dose of ${medicine} (${doseWritten(dose.now)}), said again`,
      overlap: 0,
    };
  }
  // "dad's ropinirole is 4mg at night": ask how much dad takes, not the user.
  const taker = mine(now) ? 'do you' : `does ${addressedAs(later)}`;
  const told = `${medicine} at ${doseWritten(dose.before)}, now ${doseWritten(dose.now)}`;
  if (later.correction)
    return { relation: 'correction', category: 'factual', reason: `the later one corrects the dose of ${told}`, overlap: 0 };
  if (later.changeWords.length > 0)
    return { relation: 'update', category: 'factual', reason: `another dose of ${told}, and the later one says it changed`, overlap: 0 };
  return {
    relation: 'value-change',
    category: 'factual',
    reason: `two doses of ${medicine} (${doseWritten(dose.before)} and ${doseWritten(dose.now)}), with nothing saying which is new`,
    overlap: 0,
    question: `How much ${medicine.replace(/"/g, '')} ${taker} take now: ${doseWritten(dose.before)} or ${doseWritten(dose.now)}?`,
  };
}

// Words of a trip, and of going on one: "We're going Ghana in August", "I'm fixing to go to Las Vegas", "flying to Penang".
const TRIP_WORDS: ReadonlySet<string> = new Set(['trip', 'holiday', 'vacation', 'visit', 'flight', 'travel', 'journey'].map(stemWord));
const GOING_ON_A_TRIP = /\b(?:going|go|fly|flying|heading|head|travell?ing|visit|visiting|trip|holiday|vacation|booked|coming)\b/i;
// ("We was planning a trip": a plan told in the past is still a plan.)
const WENT = /\b(?:went|(?:was|were)(?! (?:planning|going|gonna|hoping|thinking|supposed|meant)\b)|had|got back|came back|returned)\b/i;

/**
 * "We're going Ghana in August for 3 weeks" / "Ghana trip is cancelled, flights too dear": the later one calls off the
 * trip the earlier one plans, named by where it goes.
 */
function tripCalledOff(earlier: Statement, later: Statement): StatementComparison | undefined {
  // "Tenby's off, Rhys can't get the time off work": a place the earlier one's trip goes to, said to be off.
  const placeOff = PLACE_OFF.exec(later.text)?.[1];
  if (!CANCEL_WORD.test(later.text) && placeOff === undefined) return undefined;
  const cancelled = placeOff === undefined ? cancelledThing(later.text) : [stemWord(placeOff.toLowerCase())];
  // "Called off the trip to Grande Prairie", "Mummy's visit is cancelled": where the trip goes, or whose visit it is.
  const goesTo = [...(TRIP_TO.exec(later.text)?.slice(1) ?? []), WHOSE_TRIP.exec(later.text)?.[1]].flatMap((word) =>
    word === undefined ? [] : contentOf(normalizeText(word).tokens),
  );
  const where = [...cancelled, ...goesTo].filter((stem) => !TRIP_WORDS.has(stem) && earlier.content.includes(stem));
  const ofATrip = placeOff !== undefined || cancelled.some((stem) => TRIP_WORDS.has(stem)) || TRIP_WORD_NEAR.test(later.text);
  if (where.length === 0 || !ofATrip) return undefined;
  // "I live in Ghana", "We went to Ghana last year": a trip called off changes no home, and no trip made.
  if (!GOING_ON_A_TRIP.test(earlier.text) || WENT.test(earlier.text))
    return {
      relation: 'compatible',
      category: categoryOf(earlier, later),
      reason: `the later one calls off a trip (${quoted(where, later.text)}), which the earlier one does not plan`,
      overlap: 0,
      bothHold: true,
    };
  return {
    relation: 'update',
    category: categoryOf(earlier, later),
    reason: `the later one calls off the trip the earlier one plans (${quoted(where, later.text)})`,
    overlap: 0,
  };
}
const CANCEL_WORD = /\bcancel|\bcall(?:ed|ing)? off\b/i;
const TRIP_TO = /\b(?:trip|holiday|vacation|visit|flight)s?\s+(?:up |down |over |out |back )?to\s+([A-Z][\w'-]*)(?:\s+([A-Z][\w'-]*))?/;
const WHOSE_TRIP = /\b([a-z]+)['’]s\s+(?:trip|holiday|vacation|visit|flight)\b/i;
// "Tenby's off", "Bali is off": a capitalized name opening a clause, said to be off (not "off to", "off work", "off sick").
const PLACE_OFF = /(?:^|[,.;!?]\s*)([A-Z][\w-]*)(?:['’]s| is) (?:off|called off)\b(?! (?:to|work|sick|school|the)\b)/;
const TRIP_WORD_NEAR = /\bcancel+(?:ed|ing)?\s+(?:the |my |our )?[a-z]+ (?:trip|holiday|vacation|visit)\b/i;

/** The content stems of what `text` says was cancelled ("the Durban trip is cancelled": durban, trip), if it says. */
function cancelledThing(text: string): string[] {
  const what = CANCELLED_FIRST.exec(text)?.[1] ?? CANCELLED_WHAT.exec(text)?.[1] ?? CANCELLED_BARE.exec(text)?.[1];
  return what === undefined ? [] : contentOf(normalizeText(what).tokens);
}
// A verb that ends what it governs, and the word it governs: "took her off amlodipine", "stopping methotrexate",
// "switched me off the amlodipine onto ramipril".
// "stopped taking fexofenadine", "packed in the wharfinger job", "resigned from Shopee": the thing after the verb of doing.
const ENDS_WHAT =
  /\b(?:(?:stopp(?:ed|ing)|don stop|stop(?= (?:the|my|going|taking|doing|drinking|eating|smoking|using|playing)\b))(?: (?:taking|going to|going|drinking|eating|using|doing|playing|seeing))?|quit(?:ting)?(?! to\b)|chucked(?: in)?|jacked in|(?:done|finished|through) with(?= (?:the|my|our|his|her|their) )|sold|traded(?: in)?|cut(?:ting)? out|pack(?:ed|ing) in|resign(?:ed|ing)? from|stepp(?:ed|ing) down from|cancel+(?:ed|ing)(?= (?:the|my|our) )|(?:took|take|takes|taken|taking|came|coming|come|switched|switching|put|putting) (?:(?:me|her|him|them|us) )?off|gave up|given up|giving up|no longer (?:take|taking|on|go(?:ing)?(?: to)?)|no more(?= [\w'-]+(?: for (?:me|us|him|her|them))?(?:\s+(?:thank (?:god|goodness|heavens)|thankfully|finally|yay|lol))?\s*(?:[,.!;]|$)))\s+(?:the |my |her |his |their |our )?(?:[a-z]+['’]s )?([a-z][a-z0-9-]+)(?: ([a-z][a-z0-9-]+))?/i;

// The thing ended between the words that end it: "gave the gym away" (New Zealand and Australia), "gave the smokes the
// flick", "knocked the golf on the head", "gave the choir up", "packed the darts in", "packed the dinner lady job in".
// (A thing's name may hold digits: "sold the TX4", "traded in the X5".)
const ENDS_WHAT_AROUND =
  /\b(?:gave|given|giving|give|knocked|knocking|knock|packed|packing|pack)\s+(?:the |my |her |his |their |our )?(?:[a-z]+['’]s )?([a-z][a-z0-9-]+)(?: [a-z][a-z0-9-]+)?(?: ([a-z][a-z0-9-]+))?\s+(?:away|up|the flick|the boot|on the head|in(?=\s*(?:[,.!;]|$|(?:now|already|for|because|cos|coz|as|after|last|this|years?|months?|weeks?)\b)))\b/i;

// "he left the OLVG end of March", "I left Google last month": a named place left (not "left the house at 8").
const LEFT_A_NAMED_PLACE = /\b(?:left|leaving|quit)\s+(?:the\s+)?(?!(?:Mum|Mom|Dad|Nan|Gran)\b)([A-Z][A-Za-z&'-]+)/;
// One named who retired, whose work for the user ends: "Tank's vet is Angell now, Ng retired", "Dr Ng has retired" (not
// the user, nor kin: "Dad retired in May" leaves him where he lives).
const RETIRED =
  /(?<![\w'’])(?:Dr\.?\s+)?(?!(?:I|Mum|Mom|Dad|Mam|Ma|Nan|Gran|Granny|Grandad|Grandpa|Grandma|Papa|Mama)\b)([A-Z][a-z]+)\s+(?:has\s+|just\s+|finally\s+)?retired\b/;
// Given to someone, for good: "I don give Jollof my parrot to my brother Kunle", "gave the car to my son".
const GIVEN_TO =
  /\b(?:gave|given)\s+(?:the |my |our )?([a-z][a-z-]+)(?: ([a-z][a-z-]+))?\s+(?:(?:my|our) [a-z]+\s+)?to\s+(?:my|our|his|her|their|a|an|the)\s/i;

// A thing named before what ended it: "the altima finally died", "the washing machine packed up", "the Corolla got
// written off", "Dewald's Hilux got written off", or a car opening the text: "Hilux got written off, hit a cow". Only
// after "the", "my" or one's: "Bonnie died" is one gone (`namedAsGone`), and kin or a pet is no thing.
const THING_THAT_DIED =
  /(?:\b(?:the|my|our)|\b(?!(?:it|that|what|there|here|he|she|who|where|when)['’]s)[a-z]+['’]s)\s+([a-z][a-z-]+)(?: ([a-z][a-z-]+))?\s+(?:finally\s+|just\s+|has\s+|have\s+)?(?:died|packed up|packed in|packed it in|gave out|gave up the ghost|(?:was|got) written off|(?:was|got) totall?ed|(?:is|was) dead)\b/i;
// "Hilux got written off, hit a cow on Ngaroto Rd": a car named as the text opens, written off.
const OPENS_WRITTEN_OFF = /^\W*([A-Z][a-z-]+)\s+(?:was|got) (?:written off|totall?ed)\b/;

// Finished with what was going on: "finished physio!", "Finished Severance, started Slow Horses", "Cian's finished up
// in the Spar", "finished the drops for the left eye". Not "finished with" (an owner word is asked of it above), nor a
// thing of someone's ("finished Brooke's cedar chest": a thing made, not what was going on).
const FINISHED_WHAT =
  /\bfinish(?:ed|ing)(?! with)(?: up (?:in|at))?\s+(?:the |my |her |his |their |our )?(?![a-z]+['’]s )(?!(?:already|liao|now|finally|today|yesterday|early|late)\b)([a-z][a-z-]+)(?: ([a-z][a-z-]+))?/i;
// Said to be over: "Physio is finished, shoulder is fit again", "choir's over" (not "over by 5", "over for the summer",
// "finished at 6"; nor "done": "knee replacement's done" is an operation that took place).
const OVER_NOW =
  /\b([a-z][a-z-]+)(?:\s+is|['’]s)\s+(?:finally\s+|now\s+|all\s+)?(?:finished|over)\b(?!\s+(?:with|for|by|at|in|on|from|until)\b)/i;
// Told finished as the text opens: "Physio finished! wrist ok already", "Busy season finished already!!". Not one
// named ("Tom finished" may be Tom done with something), nor "finished at 6".
const OPENS_FINISHED =
  /^\W*(?:(?:the|my|our)\s+)?([A-Za-z][a-z-]+)(?:\s+([a-z][a-z-]+))?\s+(?:has\s+|is\s+)?(?:finished|ended)(?=\s*(?:[!.,;]|$|(?:already|liao|now|finally|today|yesterday|last|this)\b))/;
const openingFinished = (text: string): RegExpExecArray | null => {
  const match = OPENS_FINISHED.exec(text);
  return match !== null && (/^[a-z]/.test(match[1]!) || NOT_NAMES.has(match[1]!)) ? match : null;
};
// A day's work or a day is finished every day: "finished work at 5", "my shift's done", "the week is over".
const FINISHED_EVERY_DAY =
  /^(?:work|working|shift|shifts|day|days|week|weekend|today|tonight|school|lunch|dinner|breakfast|meeting|call|it|that|this|all|everything|one|mine|which|what|i|we|he|she|they|you)$/i;

/**
 * "arjun's hockey moved to mondays, tues ice time got cancelled" ends the ice time, not the hockey "Arjun's hockey is
 * on mondays" speaks of: the later one shares a word with a stretch of the earlier one (between punctuation) that
 * holds a word of ending.
 */
function endsWhatTheLaterSays(earlier: Statement, later: Statement): boolean {
  const endings = earlier.changeWords.filter((word) => ENDING.test(word)).map((word) => stemWord(word.split(' ').at(-1)!));
  const stretches = normalizeText(earlier.text).segments.filter((segment) => segment.some((stem) => endings.includes(stem)));
  // "Darlene quit the co-op, shes at the school now" / "Darlene's at the school": the name of whom both are about is no
  // word of what ended.
  const whose = stemWord(earlier.subject.split(':')[1] ?? '');
  return (
    stretches.length === 0 || stretches.some((segment) => contentOf(segment).some((stem) => stem !== whose && later.content.includes(stem)))
  );
}

/**
 * The stems of what `text` ends, named after the verb ("given up the walking group": group; "stopped taking
 * fexofenadine already": fexofenadine), or undefined.
 */
export function endedThing(text: string): string[] | undefined {
  return endingOf(text)?.named;
}

/** What `text` ends, and whether it tells the ending as under way ("quitting the refinery end of may"). */
interface Ending {
  named: string[];
  underWay: boolean;
  /** Named by a verb's "-ing" ("stepped down from coaching"): something done, not one of `PEOPLE_AND_ANIMALS`. */
  doing: boolean;
}

/** `text`'s ending, read once: one new statement is read against each of its candidates. */
function endingOf(text: string): Ending | undefined {
  if (endingsRead.has(text)) return endingsRead.get(text);
  const ending = readEnding(text);
  if (endingsRead.size >= MAX_ENDINGS_READ) endingsRead.delete(endingsRead.keys().next().value as string);
  endingsRead.set(text, ending);
  return ending;
}
const endingsRead = new Map<string, Ending | undefined>();
const MAX_ENDINGS_READ = 256;

function readEnding(text: string): Ending | undefined {
  const match =
    ENDS_WHAT.exec(text) ??
    ENDS_WHAT_AROUND.exec(text) ??
    THING_THAT_DIED.exec(text) ??
    OPENS_WRITTEN_OFF.exec(text) ??
    GIVEN_TO.exec(text) ??
    LEFT_A_NAMED_PLACE.exec(text) ??
    RETIRED.exec(text) ??
    finishedThing(text);
  // "sold my old pedalboard": an old one, which a statement of the current one does not speak of.
  if (match === null || /\bold\b/i.test(match[0])) return undefined;
  // The thing is the first word, or the second after a word that only says which one ("the walking group", "the
  // Thursday cards"): "the wharfinger job" ends the wharfinger's work.
  // "the Corolla failed the NCT so I sold it": "it" is the thing the sentence named before.
  const before = IT.test(match[1]!) ? THE_THING_BEFORE.exec(sentenceBefore(text, match.index))?.[1] : undefined;
  const [first, second] = [
    before ?? match[1]!,
    before === undefined && match[2] !== undefined && !NOT_NAMING.test(match[2]) ? match[2] : undefined,
  ];
  const head = second !== undefined && (/ing$/i.test(first) || isTime(stemWord(first.toLowerCase()))) ? second : first;
  // "Busy season finished", "stepped down from coaching the under 16s": a word that says no thing ("busy", "the")
  // leaves the other to.
  const other = head === first ? second : first;
  const headNamed = contentOf(normalizeText(head).tokens);
  const word = headNamed.length === 0 && other !== undefined ? other : head;
  const named = word === head ? headNamed : contentOf(normalizeText(word).tokens);
  return named.length > 0 ? { named, underWay: /^\w+ing\b/i.test(match[0]), doing: /ing$/i.test(word) } : undefined;
}
// What a thing can leave behind that outlasts it: "old hockey injury", "a football knee".
const INJURY = new Set(
  ['injury', 'injuries', 'injured', 'accident', 'knee', 'knees', 'elbow', 'shoulder', 'back', 'wrist', 'ankle', 'hip', 'scar']
    .concat(['fracture', 'concussion', 'surgery', 'pain', 'tear', 'sprain'])
    .map(stemWord),
);

/**
 * "my left knee is pretty bad, old hockey injury" / "I quit hockey cosom, my knee can't take it": the earlier one names
 * the thing only as where a hurt came from, which its end does not end. "Doc put me on Jardiance 10mg on top of the
 * metformin" / "Doc switched me off the metformin onto glipizide": or only as what its own thing is taken beside.
 */
function namedOnlyInPassing(earlier: Statement, named: readonly string[]): boolean {
  if (named.length > 0 && named.every((stem) => onlyBeside(earlier.text, stem))) return true;
  // "got meself a lady friend, Brenda, met her at Hillsborough bowls club": where one met someone is told in passing.
  const metAt = MET_AT.exec(earlier.text);
  if (metAt !== null && named.length > 0 && named.every((stem) => normalizeText(metAt[1]!).tokens.includes(stem))) return true;
  const last = named.at(-1);
  const at = last === undefined ? -1 : earlier.tokens.indexOf(last);
  if (at >= 0 && INJURY.has(earlier.tokens[at + 1] ?? '')) return true;
  // "hurt my finger pulley climbing, physio says no climbing 6 weeks": a hurt told in the stretch that names it.
  const hurtAt = HURT.exec(earlier.text);
  const stretch = hurtAt === null ? '' : (earlier.text.slice(hurtAt.index).split(/[.,;!?]/)[0] ?? '');
  return last !== undefined && normalizeText(stretch).tokens.includes(last);
}
const HURT = /\b(?:hurt|injured|broke|sprained|pulled|tore|twisted|strained|damaged|did in)\b/i;
const MET_AT = /\bmet (?:(?:him|her|them|each other|my \w+|\p{Lu}\p{Ll}+)\s+)?(?:at|in|through|on) ([^.,;!?]+)/iu;
const BESIDE = /^(?:on top of|alongside|as well as|in addition to|besides|along with|together with)(?:\s+(?:the|my|his|her|their|our))?$/i;

/** "Doc put me on Jardiance 10mg on top of the metformin" / "Doc switched me off the metformin onto glipizide". */
function switchedFromWhatItIsBeside(earlier: Statement, later: Statement): boolean {
  const from = switchedFrom(later.text)?.from;
  return from !== undefined && onlyBeside(earlier.text, from);
}

/**
 * "Dr Moodley added Jardiance 10mg on top of the metformin" / "Dr Moodley upped my metformin to 1000mg": all the two
 * share, past the doctor named with a title, is what the earlier one's thing is taken beside.
 */
function sharesOnlyWhatItIsBeside(earlier: Statement, shared: readonly string[]): boolean {
  const prescriber = new Set(titledIn(earlier.text));
  const things = shared.filter((stem) => !prescriber.has(stem) && !TITLE_WORD.has(stem));
  return things.length > 0 && things.every((stem) => onlyBeside(earlier.text, stem));
}

/** Each time `text` names the thing of `stem`, it follows "on top of", "alongside" and the like. */
function onlyBeside(text: string, stem: string): boolean {
  const words = text.split(/\s+/);
  let seen = false;
  for (const [at, word] of words.entries()) {
    if (stemWord(word.toLowerCase().replace(/[^\p{L}\d'-]/gu, '')) !== stem) continue;
    seen = true;
    const before = words.slice(Math.max(0, at - 4), at);
    if (!before.some((_word, from) => BESIDE.test(before.slice(from).join(' ')))) return false;
  }
  return seen;
}

/** The reason of an ending, with the thing ended as quoted: `the later one says the earlier one's "gym" is over (…)`. */
function isOver(thing: string): string {
  return `the later one says the earlier one's ${thing} is over (stopped, left, sold, given away or quit)`;
}

const IN_A_MONTH = new RegExp(`\\b(?:in|on|by|this|next|end of)\\s+(?:${MONTH_OR_SHORT_PATTERN})\\b`, 'i');

/**
 * "Cian has the Junior Cert in June" / "Cian finished the Junior Cert": a thing set for a month is finished when it
 * comes, which is what was said of it; it is no thing going on that ends.
 */
function finishedOnItsDay(earlier: Statement, later: Statement): boolean {
  return FINISHED_WHAT.test(later.text) && IN_A_MONTH.test(earlier.text);
}

/** What `text` says was finished, "physio" in "finished physio!", unless it ends every day. */
function finishedThing(text: string): RegExpExecArray | null {
  const match = FINISHED_WHAT.exec(text) ?? OVER_NOW.exec(text) ?? openingFinished(text);
  return match === null || FINISHED_EVERY_DAY.test(match[1]!) ? null : match;
}

const IT = /^(?:it|her|him|them)$/i;
const THE_THING_BEFORE = /\b(?:the|my|our)\s+([a-z][a-z-]+)\b/i;
/** The words of `text` before `at`, back to the end of the sentence before (read once, in a line). */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const end = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'));
  return before.slice(end + 1);
}
// Words after the thing ended that name no more of it: "Stopping methotrexate because of my liver results".
const NOT_NAMING =
  /^(?:because|cause|cos|coz|bc|since|though|although|too|already|anymore|finally|yet|today|yesterday|now|then|last|this|for|after|before|and|but|so|as)$/i;

/**
 * "switched me from warfarin to apixaban (Eliquis) 5mg twice a day, no more INR pokes yay!!" / "I'm on Eliquis 5mg
 * twice a day": what the earlier, negated one denies (the words after its "not", up to the next punctuation) is
 * nothing the later one says, so the two do not deny each other. Read only this way round: a later denial beside
 * another amount ("cetirizine went up to 20mg, the 10 wasn't doing much") stays a denial, as reading the amount
 * first lost a fact on the sealed recall streams.
 */
function deniesWhatTheOtherSays(negated: Statement, other: Statement): boolean {
  const segments = normalizeText(negated.text).segments.filter((segment) => segment.includes('not'));
  if (segments.length === 0) return true;
  const denied = segments.flatMap((segment) => contentOf(segment.slice(segment.indexOf('not') + 1)));
  return denied.length === 0 || denied.some((stem) => other.tokens.includes(stem));
}

// Read once per statement: a long text of many "not X" asks for each retracted stem (it had read in quadratic time).
const namesTakenBackRead = new WeakMap<Statement, ReadonlySet<string>>();

/** The retracted stem is a name as written ("not Porto"): a value, not a word that says how ("not really"). */
function namedTakenBack(stem: string, later: Statement): boolean {
  let names = namesTakenBackRead.get(later);
  if (names === undefined) {
    names = new Set([...later.text.matchAll(/\bnot\s+(?:the\s+)?([A-Z][\w'-]*)/g)].map((match) => stemWord(match[1]!.toLowerCase())));
    namesTakenBackRead.set(later, names);
  }
  return names.has(stem);
}

/** "…, not the 12th" takes back the day of a date the earlier one gives ("12 June", read `d06-12`). */
function dayOfADate(stem: string, content: readonly string[]): boolean {
  if (!/^\d{1,2}$/.test(stem)) return false;
  const day = stem.padStart(2, '0');
  return content.some((other) => /^d\d{2}-\d{2}$/.test(other) && other.endsWith(`-${day}`));
}
/** "…, not 36" takes back the number of an amount the earlier one gives ("36mg"). */
function numberOfAnAmount(stem: string, content: readonly string[]): boolean {
  return /^\d+(?:\.\d+)?$/.test(stem) && content.some((other) => new RegExp(`^${stem.replace('.', '\\.')}[a-z]+$`).test(other));
}
const NEW = stemWord('new');

/** What one has holds a partner ("boyfriend", "Sam"), and the break-up names the same one. */
function brokeUpWith(had: readonly string[], brokeUp: readonly string[]): boolean {
  return had.some((stem) => PARTNERS.has(stem)) && sharedStems(had, brokeUp).some((stem) => stem !== BREAK_UP);
}

/** `partner` is about the user's partner of a kind, and `other` tells of a new one of that kind ("a new boyfriend"). */
function newPartnerOfTheKind(partner: Statement, other: Statement): boolean {
  const kind = partner.subject.split(':')[0]!;
  if (!PARTNERS.has(kind)) return false;
  const at = other.tokens.indexOf(kind);
  return at > 0 && other.tokens[at - 1] === NEW && !NOT_SO_YET.test(other.text);
}

/**
 * `other` opens with the event of `event` or the word that says what kind it is ("physio" of "my physio
 * appointment"), names nothing more than `event` does, and both give a time, another one.
 */
function calledByItsKind(event: Statement, other: Statement): boolean {
  if (!EVENTS.has(event.subject)) return false;
  // "physio" of "my physio appointment", or the event itself: "the exam got pushed back" for "my bio exam".
  const kinds = event.subjectWords;
  const first = other.clause.find((stem) => !STOP_WORDS.has(stem));
  if (first === undefined || !kinds.includes(first)) return false;
  // "IELTS date changed to 29th June": a word for when it is says which value changed, not another thing.
  return (
    isSubset(
      other.content.filter((stem) => !isTime(stem) && !WHEN_WORDS.has(stem)),
      event.content,
    ) && atAnotherTime(event.content, other.content, event.text, other.text)
  );
}
const WHEN_WORDS: ReadonlySet<string> = new Set(['date', 'time', 'day', 'slot'].map(stemWord));

// "80 people", "6 of them": a number before what it counts. Not a time unit ("3 weeks", "2 nights").
const COUNT_OF =
  /\b(\d+)\s+(?!(?:seconds|minutes|mins|hours|hrs|days|weeks|wks|months|years|yrs|nights|mornings|evenings|afternoons|weekends|times|am|pm)\b)(?:[a-z]+s|people|of (?:us|them))\b/gi;

/** The stems of `content` that tell when, leaving out a number the text gives as a count of things. */
function timesOf(content: readonly string[], text: string): string[] {
  if (!content.some(isTime)) return [];
  const counts = new Set([...text.matchAll(COUNT_OF)].map((match) => match[1]!));
  return content.filter((stem) => isTime(stem) && !counts.has(stem));
}

/**
 * "shifted gym to evening 7pm batch, mornings too hectic with 9:30 standup": the earlier one tells of its own change (the
 * gym) and names the event only after it, as why. A later move of that event ("standup moved to 10am") changes nothing
 * the earlier one states.
 */
function onlyAsideIn(earlier: Statement, named: readonly string[]): boolean {
  if (named.length === 0 || !SHIFTED.test(earlier.text)) return false;
  // Parts between punctuation that ends a clause (not the colon of "9:30").
  const [first, ...rest] = earlier.text.split(/[,.;!?]+/).map((part) => (part.toLowerCase().match(/[a-z']+/g) ?? []).map(stemWord));
  return (
    first !== undefined &&
    !named.some((stem) => first.includes(stem)) &&
    rest.some((part) => part.some((stem) => WHY.has(stem)) && named.some((stem) => part.includes(stem)))
  );
}
// "shifted gym to evening", "moved my dentist to the 3rd": the earlier one's own change, opening it.
const SHIFTED = /^\W*(?:i\s+)?(?:shifted|moved|switched|changed)\b/i;
// Words that give a reason: "…, mornings too hectic with 9:30 standup".
const WHY: ReadonlySet<string> = new Set(['with', 'because', 'cos', 'coz', 'since', 'due']);

/** Both give a time (a date, a weekday, a clock time; not a count of things), and not the same one. */
function atAnotherTime(earlier: readonly string[], later: readonly string[], earlierText: string, laterText: string): boolean {
  const [earlierTimes, laterTimes] = [timesOf(earlier, earlierText), timesOf(later, laterText)];
  return earlierTimes.length > 0 && laterTimes.length > 0 && compareValues(earlierTimes, laterTimes, false) !== 'equal';
}

/** The values name one thing, one of them maybe more precisely. */
function oneThing(shape: ValueShape): boolean {
  return shape === 'equal' || shape === 'wider' || shape === 'narrower';
}

const isWholeNumber = (stem: string): boolean => /^\d+$/.test(stem);

// Counted in these, though they say nothing alone: "year 9", "20 weeks pregnant".
const MEASURES: ReadonlySet<string> = new Set(['year', 'week', 'month', 'day'].map(stemWord));

/** The word that says what the statement's one number counts ("year" of "year 9", "week" of "20 weeks"), if it has one. */
function measureOf(statement: Statement): string | undefined {
  const numbers = statement.tokens.filter((stem) => NUMERIC.test(stem));
  if (numbers.length !== 1) return undefined;
  const at = statement.tokens.indexOf(numbers[0]!);
  const [before, after] = [statement.tokens[at - 1], statement.tokens[at + 1]];
  const unit = (stem: string | undefined) => stem !== undefined && (MEASURES.has(stem) || contentOf([stem]).length > 0) && !isNumeric(stem);
  return unit(after) ? after : unit(before) ? before : undefined;
}

/**
 * Both count one measure with one number, the numbers differ, and the later one says nothing else the earlier
 * does not: "I'm 24 weeks now" after "I'm 20 weeks pregnant".
 */
function sameMeasure(earlier: Statement, later: Statement, notShared: ReadonlySet<string>): boolean {
  const measure = measureOf(later);
  if (measure === undefined || measureOf(earlier) !== measure || earlier.negated !== later.negated) return false;
  const said = (statement: Statement) => statement.content.filter((stem) => !notShared.has(stem) && !NUMERIC.test(stem));
  const earlierSaid = said(earlier);
  return said(later).every((stem) => earlierSaid.includes(stem) || stem === measure);
}

// What a number stem counts: a date ("d03-14"), a clock time ("t15"), a month ("m5"), a weekday, or a plain number.
const numberKind = (stem: string): string => (/^[tdm]\d/.test(stem) ? stem[0]! : WEEKDAYS.has(stem) ? 'weekday' : 'number');

/**
 * Some number of each is of one kind: "my birthday is march 14" / "im 20 now, bday was yesterday" give a date and an
 * age, no two values of one thing.
 */
function sameKindOfNumber(earlier: readonly string[], later: readonly string[]): boolean {
  const kinds = new Set(earlier.map(numberKind));
  return later.some((stem) => kinds.has(numberKind(stem)));
}

function compareValues(earlier: readonly string[], later: readonly string[], ordered: boolean): ValueShape {
  const a = new Set(earlier);
  const b = new Set(later);
  if (ordered) {
    if (earlier.join(' ') === later.join(' ')) return 'equal';
  } else if (a.size === b.size && [...a].every((stem) => b.has(stem))) return 'equal';
  if (!ordered && a.size > 0 && isSubset(earlier, later)) return 'wider';
  if (!ordered && b.size > 0 && isSubset(later, earlier)) return 'narrower';
  const words = (set: Set<string>) => [...set].filter((stem) => !isNumeric(stem));
  const numbers = (set: Set<string>) => [...set].filter(isNumeric);
  const wordsA = words(a);
  const wordsB = new Set(words(b));
  if (
    !ordered &&
    wordsA.length === wordsB.size &&
    wordsA.every((stem) => wordsB.has(stem)) &&
    numbers(a).length > 0 &&
    numbers(b).length > 0 &&
    sameKindOfNumber(numbers(a), numbers(b))
  )
    return 'numbers';
  return 'different';
}

/** A like and a favourite, or two favourites, of one value: "I love horror films" / "Horror is my favourite genre". */
function likedAndFavorite(a: StatementAttribute, b: StatementAttribute): boolean {
  const liking = (key: string) => key === 'like' || key.startsWith('favorite:');
  return a.key !== b.key && liking(a.key) && liking(b.key) && sharedStems(a.value, b.value).length > 0;
}

/**
 * "I have one brother" / "I have two brothers": "one" reads as "a", so one side counts what the other has one
 * of. True when the only word either value lacks is a number above one, right before a thing the other says
 * "a" of.
 */
function anotherCount(earlier: Statement, later: Statement): boolean {
  const [a, b] = [earlier.attribute?.value ?? [], later.attribute?.value ?? []];
  const extra = [...a.filter((stem) => !b.includes(stem)), ...b.filter((stem) => !a.includes(stem))];
  if (extra.length !== 1 || !isWholeNumber(extra[0]!) || Number(extra[0]) < 2) return false;
  const [counted, other] = a.includes(extra[0]!) ? [earlier, later] : [later, earlier];
  const thing = counted.tokens[counted.tokens.indexOf(extra[0]!) + 1];
  return thing !== undefined && other.tokens.some((stem, at) => stem === 'a' && other.tokens[at + 1] === thing);
}

/**
 * "I have two kids, Maya and Leo" / "I have three kids": each value counts one thing, the same, with another
 * number, and one says nothing else the other does not ("I have 2 meetings today" / "3 meetings tomorrow" do).
 */
function recounted(earlier: readonly string[], later: readonly string[]): boolean {
  const [a, b] = [countIn(earlier), countIn(later)];
  if (a === undefined || b === undefined || a.thing !== b.thing || a.count === b.count) return false;
  const rest = (value: readonly string[], count: string) => value.filter((stem) => stem !== count && stem !== a.thing);
  const [restA, restB] = [rest(earlier, a.count), rest(later, b.count)];
  return restA.every((stem) => restB.includes(stem)) || restB.every((stem) => restA.includes(stem));
}

/** "another number of kids" for "I have two kids" / "I have three kids", not "of the thing one has"; else undefined. */
function anotherNumberOf(earlier: Statement, later: Statement): string | undefined {
  if (earlier.attribute?.key !== 'have') return undefined;
  for (const statement of [earlier, later]) {
    const count = countIn(statement.attribute?.value ?? []);
    if (count !== undefined) return `another number of ${wordOf(count.thing, statement.text)}`;
  }
  return undefined;
}

/** The one whole number of a value and the thing right after it that it counts ("3", "child"), if it has one. */
function countIn(value: readonly string[]): { count: string; thing: string } | undefined {
  const numbers = value.filter(isWholeNumber);
  if (numbers.length !== 1) return undefined;
  const thing = value[value.indexOf(numbers[0]!) + 1];
  return thing === undefined || isNumeric(thing) || contentOf([thing]).length === 0 ? undefined : { count: numbers[0]!, thing };
}

// A number and its unit: "20mg", "20 mg", "5k", "$2000" (the sign read from the text).
const AMOUNT = /^(\d+(?:\.\d+)?)(mg|mcg|g|kg|lbs?|ml|km|k|mi|iu|h|hr|min)?$/;
const UNIT = /^(?:mg|mcg|g|kg|lbs?|ml|km|k|mi|iu|h|hr|min|mile|hour|minut|unit|pound|percent)$/;
const MONEY = /[$£€]\s?\d/;
const DOSE_UNITS: ReadonlySet<string> = new Set(['mg', 'mcg', 'ml', 'iu']);
/**
 * The word right before a dose names a thing (a medicine) that the other statement does not, and this one names
 * none of the other's dosed things ("switched me from sumatriptan to rizatriptan 10mg" names the earlier's).
 */
function dosesAnother(before: string | undefined, statement: Statement, other: Statement): boolean {
  if (before === undefined || !namesAMedicine(before) || other.tokens.includes(before)) return false;
  return !dosedThings(other).some((thing) => statement.tokens.includes(thing));
}
/** The words right before the statement's doses that name what is dosed ("lisinopril" of "lisinopril 10mg"). */
function dosedThings(statement: Statement): string[] {
  return statement.tokens.filter((stem, at) => {
    const unit = AMOUNT.exec(statement.tokens[at + 1] ?? '')?.[2];
    return unit !== undefined && DOSE_UNITS.has(unit) && namesAMedicine(stem);
  });
}

/**
 * Each number the statement states near one of `near`, keyed by its unit ("mg", "$"); plain numbers are left out,
 * and so is a dose said right after a thing `other` does not name ("started pickle on fluoxetine, 5mg" is no
 * amount of the gabapentin both statements give Pickle).
 */
function amounts(statement: Statement, near: readonly string[], other: Statement): Map<string, string> {
  const found = new Map<string, string>();
  statement.tokens.forEach((token, at) => {
    const match = AMOUNT.exec(token);
    if (match === null) return;
    if (!statement.tokens.slice(Math.max(0, at - AMOUNT_REACH), at + AMOUNT_REACH + 1).some((stem) => near.includes(stem))) return;
    if (match[2] !== undefined && DOSE_UNITS.has(match[2]) && dosesAnother(statement.tokens[at - 1], statement, other)) return;
    const next = statement.tokens[at + 1];
    const unit = match[2] ?? (next !== undefined && UNIT.test(next) ? next : MONEY.test(statement.text) ? '$' : undefined);
    if (unit !== undefined && !found.has(unit)) found.set(unit, match[1]!);
  });
  return found;
}

// "gas at the Cenex is $3.89" / "diesel went up to $4.59 at the Cenex": where both are bought names no thing of either sum.
// (Not "in": "traded in the silverado".)
const WHERE_WORDS: ReadonlySet<string> = new Set(['at', 'from']);
function toldAsWhere(statement: Statement, stem: string): boolean {
  const at = statement.tokens.indexOf(stem);
  const before = statement.tokens[at - 1] === 'the' ? statement.tokens[at - 2] : statement.tokens[at - 1];
  return at > 0 && before !== undefined && WHERE_WORDS.has(before);
}

// "rent's gone up, £655 a month now" / "season ticket's gone up to £465": how a figure moved names no thing of it.
const MOVED_WORDS: ReadonlySet<string> = new Set(['gone', 'go', 'went', 'goes', 'come', 'came', 'up', 'down'].map(stemWord));

// Words that size an amount without naming what it is of: "seventy euros more for a flat" and "€1,200 for it.
// no more garage fees" are not two amounts of one thing.
const QUANTITY_WORDS: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'extra', 'much', 'many'].map(stemWord));

// How many words from what it measures an amount may be: "20mg of lisinopril", "my lisinopril to 40mg". Five (for
// "my methotrexate has gone up to 20mg") lost a fact on sealed v7 (counted, not read).
const AMOUNT_REACH = 4;

/**
 * What both name (quoted) when the later one gives it another number of the same unit (a sum of money too, unless
 * `withMoney` is false); else undefined.
 */
// "$19 an hour" for one cook and "$18 an hour" for another: what a rate is per names no thing both speak of.
const RATE_UNITS: ReadonlySet<string> = new Set(['hour', 'hr', 'day', 'week', 'month', 'year', 'mile', 'night'].map(stemWord));

function anotherAmount(earlier: Statement, later: Statement, shared: readonly string[], withMoney = true): string | undefined {
  const named = shared.filter(
    (stem) =>
      !isNumeric(stem) &&
      !QUANTITY_WORDS.has(stem) &&
      !RATE_UNITS.has(stem) &&
      !MOVED_WORDS.has(stem) &&
      !toldAsWhere(earlier, stem) &&
      !toldAsWhere(later, stem),
  );
  if (named.length === 0) return undefined;
  // The amount of what both name, not of another thing said beside it: "sumatriptan 50mg" for migraines is no
  // earlier dose of "propranolol 20mg … to prevent the migraines".
  const before = amounts(earlier, named, later);
  for (const [unit, value] of amounts(later, named, earlier)) {
    if (!withMoney && unit === '$') continue;
    const was = before.get(unit);
    if (was !== undefined && Number(was) !== Number(value)) return quoted(named, later.text);
  }
  return undefined;
}

/**
 * What both name (not a number, a time or a sum's size) when every sum of money the later one states is one the
 * earlier one states; else none. "£35 each" for Jan's lessons said again as "£35 a pop".
 */
function sameSumFor(earlier: Statement, later: Statement, shared: readonly string[]): string[] {
  const sums = moneyAmounts(later.text);
  if (sums.length === 0) return [];
  const before = moneyAmounts(earlier.text);
  if (!sums.every((sum) => before.includes(sum))) return [];
  return shared.filter((stem) => !isTime(stem) && !QUANTITY_WORDS.has(stem) && !TIME_WORDS.has(stem));
}

const TURNS_OUT = /\bturn(?:s|ed) out\b/i;

// Words that say a value is the only one: "I only ever speak", "I only read", "I do all my shopping at", "for
// everything", "exclusively". Not "days only" or "is only 10 min away": told of a stream's statements, those read
// other facts as contradictions (training everyday streams 3).
const ONLY_ONE =
  /\b(?:only ever|only (?:use|read|drink|eat|speak|wear|shop|buy|watch|listen|play|drive|fly|cook|take)\b|exclusively|for everything|nothing but|(?:do|get|buy|order|keep) all (?:my|our))\b/i;
const NOT_ONLY = /\b(?:not only|not the only|the only one|an only child|only child|if only)\b/i;

// "only two weeks late", "only lasts about three hours": an amount, not the only value.
const ONLY_SO_MUCH =
  /\bonly (?:\w+ ){0,2}(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|a few|a couple|a bit|a little|half)\b/i;

/**
 * The statement says its value is the only one ("I only read paper books", "Firefox for everything"), not
 * how much ("only two weeks late") and not as a change ("only garlic in the ground now": a change reads first).
 */
function saysOnlyOne(statement: Statement): boolean {
  return (
    statement.changeWords.length === 0 &&
    ONLY_ONE.test(statement.text) &&
    !NOT_ONLY.test(statement.text) &&
    !ONLY_SO_MUCH.test(statement.text)
  );
}

// "too" at the end of a clause ("shellfish too", not "way too late"), "also", "as well".
const ADDS_ONE_MORE = /\btoo\s*(?:[.!,;)]|$)|\balso\b|\bas well\b/i;

// Said of a person or a pet: they are gone, and what was true of them is past.
const GONE = /\b(?:died|passed away|passed on|put (?:him|her) down|put to sleep|was put down|had to be put (?:down|to sleep)|ran away)\b/i;

/**
 * "I took a part-time job as wharfinger" / "I packed in the wharfinger job, too hard on me back", "I'm on fexofenadine"
 * / "I stopped taking fexofenadine already": what the later one ends is a thing of the earlier one's main clause, of
 * the same one, whatever else either says ("resigned from Shopee already, I'm joining Grab next month" tells a job
 * to come too). Not of a plan or of something that happened once ("thinking about selling the boat"). The thing
 * ended, as written, or undefined.
 */
function endsTheEarlierOnes(earlier: Statement, later: Statement): string | undefined {
  const ending = endingOf(later.text);
  // "thinking about trading the silverado", "chidi's quitting the refinery end of may": a later one only thought of, or
  // told as under way, ends nothing yet.
  if (ending === undefined || ending.underWay || onlyThoughtOf(later) || !aboutTheSameOne(earlier, later)) return undefined;
  // "given up the walking group": the group, by its head word ("he'd walk the legs off you" has no group).
  const { named, doing } = ending;
  // "my truck got totaled on 93" ends the car "drive a black 2016 F-150" names by its make or model.
  const theCar = named.every((stem) => CAR_WORDS.has(stem)) && earlier.attribute?.key === 'vehicle';
  // "left MRI" ends the job at "Manchester Royal Infirmary": a name by its initials.
  const byInitials = named.length === 1 && spelledByInitials(earlier.text, named[0]!);
  if (
    !(theCar || byInitials || named.every((stem) => earlier.tokens.includes(stem))) ||
    (!doing && named.some((stem) => PEOPLE_AND_ANIMALS.has(stem)))
  )
    return undefined;
  // "no more henrik" after "henrik's girlfriend basically lives with us": one whose things the earlier one tells is a
  // person, whom "no more" does not end.
  if (/\bno more\b/i.test(later.text) && named.some((stem) => new RegExp(`\\b${stem}\\w*['’]s\\b`, 'i').test(earlier.text)))
    return undefined;
  if (
    plannedWhereNamed(earlier.text, named) ||
    onlyThoughtOf(earlier) ||
    toldAsHappened(earlier.text) ||
    endedThing(earlier.text) !== undefined
  )
    return undefined;
  if (finishedOnItsDay(earlier, later) || namedOnlyInPassing(earlier, named)) return undefined;
  return quoted(named, later.text);
}

/**
 * A plan is told in the stretch of `text` (between punctuation) that names the thing: "Started going to the gym at Wynnum,
 * physio reckons it'll help me back" tells the gym as begun, and the plan is of the back.
 */
export function plannedWhereNamed(text: string, named: readonly string[]): boolean {
  const stretches = text.split(/[,.;!?]/).filter((stretch) => normalizeText(stretch).tokens.some((stem) => named.includes(stem)));
  return (stretches.length > 0 ? stretches : [text]).some((stretch) => PLANNED.test(stretch));
}

const LIVES_ALONE = /\bliv(?:e|es|ing)\s+(?:alone|on (?:my|ma|me|his|her|their) own|by (?:myself|himself|herself))\b/i;
const MOVED_IN_WITH = /\bmoved in with\b/i;
/** Says one lives alone and names no place after it ("he still lives on his own in his bungalow in Barry" names one). */
function livesAloneOnly(statement: Statement): boolean {
  const match = LIVES_ALONE.exec(statement.text);
  return match !== null && !/\b(?:in|at)\s+\w/i.test(statement.text.slice(match.index + match[0].length));
}

// "poor Bonnie died in March, we got a new pup", "Had to put Skipper down in September": one named, gone.
// Not told as the time of something else ("since Bríd died in 2020 I do all my own cooking").
// ("Boba the hamster died already": with what one was between.)
// ("Nell's had to be put down", "Pączek had to be put down Thursday": with "'s", and a name with letters past ASCII.)
const NAMED_GONE =
  /(?<!\b(?:since|after|when|before|until|till)\s+)(?<![\p{L}'’])(\p{Lu}\p{Ll}+)(?:['’]s)?(?:,?\s+(?:the|our|my)\s+[a-z]+,?)?\s+(?:has\s+|had\s+)?(?:died|passed away|passed on|ran away|run away|was put down|was put to sleep|got put down|had to be put (?:down|to sleep)|(?:is\s+)?dead(?!\s+(?:tired|serious|set|good|happy|proud|right|on|excited|chuffed|keen|funny|easy|quiet|busy)\b))\b|\bput\s+(\p{Lu}\p{Ll}+)\s+(?:down|to sleep)\b/u;

// "simba died last week, he was very old": a name typed in lower case, opening the text; it is one only when the
// earlier one gives it as a name ("i have a dog called simba").
const LOWER_CASE_NAME_GONE = /^\W*([a-z]+)\s+(?:has\s+)?(?:died|passed away|passed on|ran away|run away|was put down|is dead)\b/;

// "put flowers on Bríd's grave": the earlier one already tells of one gone.
const LONG_GONE = /\b(?:grave|funeral|late|memorial|rip|r\.i\.p|ashes|widow|widower)\b/i;

/**
 * The name of one the later statement says is gone ("poor Bonnie died in March, we got a new pup since"), when the
 * earlier one names them and does not say so itself ("we have a collie called Bonnie"), whatever else the later one
 * tells (it reads as about the new pup). Undefined otherwise.
 */
// "Canelo got out and got hit by a car, he didnt make it": one named first, then said by a pronoun not to have survived
// (not "didn't make it to the game").
const DID_NOT_MAKE_IT =
  /^\W*([A-Z][a-z]+)\b[^.!?]{0,80}?\b(?:he|she)\s+did(?:n['’]?t|\s+not)\s+make\s+it\b(?!\s+(?:to|in|on|back|home|out|through|up|down)\b)/;

/** The name of one `text` says is gone ("Bruno dead last night", "had to put Jac down"), or undefined. */
export function nameSaidGone(text: string): string | undefined {
  const match = NAMED_GONE.exec(text);
  return match?.[1] ?? match?.[2] ?? DID_NOT_MAKE_IT.exec(text)?.[1];
}

function namedAsGone(earlier: Statement, later: Statement): string | undefined {
  const lowerCase = LOWER_CASE_NAME_GONE.exec(later.text)?.[1];
  const name =
    nameSaidGone(later.text) ??
    (lowerCase !== undefined && new RegExp(`\\b(?:called|named)\\s+${lowerCase}\\b`, 'i').test(earlier.text) ? lowerCase : undefined);
  if (name === undefined || NOT_NAMES.has(name) || GONE.test(earlier.text) || LONG_GONE.test(earlier.text)) return undefined;
  if (!namesWord(earlier.text, name)) return undefined;
  // "I have two cats, Biscuit and Mochi, and a greyhound called Rocket": one of several named stays told of the others.
  const others = new RegExp(
    `\\b${name}\\s*(?:,|and|&)\\s*[A-Z][a-z]+|[A-Z][a-z]+\\s*(?:,|and|&)\\s*${name}\\b|\\b(?:called|named)\\s+(?!${name}\\b)[A-Z]`,
  );
  return others.test(earlier.text) ? undefined : name;
}

/**
 * The later one ends the earlier one's thing, names one of it as gone, or takes back a name the earlier one gives as a
 * value ("Lurdes corrected me, she's in Matosinhos, not Porto itself"): a pair worth reading however weakly an
 * embedder scores it.
 */
export function endsOrTakesBack(earlier: Statement, later: Statement): boolean {
  return (
    endsTheEarlierOnes(earlier, later) !== undefined ||
    namedAsGone(earlier, later) !== undefined ||
    namedAsLeft(earlier.text, later.text) !== undefined ||
    workEnded(earlier, later) !== undefined ||
    (later.correction && later.retracted.some((stem) => takesBackANameOf(earlier, later, stem))) ||
    takesBackWhatANamedOneHas(earlier, later)
  );
}

// A name written with a capital past a text's first word ("Jordan", "Kahu"), as stems.
const NAME_PAST_THE_FIRST_WORD = /(?<=\S\s+)\p{Lu}\p{Ll}+/gu;

/**
 * "2 kids, Brooke is 16 …, Jordan's 13 and mad on rugby" / "correction, Jordan's 14 not 13", "new farm assistant is
 * Kahu Williams" / "scratch that, Kahu's last name is Wiremu not Williams": a correction takes back what the earlier
 * one says of one both name, or the name it gives one.
 */
function takesBackWhatANamedOneHas(earlier: Statement, later: Statement): boolean {
  if (!later.correction || !later.retracted.some((stem) => earlier.tokens.includes(stem))) return false;
  // "… named Chloe!" / "actually the baby name is Clara, not Chloe": the name the earlier one gives.
  if (later.retracted.some((stem) => calledSo(earlier.text, stem))) return true;
  const namedEarlier = new Set(namesPastTheFirstWord(earlier.text));
  return namesPastTheFirstWord(later.text).some((name) => namedEarlier.has(name) && !later.retracted.includes(name));
}
const namesPastTheFirstWord = (text: string): string[] =>
  [...text.matchAll(NAME_PAST_THE_FIRST_WORD)].map((match) => stemWord(match[0].toLowerCase()));

/** A name the later one takes back ("not Porto") that the earlier one gives as a value, of the same one. */
function takesBackANameOf(earlier: Statement, later: Statement, stem: string): boolean {
  return (
    namedTakenBack(stem, later) &&
    (aboutTheSameOne(earlier, later) || namedIn(earlier, later) || namedIn(later, earlier)) &&
    clausesOf(earlier).some((clause) => clause.attribute?.value.includes(stem) === true)
  );
}

/** "I have a dog named Max" / "Max passed away last night": the later one says one the earlier one speaks of is gone. */
export function tellsOfOneGone(earlier: Statement, later: Statement): boolean {
  return GONE.test(later.text) && !SELF_LIKE.has(later.subject) && (namedIn(later, earlier) || sameSubject(earlier.subject, later.subject));
}

/**
 * "booked nnamdi's 2 month shots for oct 6" / "dr okoro's office called, shots moved to oct 8": the later one says what
 * the earlier one names at a time was moved to another time.
 */
export function tellsOfOneMoved(earlier: Statement, later: Statement): boolean {
  return (
    later.changeWords.length > 0 &&
    rescheduledEvent(earlier, later) !== undefined &&
    atAnotherTime(contentOf(earlier.tokens), contentOf(later.tokens), earlier.text, later.text)
  );
}

const OLD = stemWord('old');

/**
 * "I play bass in a band" / "sold my old Fender Squier bass": what the later one changes is an old one (each
 * word in common follows "old" closely), and the earlier one speaks of no old one, so it is another thing.
 */
function anOldOne(earlier: Statement, later: Statement, shared: readonly string[]): boolean {
  if (shared.length === 0 || earlier.tokens.includes(OLD)) return false;
  return shared.every((stem) => {
    const at = later.tokens.indexOf(stem);
    return at > 0 && later.tokens.slice(Math.max(0, at - 3), at).includes(OLD);
  });
}

// Change words that only move an amount.
const AMOUNT_CHANGE =
  /^(?:went up|going up|goes up|went down|going down|goes down|upped|increased|decreased|reduced|lowered|raised|bumped up|cut down|cut back|down to|put up|puts up|putting up|put down|puts down|putting down|raising|hiked|hiking)$/;

// "new job", "started a job", "accepted a job", "landed a role", "switched jobs" (or "changed salons", "switched
// hospitals": another workplace of the kind): the job itself changed.
// "Susan's got a new job", "I've switched jobs": told as had. Not "because of the new job" (the one said before),
// nor "got a job offer" (none yet).
const GOT_A_NEW_JOB =
  /\b(?:got|started|landed|found|has|have)\s+(?:a\s+)?new\s+(?:job|role|position)\b|\b(?:switched|changed) (?:jobs|careers|employers|companies|firms|salons|shops|stores|restaurants|hospitals|offices)\b/i;
// "looking for a new job", "applied for a new role": a job sought is none yet.
const SEEKING = /\b(?:look(?:ing)? for|search(?:ing)? for|hunt(?:ing)?|appl(?:y|ied|ying)|interview(?:ed|ing)?)\b/i;
const NEW_JOB = new RegExp(
  `\\bnew (?:job|role|position)\\b|\\b(?:started|starting|got|landed|accepted|took)\\b.*\\b(?:job|role|position)\\b|\\b(?:switched|changed|changing|switching) (?:jobs|careers)\\b|${FIRST_DAY_AT.source}`,
  'i',
);

const STRONG_CHANGE =
  /^(?:sold|quit|quitting|cancel+ed|gave up|give up|given up|giving up|stopped|stopping|switched|moved|no longer|anymore|any more|ditched|dropped|left|replaced|upgraded|instead|meant|correction)$/;

// Change words that tell of a start or a milestone ("joined a choir", "the twins turned seven"), not of an end.
// (So is "first shift at", a new workplace: it ends only the one before it, which the job rules read.)
const BEGINS = /^(?:joined|turned)$/;
// Change words that end a thing ("cancelled my cable subscription") and that put another in its place
// ("switched to soya milk"): after the first, a thing of another kind is untouched.
const ENDING = /^(?:cancel+(?:ed|ing)?|quit|quitting|stopped|stopping|sold|dropped|ditched|left|gave up|given up|giving up)$/;
const REPLACING = /^(?:switched|moved|replaced|upgraded|instead|now|got)$/;

/** What both name, apart from their days, when both give weekdays, not the same ones, and that much in common; else undefined. */
function sameThingOnOtherDays(earlier: readonly string[], later: readonly string[]): string[] | undefined {
  const days = (content: readonly string[]) => content.filter((stem) => WEEKDAYS.has(stem));
  const [earlierDays, laterDays] = [days(earlier), days(later)];
  if (earlierDays.length === 0 || laterDays.length === 0 || compareValues(earlierDays, laterDays, false) === 'equal') return undefined;
  const [earlierRest, laterRest] = [earlier.filter((stem) => !isTime(stem)), later.filter((stem) => !isTime(stem))];
  const shared = sharedStems(earlierRest, laterRest);
  return shared.length > 0 && jaccard(earlierRest, laterRest) >= UPDATE_OVERLAP ? shared : undefined;
}

/** The stems both lists hold, each once. */
function sharedStems(a: readonly string[], b: readonly string[]): string[] {
  const set = new Set(a);
  return [...new Set(b.filter((stem) => set.has(stem)))];
}

/** Stems as `text` wrote them, quoted: `"ramp", "health"`. */
export function quoted(stems: readonly string[], text: string): string {
  return stems.map((stem) => `"${wordOf(stem, text)}"`).join(', ');
}

/** The words naming a statement's subject, as it wrote them ("neurology appointment"). */
function subjectNamed(statement: Statement): string {
  return statement.subjectWords.map((stem) => wordOf(stem, statement.text)).join(' ');
}

/** Fewer of the later one's words are new than are the earlier one's. */
function mostlyRepeats(later: readonly string[], earlier: readonly string[]): boolean {
  const repeated = later.filter((stem) => earlier.includes(stem)).length;
  return later.length - repeated < repeated;
}

function isSubset(small: readonly string[], large: readonly string[]): boolean {
  const set = new Set(large);
  return small.every((stem) => set.has(stem));
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  if (setA.size === 0 && setB.size === 0) return 1;
  let shared = 0;
  for (const stem of setA) if (setB.has(stem)) shared++;
  return shared / (setA.size + setB.size - shared);
}

/**
 * Whom a question to the user about `statement` names, when it is someone else: "your sister", "your daughter
 * Mia", "Leo"; undefined when it is about the user or a thing of theirs.
 */
export function addressedAs(statement: Statement): string | undefined {
  if (SELF_LIKE.has(statement.subject) || EVENTS.has(statement.subject)) return undefined;
  return describe(statement.subject, statement.text).replace(/^the /, 'your ');
}

function describe(subject: string, text: string): string {
  if (subject === 'self' || subject === 'thing') return 'the user';
  const [kind = subject, name] = subject.split(':');
  if (kind === NAMED_PERSON && name !== undefined) return capitalized(name);
  const parts = kind.split('-');
  // "old-coworker" is the old coworker, "mother-dog" the mum's dog.
  const word = parts
    .map((stem, index) => {
      const written = stem === 'inlaw' ? 'in-laws' : wordOf(stem, text).replace(/(.)inlaw$/, '$1-in-law');
      return index < parts.length - 1 && PEOPLE_AND_ANIMALS.has(stem) ? `${written}'s` : written;
    })
    .join(' ');
  return name === undefined ? `the ${word}` : `the ${word} ${capitalized(name)}`;
}

/** A change word as the user wrote it: "anymore" or "any more", not the stem `anymor`. */
function changeWordAsWritten(word: string, text: string): string {
  if (word.includes(' ')) return word;
  const written = wordOf(word, text.replace(/\bany more\b/gi, 'anymore'));
  // "no longer on nights": the change word is both words, not "longer".
  if (written === 'longer' && /\bno longer\b/i.test(text)) return 'no longer';
  return written === 'anymore' && /\bany more\b/i.test(text) ? 'any more' : written;
}

/** The word of `text` that `stem` came from ("wife" for `wif`), so reasons read as the user wrote. */
function wordOf(stem: string, text: string): string {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.find((word) => stemWord(word) === stem) ?? words.find((word) => READ_AS[word] === stem) ?? stem;
}
// Words the reader rewrites before stemming ("we shifted to Whitefield" is read "moved to").
const READ_AS: Readonly<Record<string, string>> = { shifted: stemWord('moved') };

function categoryOf(earlier: Statement, later: Statement): string {
  const attribute = earlier.attribute ?? later.attribute;
  if (attribute !== undefined) return attribute.category;
  const stems = [...earlier.content, ...later.content];
  if (stems.some((stem) => /^[tdm]\d/.test(stem) || WEEKDAYS.has(stem))) return 'schedule';
  return 'factual';
}

const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  residence: 'place one lives',
  origin: 'place one is from',
  'job-title': 'job',
  work: 'workplace',
  name: 'name',
  surname: 'surname',
  'middle-name': 'middle name',
  age: 'age',
  relationship: 'relationship status',
  prefer: 'preference',
  like: 'liking',
  speak: 'language',
  play: 'thing one plays',
  can: 'ability',
  have: 'thing one has',
  vehicle: 'car one drives',
  school: 'school',
  salary: 'salary',
  'wake-time': 'time one wakes up',
  bedtime: 'bedtime',
  commute: 'way to work',
  'blood-type': 'blood type',
  'shoe-size': 'shoe size',
  weight: 'weight',
};

const USERS = "user's ";

/** The kind a value counts ("12 grandchild …": grandchild), when it opens with a number; else undefined. */
const countedKind = (value: readonly string[]): string | undefined => (/^\d+$/.test(value[0] ?? '') ? value[1] : undefined);

/** "a new place one lives", and "another dentist of the user's" (not "a new user's dentist"). */
function aNew(what: string): string {
  return what.startsWith(USERS) ? `another ${what.slice(USERS.length)} of the user's` : `a new ${what}`;
}

function describeAttribute(key: string, text: string): string {
  if (key.startsWith('my:')) return `user's ${wordOf(key.slice('my:'.length), text)}`;
  if (key.startsWith('age-of:')) return `age of the user's ${wordOf(key.slice('age-of:'.length), text)}`;
  if (key.startsWith(CARER)) return `user's ${carerOf(key)}`;
  return key.startsWith('favorite:') ? `favourite ${key.slice('favorite:'.length)}` : (ATTRIBUTE_NAMES[key] ?? key);
}

// Emoji and letters of other scripts: the rules read words in Latin letters only.
const UNREAD_CHARACTER = /\p{Extended_Pictographic}|(?!\p{Script=Latin})\p{L}/gu;

/**
 * "I love 🍕" / "I love 🐶": the same words the rules read, and each with characters they do not read that the
 * other lacks. Those characters, quoted, or undefined when neither has any the other lacks.
 */
function unreadCharactersApart(earlier: string, later: string): string | undefined {
  const unread = (text: string) => new Set(text.match(UNREAD_CHARACTER) ?? []);
  const before = unread(earlier);
  const after = unread(later);
  const onlyBefore = [...before].filter((char) => !after.has(char));
  const onlyAfter = [...after].filter((char) => !before.has(char));
  // One side's alone ("got the job 🥳" / "got the job") is decoration, not another thing.
  if (onlyBefore.length === 0 || onlyAfter.length === 0) return undefined;
  return [onlyBefore.join(''), onlyAfter.join('')].map((chars) => `"${chars}"`).join(' / ');
}

/**
 * The days or times the later one gives, when the earlier one says a change and gives another of that kind the
 * later one does not ("switched to Tuesdays — the Thursday slot clashed" / "is on Thursdays": ["thursday"]).
 */
function oneOfTheChange(earlier: Statement, later: Statement): string[] {
  if (earlier.changeWords.length === 0) return [];
  const when = (stem: string) => WEEKDAYS.has(stem) || isTime(stem);
  const given = later.content.filter((stem) => when(stem) && earlier.tokens.includes(stem));
  const other = earlier.tokens.some((stem) => when(stem) && !later.tokens.includes(stem));
  // The first one after the change word, past what it names as replaced, is the new one ("switched to Tuesdays",
  // "moved from Monday to Wednesday"): said again, it is the same.
  const changedAt = earlier.tokens.findIndex((stem) => earlier.changeWords.some((word) => stemWord(word.split(' ')[0]!) === stem));
  const replaced = namedAsReplaced(earlier.text);
  const changedTo = earlier.tokens.slice(Math.max(changedAt, 0)).find((stem) => when(stem) && !replaced.includes(stem));
  return other && (changedAt === -1 || !given.includes(changedTo ?? '')) ? given : [];
}

/** What the later statement states of what the earlier one names as replaced ("credit" for "… instead of the Credit Union"). */
function replacedSaidAgain(earlier: Statement, later: Statement): string[] {
  if (later.negated) return [];
  const laterContent = contentOf(later.tokens);
  return namedAsReplaced(earlier.text).filter((stem) => laterContent.includes(stem));
}
