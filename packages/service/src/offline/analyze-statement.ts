import { capitalized } from './capitalized';
import { withImpliedOwner } from './implied-owner';
import { kinWordsInEnglish } from './kin-words-in-english';
import { DOCTOR_FOR, DROPPED_G, normalizeText, ROLES, withCurrencySigns, withoutAccents } from './normalize-text';
import { withOpeningNameCapitalised } from './opening-name';
import { opensWithVerb } from './opens-with-verb';
import { pidginInEnglish } from './pidgin-in-english';
import { NAMED_PERSON } from './same-subject';
import { CLARIFYING_PHRASES } from './says-settled';
import { stemWord } from './stem-word';
import { stripAsides } from './strip-asides';
import { withoutTitles } from './without-titles';
import {
  ACT_ON_THE_USER,
  ANIMALS,
  CAR_MAKES,
  CAR_WORDS,
  CHANGE_PHRASES,
  EVENTS,
  FIRST_DAY_AT,
  KIND_NOUNS,
  MONTH_OR_SHORT_PATTERN,
  NOT_NAMES,
  OCCUPATIONS,
  ON_A_DAY_PATTERN,
  OTHER_ENTITIES,
  OTHER_PERSON_QUALIFIERS,
  PAST_VERBS_PATTERN,
  PEOPLE_AND_ANIMALS,
  RELATIONSHIP_STATES,
  STOP_WORDS,
  TIME_WORDS,
  WEEKDAYS,
} from './word-lists';

// Those who do a job for the user, as the statement reader's stems ("personal trainer": "personal trainer").
const WORKPLACE_STEMS: ReadonlySet<string> = new Set(
  [
    'bank',
    'hospital',
    'clinic',
    'office',
    'store',
    'shop',
    'shopping',
    'restaurant',
    'hotel',
    'pharmacy',
    'branch',
    'depot',
    'factory',
    'warehouse',
  ].map(stemWord),
);
const HOME_STEMS: ReadonlySet<string> = new Set(['house', 'home', 'flat', 'apartment', 'place', 'bungalow', 'condo'].map(stemWord));
/** The words a move is to name a workplace and no home. */
const toAWorkplace = (words: readonly string[]): boolean =>
  words.some((stem) => WORKPLACE_STEMS.has(stem)) && !words.some((stem) => HOME_STEMS.has(stem));
// "see the eye doctor", "see the diabet doctor": a doctor of one kind.
const DOCTOR_FOR_STEMS = ['eye', ...DOCTOR_FOR].map(stemWord).join('|');
const ROLE_STEMS = ROLES.map((role) => role.split(' ').map(stemWord).join(' ')).join('|');

/** What a statement says something about, and the value it gives, when a rule recognises it. */
export interface StatementAttribute {
  /** e.g. `residence`, `origin`, `job-title`, `work`, `name`, `age`, `relationship`, `favorite:color`, `like`. */
  key: string;
  /** The conflict category reported for it: location, job, name, age, relationship, preference, factual. */
  category: string;
  /** A person has one value at a time (where they live, their name); `like` or `speak` can have many. */
  single: boolean;
  /** The value's content stems ("central london park"). */
  value: string[];
  /** Order matters ("prefer tea over coffee"). */
  ordered: boolean;
}

/** One statement as the offline heuristics read it. */
export interface Statement {
  text: string;
  /** All stems. */
  tokens: string[];
  /** The stems of the main clause (the last one: "..., now I live in Denver"). */
  clause: string[];
  /** `self` (the user), `thing` (no person named: "the conference is on May 2") or the other's stem (`sister`, `dog`). */
  subject: string;
  /** The stems that name someone other than the user ("old", "colleg", "roommat", "mei"); none for the user. */
  subjectWords: string[];
  /** The main clause is negated ("I don't", "I never", "I hate"). */
  negated: boolean;
  /** Change words anywhere in the text ("moved", "now", "no longer", "anymore", "switched", "quit"). */
  changeWords: string[];
  /** The text speaks of the past ("I used to ..."). */
  past: boolean;
  /** The text says it corrects something said before ("actually", "I meant", "sorry", "..., not X"). */
  correction: boolean;
  /** Stems right after a "not" in a correction ("Marathi, not Hindi": `hindi`): the value taken back. */
  retracted: string[];
  /** Content stems of the main clause: no function words, negation or change words. */
  content: string[];
  attribute: StatementAttribute | undefined;
  /** The text says it repeats what was said ("like I mentioned", "as I said before", "just confirming", "still"). */
  restated: boolean;
  /**
   * Content stems of the clause that says "still" ("still up at 5:30, body clock's broken": `5`, `30`): what
   * it says still holds, without the comment after it. Empty without "still".
   */
  stillSaid: string[];
}

const USED_TO = ['used', 'to'].map(stemWord);
const USED_TO_PHRASE = CHANGE_PHRASES.find((phrase) => phrase.join(' ') === USED_TO.join(' '));
// Change phrases that are adverbs ("now", "anymore"): said after a modal they still tell a change.
const CHANGE_ADVERBS: ReadonlySet<string> = new Set(
  ['now', 'nowadays', 'longer', 'anymore', 'any', 'these', 'lately', 'again', 'finally', 'since', 'instead'].map(stemWord),
);

/** "I used to run marathons" speaks of the past; "I'll have to get used to a new doctor", "I'm used to it" do not. */
function saysUsedTo(said: string): boolean {
  return /\bused to\b/i.test(
    said.replace(/\b(?:get|gets|got|gotten|getting|be|been|being|am|is|are|was|were|\w+'m|\w+'re|\w+'s)\s+used to\b/gi, ''),
  );
}
const STILL = stemWord('still');
// "on $24.50 an hour at the moment": a rate one is on, said with no one named, is the user's.
const ON_A_RATE = /^\s*on\s+[$£€]?\d[\d.,]*\s*(?:an|a|per)\s+(?:hour|hr)\b/i;
const ATTEMPT = /\b(?:trying|attempting) to\b/i;
// Wished or planned, not yet so, in the clause that holds the attribute: "planning to move to York", "I really
// want to live in another country one day", "thinking about moving to Melbourne" (not "I live in Leeds, but
// want to move").
const WISHED = new RegExp(
  ` (?:${['planning', 'plan', 'hoping', 'want', 'wanna', 'looking', 'aiming'].map(stemWord).join('|')}) to | ${stemWord('thinking')} (?:about|of) `,
);
const CONTRAST = /\b(?:but|though|tho|although|except|however|yet)\b/i;
const SINGLE_CHANGE_STEMS: ReadonlySet<string> = new Set(
  CHANGE_PHRASES.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0]!),
);
// Words dropped before the attribute rules run: they modify a statement, they do not say what it is about.
// Written as words and stemmed here, so that "originally" (stem "originall") is dropped too.
const ADVERBS: ReadonlySet<string> = new Set(
  'not longer now anymore again still also just really lately nowadays originally currently actually only these days already honestly literally basically genuinely'
    .split(' ')
    .map(stemWord),
);

interface Rule {
  pattern: RegExp;
  key: string | ((match: RegExpExecArray) => string);
  category: string;
  single: boolean;
  ordered?: boolean;
  /** Which capture group holds the value (default 1). */
  group?: number;
  /** The rule only counts when this holds for the value stems (and the whole match, and whom the statement is about). */
  accept?: (value: string[], match: RegExpExecArray, subject: string) => boolean;
  /** A stem the value starts with, which the words matched name only by a verb ("I teach at …": `teacher`). */
  valueNoun?: string;
}

// "I'm a volunteer firefighter" is something one does besides a job, not the job.
const VOLUNTEER = stemWord('volunteer');
const FAVORITE = stemWord('favorite');
// The occupation is what the words name first: "I'm a high school history teacher", not "I was wrong the other day,
// Aoife is doing medicine, … her sister Niamh who does vet".
const OCCUPATION_WITHIN = 4;
const ENDS_A_NOUN_PHRASE: ReadonlySet<string> = new Set(['at', 'in', 'for', 'with', 'on', 'from', 'and', 'but', 'so', 'by', 'of', 'to']);
/** The first occupation of `words` (a stemmed phrase) is its last word or comes before a preposition. */
const occupationEnds = (words: string): boolean => {
  const tokens = words.trim().split(' ');
  const at = tokens.findIndex((stem) => OCCUPATIONS.has(stem));
  const next = tokens[at + 1];
  return at !== -1 && (next === undefined || next === CLAUSE_MARK || ENDS_A_NOUN_PHRASE.has(next));
};
// "Mushrooms are my favourite thing to cook with" names no job; "my a1c is 7.1 now, doctor happy" is a number.
const IN_ON_OR_OFF = /^(?:off|on|in|at|into|out|up|down|over|under|back|for|to|by|from|with|not|no)\b/;
const isOccupation = (value: string[]): boolean =>
  value.slice(0, OCCUPATION_WITHIN).some((stem) => OCCUPATIONS.has(stem)) &&
  !value.includes(VOLUNTEER) &&
  !value.includes(FAVORITE) &&
  !(/^\d+(?:\.\d+)?$/.test(value[0] ?? '') && !YEARS.has(value[1] ?? ''));
const YEARS: ReadonlySet<string> = new Set(['year', 'yr'].map(stemWord));
const isRelationshipState = (value: string[]): boolean => value.some((stem) => RELATIONSHIP_STATES.has(stem));
// A verb of many values with none named says nothing of them: "what have I done" is no bare "I have".
const saysWhat = (value: string[]): boolean => value.length > 0;
/** The line a rule ran on up to its match (with the space it opens with), and the last word of it. */
const textBefore = (match: RegExpExecArray): string => match.input.slice(0, match.index + 1);
const wordBefore = (match: RegExpExecArray): string => textBefore(match).trim().split(' ').at(-1) ?? '';
const AN_AGE_BACK_THEN = / (?:sinc|when|befor|after|until) (?:i|we|he|she|they) $/;
const isNumber = (value: string[]): boolean => value.length === 1 && /^\d{1,3}$/.test(value[0]!);
// "My car is 12 years old", "my old helmet was 8 years old", "my youngest is 7": what the user's words name
// just before it is no one the reader knows, so the age is not the user's (nor any person's it can name).
const OWNED_BEFORE = / my ((?:\S+ )?\S+) $/;
const namesNoOne = (words: string): boolean => !words.split(' ').some((stem) => PEOPLE_AND_ANIMALS.has(stem));
const ownedThingAged = (match: RegExpExecArray): boolean => {
  const owned = OWNED_BEFORE.exec(textBefore(match))?.[1];
  return owned !== undefined && namesNoOne(owned);
};
// "I broke my wrist when I was 15": an age long past.
const AGE_PAST = / (?:when|since|till|until|befor|after|while) i $/;
// "got three kids - Lachie is 10, Tilly is 8 and Ollie is 5" reads as the user's (it opens with a verb), but the age
// is Ollie's: said of the user, "is" follows "I" or "we" ("I'm 38"), or an adverb ("now 38"), not a name.
const OWN_AGE_AFTER: ReadonlySet<string> = new Set(['i', 'we', 'now', 'just', 'still', 'alread', 'onli', 'nearl', 'almost', 'be']);
const namedBeforeTheUsersAge = (match: RegExpExecArray, subject: string): boolean =>
  subject === 'self' && match[0].startsWith(' be ') && wordBefore(match) !== '' && !OWN_AGE_AFTER.has(wordBefore(match));
const isAge = (value: string[], match: RegExpExecArray): boolean =>
  isNumber(value) && !ownedThingAged(match) && !AGE_PAST.test(textBefore(match));
// A time ("t15"), a date or a month, a weekday: not a bare number ("moved to 45 Elm Avenue").
const isWhen = (stem: string): boolean => /^[tdm]\d/.test(stem) || WEEKDAYS.has(stem) || TIME_WORDS.has(stem);

// "My physio's name is Rachel" names the physio: said of the user, a name is the user's only after these.
const OWN_NAME_BEFORE: ReadonlySet<string> = new Set(
  ['my', 'i', 'real', 'legal', 'full', 'given', 'maiden', 'nick', 'birth', 'middle'].map(stemWord),
);
// "Mom calls me every sunday at 10am" ("call me" reads "my name is"): a name holds no time, and is short.
const isNameValue = (value: string[], match: RegExpExecArray, subject: string): boolean => {
  const before = wordBefore(match);
  return value.length <= 4 && !value.some(isWhen) && (subject !== 'self' || before === '' || OWN_NAME_BEFORE.has(before));
};

const LIKED_BEFORE = / lik\b/;
// "I've been offered an admin job at the council", "applied for a job at Tesco", "interview for the job at Aldi": a job
// not had yet, so no workplace (a few words may come between: "offered a full time admin job").
const NOT_HIRED_YET = / (?:offer|interview|appl|appli|shortlist)\w*(?: \w+){0,4} $/;
// A first day somewhere that is no workplace: "first day at the gym, legs are dead".
const NOT_WORKPLACES: ReadonlySet<string> = new Set(
  ['gym', 'pool', 'beach', 'park', 'camp', 'festival', 'class', 'course', 'school', 'daycare', 'nursery', 'uni'].map(stemWord),
);
const RETIRED_AFTER: ReadonlySet<string> = new Set(
  ['i', 'we', 'be', 'have', 'just', 'finally', 'now', 'officially', 'also', 'recently'].map(stemWord),
);

// Tried in order on " main clause "; the first that matches (and accepts its value) wins.
const RULES: readonly Rule[] = [
  {
    pattern: / (surnam|middl nam|nam) be (.+)/,
    key: (match) => ({ nam: 'name', surnam: 'surname' })[match[1]!] ?? 'middle-name',
    category: 'name',
    single: true,
    group: 2,
    accept: isNameValue,
  },
  // "fav truck stop is the Love's in Van Horn": a favourite named in two words (before the jobs: "the pilot in
  // Sierra Blanca" is no job).
  {
    pattern: / favorit ((?:\w+ )?\w+) be (.+)/,
    key: (match) => `favorite:${match[1]}`,
    category: 'preference',
    single: true,
    group: 2,
  },
  { pattern: /^ (.+) be my (?:all tim )?favorit (\w+)/, key: (match) => `favorite:${match[2]}`, category: 'preference', single: true },
  // "his birthday is Nov 22", "my birthday's the 4th of May": one day a year (the normaliser writes it "d11-22").
  { pattern: / birthday be (?:on )?(?:the )?(d\d\d-\d\d)\b/, key: 'birthday', category: 'schedule', single: true },
  // Before the ages: "my shoe size is 10" is no age.
  { pattern: / sho siz be (\d+(?:\.5)?)\b/, key: 'shoe-size', category: 'factual', single: true },
  { pattern: / (?:wear a siz|be a siz) (\d+(?:\.5)?) (?:in )?sho/, key: 'shoe-size', category: 'factual', single: true },
  // "I weigh 180 pounds", "I'm down to 74kg": one's weight (before the ages: "I'm 80kg" is no age).
  { pattern: / weigh (?:about |around |nearl |just )?(\d+(?:\.\d+)?(?:kg|lbs?)?)\b/, key: 'weight', category: 'factual', single: true },
  { pattern: / be (?:now )?(?:down to |up to |at )?(\d+(?:\.\d+)?(?:kg|lbs?))\b/, key: 'weight', category: 'factual', single: true },
  { pattern: / birth year be (\d{4})/, key: 'age', category: 'age', single: true },
  { pattern: / born in (\d{4})/, key: 'age', category: 'age', single: true },
  {
    // "Ellie's 15 not 14": the age, with the one taken back (its "not" is left out of the words read).
    pattern: / (?:be|turn) (\d{1,3})(?: year)?(?: old)?(?: \d{1,3})? $/,
    key: 'age',
    category: 'age',
    single: true,
    // "have been since I was 16": an age back then.
    accept: (value, match, subject) =>
      isAge(value, match) && !AN_AGE_BACK_THEN.test(textBefore(match)) && !namedBeforeTheUsersAge(match, subject),
  },
  // "Tyler's 15 and already thinks he knows everything", "mum's 82 and still walks to the market": a person's age
  // with more said after it (not a thing's: "the score was 3 and we lost"; not a list: "are 5 and 7").
  {
    pattern: / (?:be|turn) (?:about |around |nearl |roughl |almost |just )?(\d{1,3}) (?:and|but|so) (?!\d)/,
    key: 'age',
    category: 'age',
    single: true,
    accept: (value, match, subject) =>
      subject !== 'thing' &&
      (subject !== 'self' || wordBefore(match) === 'i') &&
      isAge(value, match) &&
      !AN_AGE_BACK_THEN.test(textBefore(match)),
  },
  // "Isla's 7 noo, had her party at the soft play", "Mali's 7 now, she had a party": one named, then the age, then more
  // ("wor Chelsea's 20 noo, had her birthday": after "our").
  {
    pattern:
      /^ (?:our )?[a-z]+ (?:be|turn) (\d{1,3}) (?!(?:year|month|week|day|hour|minut|mile|km|kg|lb|percent|tim|point|inch|foot|feet|metr|pound|dollar|quid|grand|k|and|or|to|of)\b)\S/,
    key: 'age',
    category: 'age',
    single: true,
    accept: (value, match, subject) => subject.startsWith('person:') && isAge(value, match),
  },
  // "son Ethan 2 yrs old, very cheeky one", "Ethan 3 yrs old now": typed without "is", a name then its age.
  {
    pattern: /^ (?:my |our )?(?:son |daughter |boy |girl |kid |dog |cat |puppy |brother |sister )?[a-z]+ (\d{1,3}) old /,
    key: 'age',
    category: 'age',
    single: true,
    accept: isAge,
  },
  // "My daughter is 6 months old already, time flies": "old" says it is an age, whatever follows.
  // ("she's about 11 years old": an age told roughly is an age; "Buttons is a gray tabby and about 11 years old": after
  // what else one is.)
  {
    pattern: / (?:be|turn|be (?:\S+ ){1,4}?and) (?:(?:about|around|nearl|almost|over|just) )?(\d{1,3})(?: year)? old /,
    key: 'age',
    category: 'age',
    single: true,
    accept: isAge,
  },
  { pattern: / ag be (\d{1,3})/, key: 'age', category: 'age', single: true },
  // "Bruno turned 4 on sunday", "just turned 30 yesterday, feeling old": turning a number is an age, whatever follows.
  { pattern: / turn (\d{1,3})(?! (?:degre|percent|minut|second|tim)\w*)\b/, key: 'age', category: 'age', single: true, accept: isAge },
  // "My car is 12 years old" (read "my car be 12 old"): the age of a thing of the user's, one value at a time.
  {
    pattern: / my ((?:\S+ )?(\S+)) (?:be|turn) (\d{1,3}) old $/,
    key: (match) => `age-of:${match[2]}`,
    category: 'factual',
    single: true,
    group: 3,
    accept: (_value, match) => namesNoOne(match[1]!),
  },
  { pattern: / be from (.+)/, key: 'origin', category: 'location', single: true },
  { pattern: / born in (.+)/, key: 'origin', category: 'location', single: true },
  { pattern: / grow up in (.+)/, key: 'origin', category: 'location', single: true },
  { pattern: / hometown be (.+)/, key: 'origin', category: 'location', single: true },
  {
    pattern: / liv ((?:in|on|at|with|near|alon|by|outsid|abroad|downtown|here|there)\b.*)/,
    key: 'residence',
    category: 'location',
    single: true,
  },
  // "got my own place in Leeds", "we bought a house in Sheffield": a home of one's own is where one lives.
  {
    // ("own" is read as "have": "my own place" is "my have plac".)
    pattern: / (?:get|buy|rent) (?:my have |our have |a |an |my |our )?(?:new |first )?(?:plac|flat|apartment|hous|condo|hom) (in .+)/,
    key: 'residence',
    category: 'location',
    single: true,
  },
  // "Mum is in Beechfield nursing home in Clontarf": a care home one is in is where one lives.
  {
    pattern: / be (?:in|at) ((?:a |the )?(?:\S+ ){0,3}(?:nurs|care|retir) hom\b.*)/,
    key: 'residence',
    category: 'location',
    single: true,
  },
  // "I've relocated from Austin to Denver": where one lives now is where one moved to.
  { pattern: / (?:mov|relocat) from (?:\w+ ){1,3}?to (.+)/, key: 'residence', category: 'location', single: true },
  {
    // "moved house to Aintree", "moved flat into town": the home said beside the verb is the same move.
    pattern: / (?:mov|relocat) (?:(?:hous|hom|flat|plac) )?((?:to|into|out|back|abroad|away|in)\b.*)/,
    key: 'residence',
    category: 'location',
    single: true,
    // "Tennis moved to Thursdays", "the call moved to 3pm": a day or a time is when, not where. "moved to the Boots in the
    // Broadway shopping centre": a workplace, not a home, unless a home is named too ("a flat above the shop").
    accept: (_value, match) => !isWhen(match[1]!.split(' ')[1] ?? '') && !toAWorkplace(match[1]!.split(' ')),
  },
  // "I get to work by bike", "I've switched to commuting on the light rail", "I cycle to work": one way to work.
  { pattern: / commut (?:by |on |via |in )(?:the |a |my )?(.+)/, key: 'commute', category: 'schedule', single: true },
  { pattern: / tak the (\w+) to work\b/, key: 'commute', category: 'schedule', single: true },
  // "I see the dentist Dr. Choi" (so "My dentist is Dr. Choi", "I go to Dr. Moreau for my teeth"): one of each.
  {
    pattern: new RegExp(
      ` see the (?:new )?((?:(?:${DOCTOR_FOR_STEMS}) )?doctor|dentist|optometrist|therapist|dermatologist|vet|${ROLE_STEMS}) (?:dr |doctor |mrs? |ms )?(\\w+(?: \\w+)?)`,
    ),
    key: (match) => `carer:${match[1]}`,
    category: 'factual',
    single: true,
    group: 2,
  },
  // "I accepted an offer from Ramp Health, so goodbye Dell": where one works next.
  {
    pattern: / accept (?:an |a |the )?(?:job )?offer (?:from|at|with) (.+?)(?= (?:so|and|but) | $)/,
    key: 'work',
    category: 'job',
    single: true,
  },
  // "I'm based at Lansdowne station": where one works ("based in Leeds" may be a home).
  { pattern: / be bas (?:at|out of) (.+?)(?= be | $)/, key: 'work', category: 'job', single: true },
  // "first day at Whitchurch station today", "first shift at Halden": where one works from now on.
  {
    // ("day" and "week" are time words, gone from the line the rules read.)
    pattern: / 1 (?:shift )?(?:at|with) (?:the |a )?(.+?)(?= (?:so|and|but|offici\w*|do|go|be) | $)/,
    key: 'work',
    category: 'job',
    single: true,
    accept: (value, match) => /^ (?:my |our )?$/.test(textBefore(match)) && value[0] !== 'tim' && !NOT_WORKPLACES.has(value[0] ?? ''),
  },
  { pattern: / work as (.+)/, key: 'job-title', category: 'job', single: true },
  // "Nik got promoted to head of science": the new title.
  { pattern: / promot to (.+)/, key: 'job-title', category: 'job', single: true },
  // "now I teach chemistry at a high school": a teacher's job, told by where.
  { pattern: / teach (?:\w+ )?(?:at|in) (.+)/, key: 'job-title', category: 'job', single: true, valueNoun: stemWord('teacher') },
  // "I'm off the drink since Christmas, doctor's orders", "I'm on the list for a hip replacement, the consultant says": what
  // one is in, on or off names no job, whatever occupation is said after it.
  {
    pattern: / (?:be|becom) (?:a |an )?(.+)/,
    key: 'job-title',
    category: 'job',
    single: true,
    // "Karine is my best friend since nursing school": one who is the user's someone has no job said.
    accept: (value, match) => isOccupation(value) && !IN_ON_OR_OFF.test(match[1]!) && !MY_FRIEND.test(match[1]!),
  },
  // "I GOT THE JOB!!! junior analyst at Verdant", not "got a GP review for my back" nor "get used to a new doctor":
  // after "get", the occupation ends what is got.
  {
    pattern: / get (?:a |an |the )?(.+)/,
    key: 'job-title',
    category: 'job',
    single: true,
    accept: (value, match) => isOccupation(value) && occupationEnds(match[1]!),
  },
  // "My dad retired in June": no job from then on (not "I retired my old laptop", nor "a retired couple"), said
  // of the one the statement is about (not "mostly retired John Deere guys").
  {
    pattern: / (retir)\b(?! (?:my|the|his|her|a|an|our|their)\b)/,
    key: 'job-title',
    category: 'job',
    single: true,
    accept: (_value, match) => {
      const before = wordBefore(match);
      return before === '' || RETIRED_AFTER.has(before) || PEOPLE_AND_ANIMALS.has(before);
    },
  },
  // "I work out three times a week" is exercise, "on work nights", "my work laptop" name no workplace,
  // "afternoons work better for me" says what suits one, "still working my way through The Overstory" is
  // reading, "I love Georgia O'Keeffe's work" liking, "the bus to work", "I work from home", "Stevie at work",
  // "gym after work at the ActiveSG gym" name none, nor does "the working men's club", nor "I'll work till 66" (until when),
  // nor a thing used for work ("me work ride's a white 2016 Hilux ute", "my work boots", "the work christmas do").
  {
    pattern:
      /(?<! to| at| after| befor| from) work (?!(?:out|night|day|week|hour|shift|trip|laptop|phon|email|friend|stuff|thing|better|best|well|fin|for me|my way|from|man|men|till|until|til|rid|ute|van|car|truck|vehicl|boot|cloth|uniform|bag|mat|colleagu|parti|christma|lunch|desk|comput|schedul|rota|roster)\w*\b)(.+)/,
    key: 'work',
    category: 'job',
    single: true,
    // Checked once on the match, not as a lookbehind at every "work" (quadratic on a long text).
    accept: (_value, match) => {
      const before = textBefore(match);
      return !LIKED_BEFORE.test(before) && !NOT_HIRED_YET.test(before);
    },
  },
  // "Alfie's in year 2 at Moortown primary" / "Alfie goes to Talbot Primary", "Kirsty's at Dundee uni": one school at a
  // time (named: at least one word before "school" or "uni"; "high" and "uni" alone say too little: "the high street",
  // "uni friends").
  {
    pattern:
      / (?:go to|attend|be at|in(?: \S+){0,2} at|start at|switch to) (?:the )?((?:[a-z0-9']+ ){1,3}(?:primar|school|academ\S*|nurser\S*|secondar\S*|colleg\S*|elementar\S*|kindergarten|uni|universit\S*|daycar\S*|preschool))\b/,
    key: 'school',
    category: 'school',
    single: true,
    // "went to the uni bar": "the" names no school.
    accept: (_value, match) => !/^(?:the|a|an|my|our|his|her|their) (?:uni|universit\S*|colleg\S*|school)$/.test(match[1]!),
  },
  // "I'm vegetarian" / "I'm vegan now" / "went pescatarian" / "I'm vegetarian, have been since I was 16": one diet
  // at a time (not "my vegan friend", "a vegan recipe").
  {
    pattern:
      / (?:be|go|becom|turn|stay) (?:a |an )?(?:(?:strict|full|fulli|mostli|pretti much|complet|basic) )?(vegetarian|vegan|pescatarian|pescetarian|flexitarian)(?= (?:now|again|sinc|for|sometim|most|these|anymor|at|be)\b| $)/,
    key: 'diet',
    category: 'diet',
    single: true,
  },
  { pattern: / (?:be|get) ((?:singl|marri|divorc|engag|widow|separat)\b.*)/, key: 'relationship', category: 'relationship', single: true },
  { pattern: / (break up.*)/, key: 'relationship', category: 'relationship', single: true },
  { pattern: / be (in a relationship.*)/, key: 'relationship', category: 'relationship', single: true },
  {
    pattern: / have (?:a |an )?((?:girlfriend|boyfriend|partner|wif|husband|fianc|spous)\b.*)/,
    key: 'relationship',
    category: 'relationship',
    single: true,
  },
  // "My cousin drives a Ford Mustang" / "My cousin got a Mazda CX-5, sold the old one": one car at a time.
  // "my dad changed his car to a Honda Vezel hybrid", "switched my major to psychology": the thing named, with its new
  // value (not a setting: "switched my phone to silent").
  {
    pattern: / (?:switch|chang) (?:my|his|her|our|their) (?:car|truck|van|ute) to (?:a |an |the )?(.+)/,
    key: 'vehicle',
    category: 'vehicle',
    single: true,
  },
  {
    pattern:
      / (?:switch|chang) (?:my|his|her|our|their) (\w+) to (?:a |an |the )?(?!(?:silent|airplan|dark|mute|vibrat|auto|manual|paperless)\b)(.+)/,
    key: (match) => `my:${match[1]}`,
    category: 'factual',
    single: true,
    group: 2,
  },
  {
    pattern:
      / (?:driv (?:a |an |the |my )?|(?:get|buy|leas|own) (?:a |an |the |my |(?=\d{4} )))(?:new |used |old )?(.+?)(?= (?:sell|and|but|so|now|instead|for|to|from|becaus) | $)/,
    key: 'vehicle',
    category: 'vehicle',
    single: true,
    // A make or model, or a model year before more words ("drive a black 2016 F-150").
    accept: (value) => value.some((stem, index) => CAR_MAKES.has(stem) || (MODEL_YEAR.test(stem) && index < value.length - 1)),
  },
  // "My blood type is O negative" / "I'm A negative, blood type-wise"; "My shoe size is 9.5" / "I wear a size 7.5 shoe".
  { pattern: / (blood(?:a|b|ab|o)(?:neg|pos?))\b/, key: 'blood-type', category: 'factual', single: true },
  // "my rent is going up to $1525", "I pay $1,650 a month in rent": the one rent, as "my rent is $1450" says it.
  {
    pattern: / my rent (?:be )?(?:stay at|go up to|going up to|go down to|going down to) (?:now )?(\d+)/,
    key: 'my:rent',
    category: 'factual',
    single: true,
  },
  { pattern: / pay (\d+) (?:a |per )?(?:month )?(?:in|for) rent\b/, key: 'my:rent', category: 'factual', single: true },
  // "my salary is $92k", "I make about $37k a year", "I earn $85,000 a year", "Got a raise! I'm at $104k now": what one earns.
  // "my salary is 85k", "my salary at N26 is 85k gross": where it is paid says which job, not another salary.
  { pattern: / (?:salar|incom)(?: at \S+)? be (?:now )?(\S+)/, key: 'salary', category: 'factual', single: true },
  {
    pattern: / (?:mak|earn) (?:about |around |roughl |nearl |almost |over |just )?(\d+k|\d+ grand|\d+ thousand|\d{5,6})\b/,
    key: 'salary',
    category: 'factual',
    single: true,
  },
  { pattern: / be (?:now )?at (\d{2,3}k)\b/, key: 'salary', category: 'factual', single: true },
  // "I got a raise to $95,000": what one earns from now on.
  { pattern: / rais to (\d{2,3}k|\d{5,6})\b/, key: 'salary', category: 'factual', single: true },
  // "my hourly rate is $40", "raised my rate to $50/hr", "day rate is £400 now", "gettin .62 cpm": what one is paid by the hour, the day,
  // the word or the mile, one rate at a time.
  {
    pattern:
      / (?:my (?:hourl |dai |day |freelanc |consult )?|(?:hourl|dai|day) )rat (?:be |to |of )?(?:now )?(?:up to |down to )?(\d[\d.]*k?)\b/,
    key: 'pay-rate',
    category: 'factual',
    single: true,
  },
  { pattern: / (\d+(?:\.\d+)?) (?:cpm|cent per mile|cent a mile)\b/, key: 'pay-rate', category: 'factual', single: true },
  // "on $24.50 an hour at the moment", "I make 30 per hour now": what one is paid by the hour (not "40 hours a week").
  {
    pattern: /^(?: [a-z]+)*? (?:on|mak|earn|get|paid|be) (?:about |around |just |now )?(\d+(?:\.\d+)?) (?:an|a|per) (?:hour|hr)\b/,
    key: 'pay-rate',
    category: 'factual',
    single: true,
  },
  { pattern: / (\d+\.\d\d) (?:an|a|per) (?:hour|hr)\b/, key: 'pay-rate', category: 'factual', single: true },
  // "My alarm goes off at 5:45", "I get up at 6:30 now", "my bedtime is more like 11:30 now": one time a day.
  {
    pattern: / (?:wak up(?: tim be)?|alarm go off|alarm be set for) (?:at |around |for )?(t?\d+(?: \d\d)?)\b/,
    key: 'wake-time',
    category: 'schedule',
    single: true,
  },
  {
    pattern:
      / (?:bedtim be|in bed by|(?:go|going|went) to (?:bed|sleep)|asleep by|fall asleep) (?:at |around |by |mor lik |lik )?(t?\d+(?: \d\d)?|midnight)\b/,
    key: 'bedtime',
    category: 'schedule',
    single: true,
  },
  // "I could eat pierogi every day, it's my favorite": the food one could eat every day.
  // (The lookahead reads the ending once: without it, each " eat " read the rest of the line again.)
  {
    pattern: /^(?=.* it be my favorit $).*? eat (.+?) (?:ever day |all the tim )?it be my favorit $/,
    key: 'favorite:food',
    category: 'preference',
    single: true,
  },
  // Not "I prefer it that way": "it" is what was said before.
  { pattern: / prefer(?:r)? (?!it\b|that\b|them\b)(.+)/, key: 'prefer', category: 'preference', single: true, ordered: true },
  // Questions and bare mentions ("Where do I live?", "What is my job?") name the attribute with no value; "what do I
  // do for a living?" asks for the job.
  { pattern: / do for a liv $/, key: 'job-title', category: 'job', single: true, group: 0 },
  { pattern: / liv $/, key: 'residence', category: 'location', single: true, group: 0 },
  // Asked, not said in passing: "I'm in the wrong job" names no job.
  {
    pattern: /^ (?:what|wher|who|how|which|do|be)\b.* (?:job|occupation|profession) $/,
    key: 'job-title',
    category: 'job',
    single: true,
    group: 0,
  },
  // Asked, "where do I work?" (not "Coburg High is where his brother works").
  { pattern: /^ wher .*work $/, key: 'work', category: 'job', single: true, group: 0 },
  { pattern: / nam $/, key: 'name', category: 'name', single: true, group: 0 },
  { pattern: / (?:how old|my ag) /, key: 'age', category: 'age', single: true, group: 0 },
  {
    pattern: /^ (?:what tim|when) .*(?:go to bed|go to sleep)(?: at)? $|^ what be my bedtim $/,
    key: 'bedtime',
    category: 'schedule',
    single: true,
    group: 0,
  },
  { pattern: /^ (?:what tim|when) .*wak up(?: at)? $/, key: 'wake-time', category: 'schedule', single: true, group: 0 },
  { pattern: /^ (?:what be my salar|how much do i (?:mak|earn)) $/, key: 'salary', category: 'factual', single: true, group: 0 },
  { pattern: /^ how do i commut $/, key: 'commute', category: 'schedule', single: true, group: 0 },
  {
    pattern: new RegExp(
      ` see as the ((?:(?:${DOCTOR_FOR_STEMS}) )?doctor|dentist|optometrist|therapist|dermatologist|vet|${ROLE_STEMS}) $`,
    ),
    key: (match) => `carer:${match[1]}`,
    category: 'factual',
    single: true,
    group: 0,
  },
  // "My motorbike is a Honda" / "My motorbike is a Yamaha": a thing of the user's has one value at a time.
  // Not "my car is in the garage" (where it is, not what it is) nor "my bank is closing" (what it does).
  {
    pattern:
      /^ my (?:new )?(\w+) (?:be|run|cost|take)(?: a| an| the)? (?!in |at |on |with |near |from |for |to |by |off |out |still |not |get|go|be |hav|do )(.+)/,
    key: (match) => (CAR_WORDS.has(match[1]!) ? 'vehicle' : `my:${match[1]}`),
    category: 'factual',
    single: true,
    group: 2,
    // A person or a pet is no thing with one value: "my neighbor is a paralegal" is the neighbor's job.
    accept: (value, match) => value.length > 0 && value.length <= 4 && !PEOPLE_AND_ANIMALS.has(match[1]!),
  },
  // Not "like" that compares ("rattles like a coffee can", "getting tired, like me"; "tastes like" is read
  // "tastes as") or hedges an amount ("got like $85 for the pile").
  {
    pattern: /(?<! (?:rattl|get|for|it|its|but|someth|anyth|more|tir|much)) lik (?!a |an )(.+)/,
    key: 'like',
    category: 'preference',
    single: false,
    accept: saysWhat,
  },
  { pattern: / speak (.+)/, key: 'speak', category: 'factual', single: false, accept: saysWhat },
  { pattern: / play (.+)/, key: 'play', category: 'factual', single: false, accept: saysWhat },
  { pattern: / can (.+)/, key: 'can', category: 'factual', single: false, accept: saysWhat },
  // Not "have" that helps another verb ("I've been doing birdwatching", "what have I done", "should have done
  // it", "I've switched to the Boots in Hazel Grove") or says one must ("I still have to learn the choreography").
  {
    pattern: / have (?!be |to |(?:switch|mov|start|stop|quit|leav|chang|join|decid|retir|transfer|relocat|swap) )(.+)/,
    key: 'have',
    category: 'factual',
    single: false,
    accept: saysWhat,
  },
];

// "haven't decided about selling", "not sure", "don't know if I'll keep it": a "not" of a thought, which denies
// nothing the statement says.
const THOUGHTS: ReadonlySet<string> = new Set(['decide', 'sure', 'know', 'think', 'remember', 'mind'].map(stemWord));

/** The "not" at `at` negates a thought ("haven't decided", "not sure"), the words between being adverbs. */
function negatesAThought(clause: readonly string[], at: number): boolean {
  const [next] = wordsAfter(clause, at, 1, (stem) => !ADVERBS.has(stem));
  return next !== undefined && THOUGHTS.has(next);
}

/**
 * The first `count` stems after `at` that `keep` keeps. It reads only as far as it needs: copying the rest of the
 * clause for each "not" made a long text of many "not"s quadratic ("May 3rd, not May 4th" repeated).
 */
function wordsAfter(clause: readonly string[], at: number, count: number, keep: (stem: string) => boolean): string[] {
  const found: string[] = [];
  for (let index = at + 1; index < clause.length && found.length < count; index++) if (keep(clause[index]!)) found.push(clause[index]!);
  return found;
}

/**
 * The "not" at `at` says how near, not that something does not hold: "not far from the Marina", "not too far",
 * "not long ago", "not long after we met".
 */
function saysHowNear(clause: readonly string[], at: number): boolean {
  const [next, after] = wordsAfter(clause, at, 2, (stem) => !ADVERBS.has(stem) && stem !== 'too' && stem !== 'that');
  return next === 'far' || (next === 'long' && after !== undefined && NEAR_IN_TIME.has(after));
}
const NEAR_IN_TIME: ReadonlySet<string> = new Set(['ago', 'after', 'befor', 'sinc']);

/**
 * "i don't eat gluten. at all. not even a little bit": a "not even" after a "not" stresses that one, it does not undo it.
 * So does a closing "never could" after one ("I can't stand cilantro, never could").
 */
function stressesANot(clause: readonly string[], at: number): boolean {
  if (clause.indexOf('not') >= at) return false;
  return clause[at + 1] === 'even' || (at + 2 === clause.length && NEVER_COULD.has(clause[at + 1]!));
}
const NEVER_COULD: ReadonlySet<string> = new Set(['could', 'did', 'have', 'will', 'would', 'can', 'do', 'ha', 'hav']);

// "Mia can't have peanuts, she's allergic": the "can't" states the allergy, it denies nothing.
const CANT_FOR_AN_ALLERGY =
  /\bcan(?:['’]?t|not) (?:have|eat|drink|take|touch)\b.*\b(?:allergic|intolerant|coeliac|celiac)\b|\b(?:allergic|intolerant|coeliac|celiac)\b.*\bcan(?:['’]?t|not) (?:have|eat|drink|take|touch)\b/i;

// "correction: tom lives in adelaide" too: the opening is dropped to read the rest, but it still says a change.
// "Sorry I made a mistake before, mummy's BP drug is …" says a change as "sorry," does.
const OPENING_APOLOGY =
  /^\W*(?:(?:small|quick|one|a)\s+)?(sorry|oops|correction)(?:\s*[,!.:;\u2013\u2014-]|\s+(?:i made a mistake|i was wrong|my mistake|i got (?:that|it) wrong)\b)/i;

const TURN = stemWord('turned');
const TURNED_AN_AGE = /\bturn(?:ed)?\s+\d/i;

/**
 * "má turn 83 last week, we have big party at the restaurant": an age reached, told beside what the statement is
 * about, is no change of it (the age rules read the age where it is the point: "my son turned 8 last week").
 */
function withoutAnAgeAside(changeWords: string[], said: string, clause: readonly string[]): string[] {
  if (!TURNED_AN_AGE.test(said) || clause.includes(TURN)) return changeWords;
  return changeWords.filter((word) => stemWord(word) !== TURN);
}

function withOpeningApology(changeWords: string[], text: string): string[] {
  const apology = OPENING_APOLOGY.exec(text)?.[1]?.toLowerCase();
  return apology === undefined || changeWords.includes(apology) ? changeWords : [apology, ...changeWords];
}

// "fav truck stop is the Pilot in Sierra Blanca": a favourite named with no owner is the user's.
const FAVORITE_OPENING = /^\W*(?:fav|fave|favou?rite)\b/i;

/** Reads one statement: its subject, polarity, change words, content and (when a rule knows it) its attribute. */
export function analyzeStatement(written: string): Statement {
  const text = withCurrencySigns(withoutAccents(withoutTitles(withOpeningNameCapitalised(kinWordsInEnglish(pidginInEnglish(written))))));
  const said = withImpliedOwner(stripAsides(text));
  const { tokens, clauses, segments } = normalizeText(said);
  const clause = lastClause(clauses);
  const past = containsPhrase(tokens, USED_TO) && saysUsedTo(said);
  // "Sorry, mum's cardiology is on the 14th": the opening is read past to find whom it is about, but it still
  // says the user takes something back.
  const changeWords = withoutAnAgeAside(withOpeningApology(findChangeWords(tokens, text, said, past), text), said, clause);
  // "actually i'm on $27.50 an hour, not $27.80": a "not" before a number a correction takes back denies nothing.
  // "wait my bday is march 4 not 14 lol": the value taken back may end the statement before its closing aside.
  const correction = CORRECTION.test(text) || COMMA_NOT.test(text) || COMMA_NOT.test(said) || saidWasWrong(text);
  // "actually Abena is a midwife, not a nurse": nor does one before the word it takes back.
  const takenBack = correction ? [...retractedStems(segments), ...scratchedAbout(text)] : [];
  // Only the last "not", after a comma ("my hair is not long" and "I don't drink coffee anymore" still deny).
  const takesBack = (at: number) =>
    correction &&
    at === clause.lastIndexOf('not') &&
    // "Correction, Dixie's 6 not 5": before a number, the comma may be left out.
    (COMMA_THEN_NOT.test(text) || /^\d/.test(clause[at + 1] ?? '')) &&
    (/^\d/.test(clause[at + 1] ?? '') || takenBack.includes(clause[at + 1] ?? '') || takenBack.includes(clause[at + 2] ?? ''));
  const negated =
    clause.filter(
      (stem, at) =>
        stem === 'not' && !negatesAThought(clause, at) && !saysHowNear(clause, at) && !stressesANot(clause, at) && !takesBack(at),
    ).length %
      2 ===
      1 && !CANT_FOR_AN_ALLERGY.test(text);
  const read = findSubject(clause, changeWords.length > 0, said, clause === clauses[0]);
  // "Huiling got a job at Commonwealth Bank": read as the user's (a job got, no one else named in the clause), but it
  // opens with a name and says nothing of "I" or "my": it is Huiling's.
  const name =
    read.subject === 'thing' ||
    FROM_A_GROUP.test(said) ||
    nameActsOnMine(said) ||
    (read.subject === 'self' && !FIRST_PERSON.test(said) && !NAME_SAYS.test(said))
      ? leadingName(said)
      : read.subject === 'self'
        ? (nameGivenByPronoun(said) ?? ourNamedOne(said))
        : undefined;
  // "moved to Denver last month": no one named, and it opens with a verb, so the user did it.
  // "first day at Tidepool!!" too: a first day somewhere, with no one named, is the user's.
  const found =
    read.subject === 'thing' &&
    name === undefined &&
    (opensWithVerb(said) || FIRST_DAY_AT.test(said) || FAVORITE_OPENING.test(said) || ON_A_RATE.test(said))
      ? { subject: 'self', words: [] }
      : read;
  // "my mum's dog" is `mother-dog`: not the user's dog (see `sameSubject`).
  const owned = (kind: string) => (found.owner === undefined ? kind : `${found.owner}-${kind}`);
  const subject = name === undefined ? owned(qualified(namedSubject(found.subject, text), found.words)) : `${NAMED_PERSON}:${name}`;
  const subjectWords = subject.includes(':') ? [...found.words, ...nameWords(subject.split(':')[1]!), ...groupWords(said)] : found.words;
  const core = withoutRelativeClause(
    takesAsBe(beenAsBe(nowAsBe(clause).filter((stem) => !ADVERBS.has(stem) && !TIME_WORDS.has(stem))), clause),
  );
  // A thing or an event has none of a person's attributes: "the appointment got moved to Tuesday" is no new home.
  // "trying to get to bed by 10": an attempt under way gives no value yet ("I try to be in bed by 11:30", a habit, does).
  const stated =
    subject === 'thing' || EVENTS.has(subject.split(':')[0]!) || ATTEMPT.test(said) || WISHED.test(` ${core.join(' ')} `)
      ? undefined
      : findAttribute(core, subject);
  const attribute = stated?.key === 'relationship' ? withPartner(stated, said) : stated;
  const retracted = takenBack;
  return {
    text,
    tokens,
    clause,
    subject,
    subjectWords,
    negated,
    changeWords,
    past,
    correction,
    retracted,
    content: contentOf(clause),
    attribute,
    restated: RESTATED.test(text),
    // "still up at 5:30, body clock's broken": what still holds is what the "still" part says, up to the
    // next comma; with a "but" ("still at Google, but got promoted"), the rest of its clause counts too.
    stillSaid: contentOf(CONTRAST.test(said) ? (clauses.find((words) => words.includes(STILL)) ?? []) : stillPart(segments)),
  };
}

// "Like I mentioned, my employer is Ramp Health", "Tito is 3 years old, I think I mentioned", "Still loving running",
// "oh I drive a silver '14 civic, did I tell you that already",
// "renewed with Progressive, no change there".
const RESTATED =
  /\b(?:(?:like|as) i (?:mentioned|said)|as mentioned|i think i (?:mentioned|said)|did i (?:tell you|mention)|(?:have|had) i (?:told you|mentioned)|(?:just )?confirming|(?:just )?to confirm|still|no changes?(?: there| here)?|nothing(?:'s| has)? changed|same as (?:before|ever|always))\b/i;

/**
 * The names (capitalised past the first word) and numbers a statement states ("Ramp Health", "iPhone 15",
 * "5:45"), as stems, without its subject's. Read only for a statement that says it repeats.
 */
export function statedValues(statement: Statement): string[] {
  const names = (stripAsides(statement.text).match(/(?<=\S\s+)[A-Z][\w+'-]*/g) ?? [])
    .filter((word) => !NOT_NAMES.has(word))
    .flatMap((word) => normalizeText(word).tokens);
  const numbers = statement.tokens.filter((stem) => /\d/.test(stem));
  return [...new Set([...names, ...numbers])].filter((stem) => !statement.subjectWords.includes(stem) && !STOP_WORDS.has(stem));
}

/** The segment that says "still", with the phrases that go on from it ("still at Google, on the ads team"). */
function stillPart(segments: readonly string[][]): string[] {
  const start = segments.findIndex((words) => words.includes(STILL));
  if (start === -1) return [];
  const part = [...segments[start]!];
  for (const next of segments.slice(start + 1)) {
    if (!GOES_ON.has(next[0]!)) break;
    part.push(...next);
  }
  return part;
}
const GOES_ON: ReadonlySet<string> = new Set(['on', 'at', 'in', 'with', 'for', 'from', 'to', 'as', 'and', 'plus', 'also'].map(stemWord));

const TOLD: ReadonlySet<string> = new Set(['said', 'say', 'says', 'told', 'tell', 'tells'].map(stemWord));

/**
 * The clause a statement's point is in: the last one, joined to the one before when it only points back
 * to it ("I could eat pierogi every day, it's my favorite" is about pierogi, not "my favorite").
 */
function lastClause(clauses: readonly string[][]): string[] {
  const last = clauses[clauses.length - 1] ?? [];
  const before = clauses[clauses.length - 2];
  // "…, it wasn't for me" says something of its own (it denies), and stays on its own.
  // "I'm vegetarian, have been since I was 16": "have been" goes on with the clause before, as "it's" does.
  const pointsBack = ((last[0] === 'it' && last[1] === 'be') || (last[0] === 'have' && last[1] === 'be')) && !last.includes('not');
  if (before !== undefined && pointsBack) return [...before, ...last];
  // "I'm off iron supplements now, my doctor said I can stop", "rent is going up, gary just told us": the
  // last clause says who told it; the point is the one before.
  // ("I said June 6 before but that was wrong" is the user's own correction: it stays.)
  const toldBySomeone = last.some((stem, index) => TOLD.has(stem) && last[index - 1] !== 'i');
  return before !== undefined && (toldBySomeone || onlyRemarks(last) || onlyAComparison(last) || KILL_ME.test(last.join(' ')))
    ? before
    : last;
}

// "…, much nearer to us", "…, way better than the old one", "…, closer to work": a closing that only compares, with no
// verb of its own. The point is the clause before.
const COMPARATIVES = new Set([
  'nearer',
  'closer',
  'better',
  'easier',
  'cheaper',
  'bigger',
  'smaller',
  'further',
  'farther',
  'nicer',
  'quieter',
]);
const DEGREE = new Set(['much', 'way', 'far', 'so', 'lot', 'bit', 'loads', 'heaps', 'even', 'a']);
function onlyAComparison(clause: readonly string[]): boolean {
  const first = clause.findIndex((stem) => !DEGREE.has(stem));
  return first >= 0 && COMPARATIVES.has(clause[first]!) && clause.length <= 6;
}
// "…, she'll kill me", "…, he'd kill me": what another will make of it.
const KILL_ME = /^(?:(?:she|he|they|mum|mom|dad) (?:will|would) )?kill me$/;

/**
 * "Sorry, my brother is 34, not 32, I always forget", "Lurdes is moving to Porto!! … I could cry": a short
 * closing clause where the user only remarks on what they said. The point is the clause before.
 */
function onlyRemarks(clause: readonly string[]): boolean {
  return (
    clause[0] === 'i' &&
    clause.length <= REMARK_LENGTH &&
    clause.some((stem) => REMARKS.has(stem)) &&
    !clause.some((stem) => /\d/.test(stem))
  );
}
const REMARK_LENGTH = 5;
// "…, I misread the letter", "…, I mixed them up", "I always mess that up": who erred, said after a correction.
const REMARKS: ReadonlySet<string> = new Set(
  ['forget', 'cry', 'guess', 'suppose', 'reckon', 'admit', 'swear', 'bet', 'misread', 'misheard', 'mixed', 'mess'].map(stemWord),
);

// "To be clear, ...", "to settle it: ...": the user settles what was said before, as a correction does.
// "Actually" corrects where it opens a clause, closes one, or gives a value ("Actually my birthday is May 3rd",
// "it's blue actually", "my birthday is actually May 3rd"); before a verb it only stresses ("my back's actually
// improving", "four on four off, actually sleeping at night"). A closing ", for sure" insists on a value ("My wife's birthday is November 25, for sure").
const CORRECTION = new RegExp(
  `^\\W*actually\\b|(?:[.!?,;:(—–-]\\s*|\\b(?:oh|wait|no|ok|okay|so|um|hmm|well)\\s+)actually\\b(?!\\s+\\w+ing\\b)|\\bactually\\s*(?:[.!?,;:)—–-]|$)|(?:\\b(?:is|am|are|was|were|i|we|he|she|they|its)|'s|'m|'re)\\s+actually\\s+(?!\\w+ing\\b)|\\b(?:i meant|meant to say|correction|sorry|oops|my mistake|mistake|typo|i was wrong|scratch that|not \\w+ as i said|after all|${CLARIFYING_PHRASES})\\b|,\\s*for sure\\s*(?:[.!]|$)`,
  'i',
);
/**
 * "I said June 6 before but that was wrong": "wrong" after the first "I said" of a line. (As one pattern,
 * "i said.*wrong" read the rest of a line again from every "I said" in it.)
 */
function saidWasWrong(text: string): boolean {
  return text.split(/\r\n|[\n\r\u2028\u2029]/).some((line) => {
    const at = line.search(/\bi said\b/i);
    return at !== -1 && /\bwrong\b/i.test(line.slice(at + 'i said'.length));
  });
}
// "Marathi, not Hindi", "July 19, not January 9", "ragweed ..., not sulfa drugs", "a cavapoo not a cockapoo": a
// value taken back.
// "I can play the piano, not well but still": a degree, not a value taken back.
const NOT_A_DEGREE = '(?!(?:well|much|really|very|quite|great|bad|always|often|yet|sure|exactly|too|so|that|a lot)\\b)';
const COMMA_NOT = new RegExp(
  `\\w,?\\s+not\\s+(?:(?:a|an|the)\\s+)?${NOT_A_DEGREE}\\w[\\w'-]*\\s*(?:[,.;!—-]|$)|\\w,\\s*not\\s+${NOT_A_DEGREE}\\w[\\w'-]*(?:\\s+\\w[\\w'-]*){1,2}\\s*(?:[,.;!—-]|$)`,
  'i',
);

/**
 * The words after each "not", up to two and within its segment: "staff engineer, not senior. they bumped it" takes
 * back "senior", not "they".
 */
// "Scratch that aboot September, the move's been put back to October": what is taken back is named after "about".
const SCRATCHED_ABOUT =
  /\b(?:scratch that|ignore (?:that|what i said)|forget (?:that|what i said))\s+(?:about|re|on)\s+(?:the\s+|my\s+)?([\w'-]+)/i;

function scratchedAbout(text: string): string[] {
  const named = SCRATCHED_ABOUT.exec(text)?.[1];
  return named === undefined ? [] : normalizeText(named).tokens.filter((stem) => !STOP_WORDS.has(stem));
}

function retractedStems(segments: readonly (readonly string[])[]): string[] {
  const stems: string[] = [];
  for (const segment of segments)
    segment.forEach((stem, index) => {
      if (stem !== 'not') return;
      for (const next of segment.slice(index + 1, index + 3)) if (next !== CLAUSE_MARK && !STOP_WORDS.has(next)) stems.push(next);
    });
  return stems;
}
const CLAUSE_MARK = '|';

// "a new couch" shares nothing with "New Orleans": "new" says something changed, not what.
const NEW = stemWord('new');

/** Content stems: no function words, negation, change words, "new" or clause markers. */
export function contentOf(stems: readonly string[]): string[] {
  const content = stems.filter((stem) => !STOP_WORDS.has(stem) && !ADVERBS.has(stem) && !SINGLE_CHANGE_STEMS.has(stem) && stem !== NEW);
  // "jazz music" says no more than "jazz"; "music" alone stays.
  const specific = content.filter((stem) => !KIND_NOUNS.has(stem));
  return specific.length > 0 ? specific : content;
}

/**
 * The change phrases found, as the text wrote them ("moved", "no longer"), for reasons a person reads;
 * `said` is the text without its asides, `past` whether its "used to" speaks of the past.
 */
function findChangeWords(tokens: readonly string[], text: string, said: string, past: boolean): string[] {
  let words: string[] | undefined;
  let stems: string[] | undefined;
  const found: string[] = [];
  // A phrase whose first word the text lacks is skipped at once: most texts hold none of them.
  const present = new Set(tokens);
  for (const phrase of CHANGE_PHRASES) {
    if (!present.has(phrase[0]!) || !containsPhrase(tokens, phrase)) continue;
    if (phrase === USED_TO_PHRASE && !past) continue;
    // Only a found phrase needs the words as written (rare): read them once, lazily.
    // "she aint movin": read with its g, as the tokens were, so the word before it is found.
    words ??=
      text
        .replace(DROPPED_G, '$1ing')
        .toLowerCase()
        .match(/[a-z']+/g) ?? [];
    stems ??= words.map(stemWord);
    const sensitive = TENSE_SENSITIVE.has(phrase[0]!);
    const at = stems.findIndex(
      (stem, position) =>
        stem === phrase[0] &&
        !(
          sensitive &&
          (NOT_A_CHANGE.test(words!.slice(position, position + 3).join(' ')) ||
            HAVE_GOT.test(words!.slice(position - 1, position + 1).join(' ')) ||
            GOT_BACK_OR_DONE.test(words!.slice(position, position + 6).join(' ')))
        ),
    );
    if (at === -1 && sensitive) continue;
    // "thinking about selling the octavia", "might switch to Verizon": a change not made.
    if (at !== -1 && NOT_YET.test(words.slice(Math.max(0, at - 3), at).join(' '))) continue;
    if (at > 0 && !CHANGE_ADVERBS.has(phrase[0]!) && MODAL_BEFORE_VERB.test(words[at - 1]!)) continue;
    // "might move to capitol hill when he leaves", "if I quit", "once I've moved": a condition, not a change
    // (not "when I moved").
    const before = words.slice(Math.max(0, at - 2), at).join(' ');
    const conditional = WHEN.test(before) && (!SAID_IN_THE_PAST.test(words[at]!) || HAVE.test(words[at - 1]!));
    if (at !== -1 && (IF.test(before) || conditional)) continue;
    // "haven't decided about selling", "didn't quit", "driving the civic for now": no change made.
    if (at > 0 && (DENIED.test(words[at - 1]!) || (phrase[0] === NOW && TEMPORARY.test(words[at - 1]!)))) continue;
    // "been there about six years now", "nearly 19 years there now": how long it has held, not a change.
    if (phrase[0] === NOW && at > 0 && words.slice(Math.max(0, at - 2), at).some((word) => DURATION.test(word))) continue;
    // "sold the cottage to a retired couple": a description, not a change.
    if (at > 0 && phrase[0] === RETIRED && ARTICLE.test(words[at - 1]!)) continue;
    // "the farm's being sold": under way, not done. "mi knee need replacing": to be done.
    if (at > 0 && (words[at - 1] === 'being' || NEEDS.test(words[at - 1]!))) continue;
    // "baby Nana Ama don start crawling small small": a child's first steps are news, no change of a fact.
    if (at !== -1 && words[at]!.startsWith('start') && FIRST_STEPS.test(words[at + 1] ?? '')) continue;
    // "registered with a new GP now we've moved": why, told of another change, not this statement's own.
    if (
      at !== -1 &&
      (REASON_BEFORE.test(words.slice(Math.max(0, at - 3), at).join(' ')) || REASON_AFTER.test(words.slice(at, at + 4).join(' ')))
    )
      continue;
    // "my brother's moving back from australia next month": a change still to come.
    if (at !== -1 && words[at]!.endsWith('ing') && COMING.test(said)) continue;
    if (phrase[0] === AGAIN && TOLD_EVENT.test(said)) continue;
    // "my left arm", "the left lane": a side, not someone gone.
    if (phrase[0] === LEFT && at !== -1 && SIDE_OF.test(words[at + 1] ?? '')) continue;
    // "starts her maternity leave", "I'm on annual leave": time off, not leaving.
    if (phrase[0] === LEAVE && at > 0 && TIME_OFF_BEFORE.test(words[at - 1]!)) continue;
    const written = at === -1 ? phrase.join(' ') : words.slice(at, at + phrase.length).join(' ');
    // "the rent is €650 a month, which is a miracle nowadays": a change word in a clause that only comments.
    if (at !== -1 && saidInWhichClause(said, written)) continue;
    // Phrases whose words stem alike ("grew to like", "grown to like") are found once.
    if (!found.includes(written)) found.push(written);
  }
  if (NEW_THING_ANNOUNCED.test(said)) found.push('new');
  // "first day at Tidepool!!": somewhere new from today.
  const firstDay = FIRST_DAY_AT.exec(said)?.[0];
  if (firstDay !== undefined) found.push(firstDay.replace(/^\W+/, '').toLowerCase());
  // "I paid my brother back", "paid it all off": the words of the change around what was paid.
  const paid = PAID_AROUND.exec(said)?.[0];
  if (paid !== undefined && !found.includes(paid.toLowerCase())) found.push(paid.toLowerCase());
  // "the landlord put the rent up, €720 from this month", "raised the fees to £40": an amount moved, told with
  // words around what moved. Not one still to come ("putting the price up next month").
  const moved = AMOUNT_MOVED.exec(said);
  const movedVerb = (moved?.[1] ?? moved?.[3])?.toLowerCase();
  if (movedVerb !== undefined && !(movedVerb.endsWith('ing') && COMING.test(said))) {
    const written = moved?.[2] === undefined ? movedVerb : `${movedVerb} ${moved[2].toLowerCase()}`;
    if (!found.includes(written)) found.push(written);
  }
  return found;
}

/** `written` (words as written) stands in a ", which …" clause of `said`, which comments on what the statement says. */
function saidInWhichClause(said: string, written: string): boolean {
  return new RegExp(`,\\s*which\\b[^,.;!?]*\\b${written}\\b`, 'i').test(said);
}

const LEFT = stemWord('left');
const LEAVE = stemWord('leave');
const TIME_OFF_BEFORE = /^(?:maternity|paternity|parental|sick|annual|study|compassionate|medical|shared|adoption|on)$/;
/** Words after which "left" is a side, not someone gone: "my left arm", "the left lane". */
export const SIDE_OF =
  /^(?:arm|arms|leg|legs|hand|hands|foot|feet|eye|eyes|ear|ears|knee|knees|hip|hips|shoulder|shoulders|wrist|wrists|ankle|ankles|elbow|elbows|side|lung|kidney|breast|cheek|thumb|finger|toe|lane|turn|wing|back|front|hand-side|handed)$/;
const PAID_AROUND = /\bpaid (?!for\b)(?:[\w']+ ){1,3}(?:back|off)\b/i;
// "put the rent up to £700", "put lessons up, £38 now", "put up mi amlodipine to 10mg", "raised the fees to £40", "hiked it
// to $18": the verb (and "up" or "down") of an amount moved, with money or "to"/"by" a number after it. Not "put up
// with", "put my feet up for 2 hours".
const AMOUNT_MOVED =
  /\b(put|puts|putting)\s+(?:[\w']+\s+){0,3}?(up|down)\b(?!\s+with\b)(?=[^.!?]*?(?:[$£€]\s?\d|\b(?:to|by)\s+\d))|\b(raised|raising|hiked|hiking)\s+(?:[\w']+\s+){0,3}?to\s+(?=[$£€]?\d)/i;
const COMING = new RegExp(
  `\\b(?:next (?:week|weekend|month|year|spring|summer|fall|autumn|winter)|soon|tomorrow|later this (?:week|month|year)|in (?:a|two|three|a few) (?:days|weeks?|months?)|in (?:${MONTH_OR_SHORT_PATTERN}))\\b`,
  'i',
);
const DENIED = /^(?:not|never|\w+n't|cannot|ain'?t|(?:do|did|does|is|was|were|are|have|has|had|wo|ca|could|would|should)nt)$/;
const RETIRED = stemWord('retired');
const ARTICLE = /^(?:a|an|the)$/;
const NOW = stemWord('now');
const TEMPORARY = /^(?:for|right)$/;
const DURATION = /^(?:years|months|weeks|days|decades|ages|while)$/;
const IF = /\b(?:if|unless)(?: [\w']+)?$/;
const WHEN = /\b(?:when|once|until)(?: [\w']+)?$/;
const HAVE = /^(?:have|\w+'ve)$/;
const SAID_IN_THE_PAST = /ed$|^(?:left|sold|got|quit|became|began|gave|took|went)$/;
// "I'll switch Farrusco there", "nobody can stop me": a verb of change after a modal is no change made
// (adverbs of change are read as said: "I can't eat gluten anymore" is one).
const MODAL_BEFORE_VERB = /\b(?:can|could|would|will|shall|\w+'ll|gonna)$/;
const COMMA_THEN_NOT = /,\s*not\s/i;
const MY_FRIEND = /^my (?:best |good |old |close )?(?:friend|mate|pal|buddy|butty|bestie|bff|neighbou?r|partner)\b/;
const NEEDS = /^(?:need|needs|needed|needin|needing)$/;
const FIRST_STEPS = /^(?:crawling|walking|talking|teething|smiling|babbling|rolling|standing|solids|cruising|sleeping)$/;
const NOT_YET =
  /\b(?:thinking (?:about|of)|considering|might|maybe|planning (?:on|to)|plans? to|wants? to|hoping to|hope to|looking to|trying to|aiming to|saving (?:up )?to|about to|not sure about|should i|decided? (?:about|on|whether)|whether to)(?: \w+)?$/;

// "New lease, rent is $1,920 a month", "New job! I'm working as ...": a statement that opens by announcing
// something new says what changed (a new couch in the middle of a sentence does not).
// "New lease, rent is $1,920", "My new email is jane.doe@example.com": a new one replaces the one before.
// So does naming who or what is the new one: "Dr. Brennan is my new dentist", "Rob's my new manager", or "my new
// family doctor is Dr. Lobo" after another clause.
const NEW_THING_ANNOUNCED =
  /^\s*(?:(?:so|ok|oh|and|btw)[,!]?\s+)?(?:new \w+(?: \w+){0,4}\s*[,!:\u2014-]|my new \w+(?: \w+)? (?:is|are)\b)|\b(?:is|'s) (?:now )?my new \w+|[,;.!]\s+my new \w+(?: \w+)? (?:is|are)\b/i;

// "Dentist again today", "made paella again this weekend", "watched the Sounders again, lost 1-3": an
// event told as it happened once more is a new occurrence, not a change of what was true ("I eat meat
// again now"). Told: it says when it happened, or it opens with a verb in the past.
const AGAIN = stemWord('again');
const TOLD_EVENT = new RegExp(
  `\\b(?:${ON_A_DAY_PATTERN}|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b|^\\W*(?:[a-z]+ed|${PAST_VERBS_PATTERN})\\b`,
  'i',
);

// Stems that are a change only in some forms: "I got a job" is one, "I get to work by bike" is not;
// "I turned 30" is one, "turns out" is not; "upped my dose" is one, "picked up surfing" is not.
const TENSE_SENSITIVE: ReadonlySet<string> = new Set(
  'get turn start drop left pass sinc join upped lowered raised learned separated bumped pushed sold stop'.split(' ').map(stemWord),
);
// "raised the rent", "raised my dose" change a thing; "I was raised in Ohio", "raised my kids", "a raise" do not.
// "fav truck stop", "stop pay": a stop is a place or a pay, not stopping.
// "got an offer from wise": an offer is not taken yet.
// ("I got her from CUPA": where a pet or a thing came from, told of one already had.)
const NOT_A_CHANGE =
  /^(?:got (?:an? |the |my )?(?:job )?offer\b|got (?:her|him|them|it) (?:from|off)\b|get|gets|getting|turns? out|turned out|start(?:s|ing)?\b(?! to)|drop-?off|left\b(?! my| the| a)|pass(?:es)?\b|since\b(?! i| we| my| last)|joins?\b|up\b|lower\b|learn(?:s|ing)?\b|separat(?:e|es|ing)\b|bump(?:s|ed|ing)? into\b|bumps?\b|bumping\b|push(?:es|ing)?\b|drops\b(?! (?:to|from|by)\b)|sold out\b|sell(?:s|ing)?\b|stops?\b|rais(?:e|es|ing)\b|raised\b(?! (?:the|my|our|his|her|their) (?!kids?\b|children\b|family\b|son\b|sons\b|daughters?\b|boys?\b|girls?\b)))/;

/** "update on my daughter Karen: now a firefighter" says what she is: "now a" reads as "is a". */
function nowAsBe(clause: readonly string[]): readonly string[] {
  const at = clause.indexOf('now');
  if (at === -1 || (clause[at + 1] !== 'a' && clause[at + 1] !== 'an') || clause[at - 1] === 'be') return clause;
  return [...clause.slice(0, at), 'be', ...clause.slice(at + 1)];
}

/**
 * "My favourite colour has always been orange": "has been" says what is, as "is" does (the adverb is gone
 * by now), not what one has.
 */
function beenAsBe(core: string[]): string[] {
  const at = core.indexOf('have');
  if (at === -1) return core;
  const always = core[at + 1] === ALWAYS ? 1 : 0;
  return core[at + 1 + always] === 'be' ? [...core.slice(0, at), ...core.slice(at + 1 + always)] : core;
}
const ALWAYS = stemWord('always');

/**
 * "My commute takes over an hour each way": what takes a time is that long, as "my commute is 15 minutes" says.
 * Read before the time words are gone ("hour" is one), so from the clause itself.
 */
function takesAsBe(core: string[], clause: readonly string[]): string[] {
  const at = core.indexOf(TAKE);
  if (at === -1) return core;
  const said = clause.indexOf(TAKE);
  if (!clause.slice(said + 1, said + 4).some((stem) => DURATIONS.has(stem))) return core;
  return [...core.slice(0, at), 'be', ...core.slice(at + 1)];
}
const TAKE = stemWord('takes');
const DURATIONS: ReadonlySet<string> = new Set(
  ['minute', 'minutes', 'mins', 'min', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks'].map(stemWord),
);

/**
 * "I had lunch with a friend who works at Google": what follows "who" describes the friend, so it is
 * no attribute of the statement's subject; the attribute is read from the words before it.
 */
function withoutRelativeClause(core: string[]): string[] {
  const at = core.indexOf('who');
  return at > 0 && PEOPLE_AND_ANIMALS.has(core[at - 1]!) ? core.slice(0, at) : core;
}

// "now we've moved", "now that I've retired", "since we moved": a reason given, not the change the statement tells.
const REASON_BEFORE = /\b(?:now(?: that)?|since) (?:we|i|we've|i've|we're|i'm)(?: have| are| am)?$/;
const REASON_AFTER = /^(?:now(?: that)?|since) (?:we|i|we've|i've|we're|i'm)(?: have| are| am)? \w+(?:ed|en|ne|d)\b/;
// "got my deposit back", "got her mocks back", "got the truck tires done": something returned or seen to, an
// event, not a change of what holds ("got back into climbing", "got back together" are one).
const GOT_BACK_OR_DONE = /^got (?:[a-z0-9']+ ){0,4}(?:back\b(?! (?:together|into|to|on|with)\b)|done\b)/;
// "I've got a PS5", "she's got two kids": having, not getting.
const HAVE_GOT = /^(?:\w+'ve|have|has|\w+'s) got$/;

function containsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  for (let index = 0; index + phrase.length <= tokens.length; index++) {
    if (phrase.every((stem, offset) => tokens[index + offset] === stem)) return true;
  }
  return false;
}

/**
 * "my sister ..." and "my best friend ..." are about someone else; "I ..." and "my name ..." about the
 * user. The first person word decides, wherever it is: "turns out my brother is allergic to ..." and
 * "it's ragweed my friend is allergic to" are about the brother and the friend.
 */
function findSubject(
  clause: readonly string[],
  changed: boolean,
  text: string,
  opensTheText: boolean,
): { subject: string; words: string[]; owner?: string } {
  const words = clause.filter((stem) => !ADVERBS.has(stem) && !SINGLE_CHANGE_STEMS.has(stem));
  const at = words.findIndex((stem) => PERSON_WORDS.has(stem));
  if (at === -1) return { subject: 'thing', words: [] };
  // "salary went up to $2.1m after my review": the user's event, told as when something else changed, is not what it
  // is about.
  const owned = words[at] === 'my' || words[at] === 'our';
  if (owned && WHEN_WORDS.has(words[at - 1] ?? '') && EVENTS.has(words[at + 1] ?? '')) return { subject: 'thing', words: [] };
  // "sold the Lexus RX to my nephew", "bought a 2019 Silverado off my cousin Dudley": one the user sold to or bought
  // from; the sale is the user's.
  if (owned && at > 1 && HANDED_OVER.has(clause.find((stem) => !ADVERBS.has(stem)) ?? '') && TO_OR_FROM.has(words[at - 1] ?? ''))
    return { subject: 'self', words: [] };
  if (!owned) return nearTheUser(words, at) ?? { subject: 'self', words: [] };
  // "My buddy Hollis and me fish together", "my sister and I moved to Leeds": the user is one of them, as in "me n Hollis".
  if (at === 0 && words.slice(1, 5).some((stem, index) => stem === 'and' && (words[index + 2] === 'i' || words[index + 2] === 'me')))
    return { subject: 'self', words: [] };
  // "Started bouldering with my colleagues", "still staying with my parents": no one named before, a text that opens
  // with a verb is the user's, and the ones with them are company.
  if (words[at - 1] === 'with' && opensTheText && !words.slice(0, at).some((stem) => PEOPLE_AND_ANIMALS.has(stem)) && opensWithVerb(text))
    return { subject: 'self', words: [] };
  // "my sister", "my best friend", "my old college roommate": describing words before the one named, up to
  // three before a person or an animal ("my B2 German exam" is the user's).
  const after = words.slice(at + 1, at + 5);
  for (const [distance, word] of after.entries()) {
    if (distance < 2 ? OTHER_ENTITIES.has(word) : PEOPLE_AND_ANIMALS.has(word)) {
      if (ACT_ON_THE_USER.has(word) && actsOnTheUser(words.slice(at + distance + 2), changed)) break;
      // "my mum's dog Bello is 12", "my sister's husband Tom": one of theirs, next, is whom it is about.
      const theirs = after[distance + 1];
      if (theirs !== undefined && PEOPLE_AND_ANIMALS.has(theirs) && !ACT_ON_THE_USER.has(theirs) && writtenInLowerCase(theirs, text))
        return { subject: theirs, words: after.slice(0, distance + 2), owner: word };
      return { subject: word, words: after.slice(0, distance + 1) };
    }
    if (SUBJECT_ENDS.has(word)) break;
  }
  return { subject: 'self', words: [] };
}
const MODEL_YEAR = /^(?:19[6-9]\d|20[0-4]\d)$/;

/** Whether a word of `stem` is written in lower case in `text`: "my mum's pet rabbit", not "my buddy Pete" (stem "pet"). */
function writtenInLowerCase(stem: string, text: string): boolean {
  return /^[a-z]+$/.test(stem) && new RegExp(`(?<![A-Za-z])${stem}`).test(text);
}

/**
 * "Fiona lives just round the corner from me", "mum lives near us": the user is only where someone
 * else is, after a preposition; the statement is of the one before (a kin word, or a name read later). Not of
 * one who looks after the user ("the doctor took me off statins" is the user's).
 */
function nearTheUser(words: readonly string[], at: number): { subject: string; words: string[] } | undefined {
  if (!OBJECT_PRONOUNS.has(words[at]!) || !PLACE_PREPOSITIONS.has(words[at - 1] ?? '')) return undefined;
  // "Marco moved in with me": the user's household changed ("I live alone" no longer holds): the user's.
  if (words[at - 1] === 'with' && words[at - 2] === 'in') return undefined;
  const before = words.slice(0, at - 1);
  const kin = before.find((stem) => PEOPLE_AND_ANIMALS.has(stem));
  if (kin !== undefined) return ACT_ON_THE_USER.has(kin) ? undefined : { subject: kin, words: [kin] };
  return /^[a-z]/.test(before[0] ?? '') && !TIME_WORDS.has(before[0]!) ? { subject: 'thing', words: [] } : undefined;
}
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us']);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'with', 'near', 'beside', 'behind', 'by', 'opposite'].map(stemWord));

/**
 * "my doctor changed my metformin dose", "our landlord raised the rent to $2200": one who looks after the
 * user's things (`ACT_ON_THE_USER`) changing "my" or "the" something changes the user's (not "my boss quit").
 */
function actsOnTheUser(rest: readonly string[], changed: boolean): boolean {
  return rest.some((stem) => PERSON_WORDS.has(stem)) || (changed && rest.includes('the'));
}

// Where the words naming the subject stop: its verb or a preposition ("my car is ...", "my trip to ...").
const SUBJECT_ENDS: ReadonlySet<string> = new Set(
  [
    'be',
    'have',
    'do',
    'did',
    'will',
    'would',
    'can',
    'could',
    'and',
    'or',
    'but',
    'to',
    'in',
    'at',
    'on',
    'from',
    'with',
    'for',
    'of',
    'that',
    'who',
    // "my birthday's the 4th of May, mum always gets it wrong": no one named after "my" is behind an article.
    'the',
    'a',
    'an',
  ].map(stemWord),
);
const PERSON_WORDS: ReadonlySet<string> = new Set(['i', 'we', 'my', 'our', 'me', 'us']);
const JOB = stemWord('job');
const HANDED_OVER: ReadonlySet<string> = new Set(['sold', 'bought', 'gave', 'lent', 'traded', 'got'].map(stemWord));
const TO_OR_FROM: ReadonlySet<string> = new Set(['to', 'off', 'from'].map(stemWord));
const WHEN_WORDS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'till', 'following', 'during'].map(stemWord));

// Kin read from another word ("my ex" as "my ex partner", "our boy" as "our son"), by the kin read.
const KIN_WRITTEN_AS: Readonly<Record<string, string>> = { partner: 'ex', son: 'boy', daughter: 'girl' };

/**
 * "My friend Ravi" and "my friend Aisha" are two people, and "Max, my dog" is the dog named Max: a
 * capitalised name beside the kin or pet word makes it part of the subject.
 */
function namedSubject(subject: string, text: string): string {
  if (subject === 'self' || subject === 'thing') return subject;
  // "My ex-wife Thandi": the kin word of a hyphened one is a word of its own.
  const words = text.match(/[A-Za-z][A-Za-z']*/g) ?? [];
  let namedBeforeMy: ReadonlySet<string> | undefined;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    // "my ex Darren" is read "my ex partner Darren", "our boy Callum" "our son Callum": the word the text holds is
    // "ex", or "boy".
    const kin = stemWord(word.toLowerCase());
    if (kin !== subject && KIN_WRITTEN_AS[subject] !== kin) continue;
    // "mums birthday": a possessive typed without its apostrophe; what follows is theirs, not a name.
    if (/s$/i.test(word) && stemWord(word.slice(0, -1).toLowerCase()) === subject) continue;
    // "my coworker Derek's birthday": the name may carry the possessive.
    const after = words[index + 1]?.replace(/'s$/, '');
    if (after !== undefined && isName(after)) return `${subject}:${after.toLowerCase()}`;
    if (after !== undefined && PEOPLE_AND_ANIMALS.has(subject) && nameInLowerCase(after, words[index + 1]!, words[index + 2]))
      return `${subject}:${after}`;
    const before = words[index - 2];
    if (before === undefined || !isName(before)) continue;
    namedBeforeMy ??= namesBeforeMy(text);
    if (namedBeforeMy.has(`${before} ${word}`)) return `${subject}:${before.toLowerCase()}`;
  }
  return subject;
}

/**
 * "my little brother emeka is in atlanta", "my brother emeka's wife": a word in lower case after kin is a name
 * when it owns something or a verb follows it, and it is no common word ("my brother lives", "my sister just").
 */
function nameInLowerCase(word: string, written: string, next: string | undefined): boolean {
  if (!/^[a-z]{3,}$/.test(word) || /(?:ly|ing|ed)$/.test(word) || NAME_VERBS.has(word)) return false;
  const stem = stemWord(word);
  if (STOP_WORDS.has(stem) || ADVERBS.has(stem) || PEOPLE_AND_ANIMALS.has(stem) || EVENTS.has(stem) || NOT_NAMES.has(capitalized(word)))
    return false;
  return written.endsWith("'s") || (next !== undefined && actsAsAVerb(next.toLowerCase()));
}

/** A word that, right after a name, says what the named one does or did ("is", "lives", "moved"). */
function actsAsAVerb(word: string): boolean {
  return NAME_VERBS.has(word) || /^[a-z]{2,}ed$/.test(word);
}

/**
 * "Max, my dog", "Declan my son": each word said right before "(,) my <word>", as "Max dog", read in one pass over the text (a
 * pattern built for each mention read the whole text again for each one).
 */
function namesBeforeMy(text: string): ReadonlySet<string> {
  const pairs = new Set<string>();
  // "Declan my son lives beyond in Galway": typed without the comma too.
  for (const match of text.matchAll(/\b([A-Za-z][A-Za-z'-]*)(?=,? my ([A-Za-z][A-Za-z'-]*)\b)/g)) pairs.add(`${match[1]} ${match[2]}`);
  return pairs;
}

/**
 * "my old coworker" is `old-coworker`, another person than "my coworker" (see `sameSubject`); a name still
 * makes "my old college roommate Mei" the same one as "my roommate Mei".
 */
function qualified(subject: string, words: readonly string[]): string {
  const [kind = subject] = subject.split(':');
  if (ANIMALS.has(kind) || !PEOPLE_AND_ANIMALS.has(kind)) return subject;
  const qualifiers = words.filter((word) => OTHER_PERSON_QUALIFIERS.has(word));
  return qualifiers.length === 0 ? subject : `${qualifiers.join('-')}-${subject}`;
}

// "Chloe just moved to Brighton", "Dan's a Leafs guy": with no word of the user's (I, my, we), a statement
// that opens with a name and a verb is about that person, not a thing of the user's. "Bought a new
// laptop" and "Finished Severance" open with no name: a verb or an adverb is followed by no verb.
// "Chloe's boyfriend lives in Brighton" is about the boyfriend: named as "chloe's boyfriend".
// "Callum and Sarah are staying in Aberdeen": the first one named. "Actually Darrell's in Mississauga": after an opening word.
// "Yolanda and the kids moved to San Antonio": the one named first, with those moving with her. "pues Lupe works the
// front desk": after a Spanish opening word too.
const LEADING_NAME =
  /^\W*(?:(?:[Aa]ctually|[Ss]o|[Oo]h|[Ww]ell|[Yy]eah|[Ww]ait|[Aa]nd|[Bb]ut|[Pp]ues|[Bb]ueno),?\s+)?([A-Z][a-z]+)(?:\s+(?:and|&|n)\s+(?:(?:the|her|his|their)\s+)?[A-Za-z][a-z]+)?(?:'s(?:\s+(?:(?:new|old|little|big|older|younger|best)\s+)?([a-z]+)(?:\s+([A-Z][a-z]+)(?=\s+(?:is|was|has|had|got|lives|lived|works|worked|moved|moves|started|stays|drives|just|still)\b|'s\b))?)?\b|\s+(?:(?:just|also|still|finally|really|already|now|recently|actually|never|always)\s+)?([a-z]+|\d{1,3}(?= (?:yrs?|years?|months?|mos?) old\b))\b)/;
const TWO_NAMED = /^\W*[A-Z][a-z]+\s+(?:and|&|n)\s+[A-Z][a-z]+\s+have\b/;
// "David doesn't keep sheep anymore", "Leo isn't allergic": a helper verb with "n't" is read as its first part.
const NAME_VERBS: ReadonlySet<string> = new Set(
  'isn wasn doesn didn hasn hadn can won aren weren is are was were has had got gets does did do can will would could should lives live stays stay works work moves move starts start loves love likes like hates goes go went plays play drives drive studies study wants want turns came comes died dies quit left says said thinks knows needs uses takes took makes made gave gives bought buys sold sells runs ran visits visited'.split(
    ' ',
  ),
);

// "Theo from my band switched jobs", "Priya from work is pregnant": the person, known by where they are from.
const FROM_A_GROUP = /^\W*[A-Z][a-z]+\s+from\s+(?:(?:my|our)\s+((?:\w+\s+)?\w+)|(work|school|church|college|uni))\b/;

/** "Theo from my band": the group that names him ("band") is part of who he is, no content of what is said. */
function groupWords(text: string): string[] {
  const match = FROM_A_GROUP.exec(text);
  const group = match?.[1] ?? match?.[2];
  return group === undefined ? [] : group.toLowerCase().split(/\s+/).map(stemWord);
}

// "Kwame's moving into my spare room", "Biscuit is moving in with us": the one named does it, and the user is
// only its place (no "I" or "we" in it). So "Angela's the senior carer on ma unit": the one named is it.
const NAME_DOES =
  /^\W*[A-Z][a-z]+(?:'s|\s+(?:is|was|has|had))\s+(?:(?:been|just|finally|also|still|now)\s+)?(?:[a-z]{2,}ing|got|gone|moved|started|left|joined|the|a|an)\b/;
const FIRST_PERSON_SUBJECT = /\b(?:I|i|we|We)\b/;

function nameActsOnMine(text: string): boolean {
  return NAME_DOES.test(text) && !FIRST_PERSON_SUBJECT.test(text);
}

// "we adopted a beagle mix. her name is Penny": the statement is about the one it names.
const NAME_BY_PRONOUN = /\b(?:her|his|its|their) name(?:'s|\s+is)\s+([A-Z][a-z]+)\b/;

// "Margaret and I have been married 48 years", "Kieran and I broke up": the one named is part of the state.
const PARTNER_AND_I = /^\W*([A-Z][a-z]+) and I\b/;

/**
 * The user's relationship with the partner it names ("Kieran and I broke up" is not "Sam and I broke up") and
 * without how long it has lasted: "married 48 years" and "married to Margaret" are one state.
 */
function withPartner(attribute: StatementAttribute, text: string): StatementAttribute {
  const partner = PARTNER_AND_I.exec(text)?.[1];
  const value = attribute.value.filter((stem) => !/^\d/.test(stem));
  if (partner !== undefined && isName(partner) && !value.includes(partner.toLowerCase())) value.push(partner.toLowerCase());
  return { ...attribute, value };
}

// "Our Margaret takes amlodipine too": one of the family, called "our" and named, does it. A verb of being or
// having could follow a thing as well ("our Toyota is in the garage"), so it takes a verb of doing.
// "our Davey's moved to Blyth" (Geordie "wor Davey's"): "has" before a verb done.
const OUR_NAMED =
  /^\W*[Oo]ur\s+([A-Z][a-z]+)(?:['’]s(?=\s+(?:just\s+)?(?:[a-z]+ed|gone|left|got|been)\b))?\s+(?:(?:just|also|still|now|finally|never|always)\s+)?([a-z]+)\b/;
const BEING_OR_HAVING: ReadonlySet<string> = new Set(['is', 'was', 'has', 'had', 'got', 'gets', 'isn', 'wasn', 'hasn', 'hadn']);

// "wor Chelsea's 20 noo": one of the family, named, and an age.
const OUR_NAMED_AGE = /^\W*[Oo]ur\s+([A-Z][a-z]+)['’]s\s+\d{1,3}\b(?!\s*(?:[$£€%]|k\b|mg\b|miles?\b|km\b))/;

function ourNamedOne(text: string): string | undefined {
  const aged = OUR_NAMED_AGE.exec(text)?.[1];
  if (aged !== undefined && isName(aged) && !PEOPLE_AND_ANIMALS.has(stemWord(aged.toLowerCase()))) return aged.toLowerCase();
  const match = OUR_NAMED.exec(text);
  if (match === null || !isName(match[1]!) || PEOPLE_AND_ANIMALS.has(stemWord(match[1]!.toLowerCase()))) return undefined;
  const verb = match[2]!;
  return actsAsAVerb(verb) && !BEING_OR_HAVING.has(verb) ? match[1]!.toLowerCase() : undefined;
}

function nameGivenByPronoun(text: string): string | undefined {
  const name = NAME_BY_PRONOUN.exec(text)?.[1];
  return name !== undefined && isName(name) ? name.toLowerCase() : undefined;
}

// Words for someone's child that are no kin word of the lists ("Dale's boy Tyler").
const KIDS = /^(?:boy|girl|lad|lass|kid|baby)$/;

// "Meeting moved to Friday", "Wedding is in Lisbon": a thing, not one named so.
const ING_THINGS =
  /^(?:Meeting|Wedding|Training|Booking|Building|Shopping|Parking|Housing|Funding|Hearing|Screening|Viewing|Reading|Morning|Evening|Evening|Ceiling|Clothing|Painting|Cleaning|Swimming|Cycling|Running|Moving|Packing|Planning|Flooring|Heating|Plumbing|Wiring|Landing|Filing|Listing|Closing|Opening|Fitting|Tasting|Christening|Scan|Marking)$/;
// "Mr Hussain says rent's going up": what one says of the user's, not of themselves.
const NAME_SAYS = /^\W*[A-Z][a-z]+\s+(?:says|said|thinks|thought|reckons|told|asked|wants|reminded|mentioned|texted|called|rang|emailed)\b/;
const ING_NAME_VERBS =
  /^(?:got|moved|works|worked|lives|lived|started|quit|left|bought|sold|went|passed|turned|married|joined|graduated|retired|died)$/;
const FIRST_PERSON = /\b(?:i|i['’]m|im|i['’]ve|ive|i['’]d|i['’]ll|me|my|mine|myself|we|we['’]re|our|ours|us)\b/i;

function leadingName(text: string): string | undefined {
  const match = LEADING_NAME.exec(text);
  if (match === null) return undefined;
  const [, name = '', owned, ownedName, next] = match;
  // "Moving was hard", "Finally we…": a word ending so is no name, unless a person's verb follows ("Huiling got a job",
  // "Weiming moved to Perth").
  if (!isName(name) || /(?:ly|ed)$/.test(name)) return undefined;
  if (
    /ing$/.test(name) &&
    (next === undefined || !ING_NAME_VERBS.test(next) || EVENTS.has(stemWord(name.toLowerCase())) || ING_THINGS.test(name))
  )
    return undefined;
  // "Dale's boy Tyler is 16", "Jess's mum Carol lives in Bendigo": Tyler and Carol, as "Tyler's 15" names him.
  if (owned !== undefined && ownedName !== undefined && isName(ownedName) && (PEOPLE_AND_ANIMALS.has(stemWord(owned)) || KIDS.test(owned)))
    return ownedName.toLowerCase();
  if (owned !== undefined && PEOPLE_AND_ANIMALS.has(stemWord(owned))) return `${name.toLowerCase()}'s ${owned}`;
  // "Ethan 3 yrs old now": a name, then its age.
  if (next === undefined || /^\d/.test(next)) return name.toLowerCase();
  if (next === 'from' && FROM_A_GROUP.test(text)) return name.toLowerCase();
  // "Rhian and Dai have moved": two named, who have ("Fletchers have sold" names a family, not one).
  if (next === 'have' && TWO_NAMED.test(text)) return name.toLowerCase();
  return actsAsAVerb(next) ? name.toLowerCase() : undefined;
}

/** The stems of a subject's name: "luis", or "chloe" and "boyfriend" for "chloe's boyfriend". */
function nameWords(name: string): string[] {
  return name
    .split(/'s\b|\s+/)
    .filter((word) => word !== '')
    .map(stemWord);
}

function isName(word: string): boolean {
  return /^[A-Z][a-z]+$/.test(word) && !NOT_NAMES.has(word);
}

// "I've got a dog! Staffy called Tyson, he's six", "Dale's shop is in Waterloo, Cedar Falls is where he lives": in a
// statement about the user, what a pronoun does is someone else's.
const SOMEONE_ELSE_BEFORE = / (?:he|she|they) $/;

function findAttribute(core: readonly string[], subject: string): StatementAttribute | undefined {
  const line = ` ${core.join(' ')} `;
  for (const rule of RULES) {
    const match = rule.pattern.exec(line);
    if (match === null) continue;
    const value = rule.group === 0 ? [] : contentOf((match[rule.group ?? 1] ?? '').trim().split(' '));
    if (rule.valueNoun !== undefined) value.unshift(rule.valueNoun);
    if (rule.accept !== undefined && !rule.accept(value, match, subject)) continue;
    if (subject === 'self' && SOMEONE_ELSE_BEFORE.test(textBefore(match))) continue;
    if (
      rule.key === 'relationship' &&
      !isRelationshipState(value) &&
      !/break|girlfriend|boyfriend|partner|wif|husband|fianc|spous/.test(match[0])
    )
      continue;
    const key = typeof rule.key === 'string' ? rule.key : rule.key(match);
    // "I'm the deputy manager at Rowanbank now, got the job on Monday!": when the job was got is none of the job.
    // ("working thursday to monday this month" keeps its days: they are all it says.)
    const withoutWhen = key === 'job-title' || key === 'work' ? value.filter((stem) => stem !== JOB && !WEEKDAYS.has(stem)) : value;
    const said = withoutWhen.length > 0 ? withoutWhen : value;
    return { key, category: rule.category, single: rule.single, value: said, ordered: rule.ordered === true };
  }
  return undefined;
}
