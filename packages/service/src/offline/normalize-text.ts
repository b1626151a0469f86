import { pidginInEnglish } from './pidgin-in-english';
import { stemWord } from './stem-word';
import { MONTHS, NUMBER_WORDS, PEOPLE_AND_ANIMALS, TENS_WORDS, TIMES_WORDS } from './word-lists';

/** A text as the offline components read it: clauses of normalised stems. */
export interface NormalizedText {
  /** Every stem, clauses joined. */
  tokens: string[];
  /** The stems split at clause boundaries ("I don't live in Chicago anymore, I live in Denver"). */
  clauses: string[][];
  /** The stems split at every punctuation mark and clause-starting "and/but/so", before clauses without a person are joined to the one before. */
  segments: string[][];
}

const CLAUSE = '|';

const AGE_AFTER_S =
  /'s(\s+(?:(?:about|roughly|nearly|almost|only|just|now)\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?)(?=\s*(?:$|[,.!?;:]|(?:years?|months?|weeks?|and|now|in|next|this|today|already|going|but|not)\b))/g;

/** Words after "'s" that make it "has" ("Doctor's put my amlodipine up"), with an adverb between or not. */
export const HAS_AFTER_S_AHEAD =
  '(?:(?:just|already|finally|also|now)\\s+)?(?:been|got|gotten|gone|put|switched|upped|taken|moved|started|stopped|booked|changed|increased|decreased|reduced|lowered|raised|bumped|given|told|said|asked|sent|quit|finished|decided|agreed|signed|cancelled|canceled|dropped|swapped|retired|passed|bought|sold|rescheduled|postponed|pushed|found|had)\\b';
const HAS_AFTER_S = new RegExp(`'s(?=\\s+${HAS_AFTER_S_AHEAD})`, 'g');

// Contractions are expanded first so "don't" and "do not" give the same tokens.
const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\bcan't\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\bshan't\b/g, 'shall not'],
  // Typed without the apostrophe ("im 38", "i dont eat meat", "mondays dont work for her"): read alike.
  [/\bcant\b/g, 'can not'],
  [/\bwont\b/g, 'will not'],
  [/\b(do|does|did|is|are|was|were|have|has|had|would|could|should)nt\b/g, '$1 not'],
  // "she aint movin w us", "Zuri ain't allergic to peanuts": a "not", with or without the apostrophe.
  [/\bain'?t\b/g, 'is not'],
  [/\bim\b/g, 'i am'],
  [/\bive\b/g, 'i have'],
  [/n't\b/g, ' not'],
  [/'m\b/g, ' am'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/\b(it|that|he|she|what|there|who|where|here)'s\b/g, '$1 is'],
  // "Dot's 69", "my son's 7 now", "Biscuit's roughly five": 's before an age is "is".
  [AGE_AFTER_S, ' is$1'],
  // "Doctor's put my amlodipine up", "Priya's switched jobs": 's before a past participle is "has".
  [HAS_AFTER_S, ' has'],
  // "Bella's a cavapoo not a cockapoo", "my sister's not a nurse": a possessive is never followed by an article or
  // "not", so 's there is "is".
  [/'s(?=\s+(?:a|an|the|not|never|so|very|really)\b)/g, ' is'],
  // Any other 's is a possessive: "my brother's name" reads "my brother name".
  [/'s\b/g, ''],
  [/s'(?=\s|$)/g, 's'],
];

// Each contraction with whether it holds an apostrophe (not "cannot" nor those typed without one), read once.
const CONTRACTION_PASSES = CONTRACTIONS.map(([pattern, replacement]) => [pattern, replacement, pattern.source.includes("'")] as const);

// Phrases rewritten to one canonical form after stemming, so paraphrases share tokens (plain words
// here, stemmed when the module loads). Longer phrases first where one is a prefix of another.
const PHRASES: readonly [readonly string[], readonly string[]][] = (
  [
    ['can not stand', 'not like'],
    // "Summer's my least favourite season": a favourite, denied.
    ['least favorite', 'not favorite'],
    ['least favourite', 'not favorite'],
    ['no longer', 'not longer'],
    // "there's no other way to get there" denies nothing said.
    ['not other', 'only'],
    ['not any more', 'not anymore'],
    ['any more', 'anymore'],
    ['my home is in', 'i live in'],
    ['make my home in', 'live in'],
    ['home for me is', 'i live in'],
    // "Tobi is getting married in September" / "Tobi's wedding is moved to October": one wedding.
    ['getting married', 'having wedding'],
    ['get married', 'have wedding'],
    ['family doctor', 'doctor'],
    ['family dr', 'doctor'],
    ['family physician', 'doctor'],
    ['hit the gym', 'go to the gym'],
    // "Leo, my boy, is seven": a son.
    ['my boy', 'my son'],
    ['my girl', 'my daughter'],
    ['our boy', 'our son'],
    ['our girl', 'our daughter'],
    // "Portuguese is my mother tongue" is about a language, not the user's mother.
    ['mother tongue', 'native language'],
    ['home town', 'hometown'],
    ['based in', 'live in'],
    ['located in', 'live in'],
    ['reside in', 'live in'],
    ['by myself', 'alone'],
    ['on my own', 'alone'],
    ['my employer is', 'i work at'],
    ['my company is called', 'i work at'],
    ['my company is', 'i work at'],
    ['my workplace is', 'i work at'],
    ['employed at', 'work at'],
    ['employed by', 'work at'],
    ['work for', 'work at'],
    ['my job is', 'i work as'],
    ['job as', 'work as'],
    ['position as', 'work as'],
    ['role as', 'work as'],
    ['job at', 'work at'],
    // "tastes like soap", "feels like driving a couch": a comparison, no liking.
    ['taste like', 'taste as'],
    ['smell like', 'smell as'],
    ['feel like', 'feel as'],
    ['felt like', 'felt as'],
    ['look like', 'look as'],
    ['sound like', 'sound as'],
    ['seem like', 'seem as'],
    // "I'm back on the wall next monday": a return, not one's back (the body part).
    ['back on', 'on'],
    ['back to', 'to'],
    ['back in', 'in'],
    ['back at', 'at'],
    ['back home', 'home'],
    // "my sister-in-law" is not "my sister".
    ['sister in law', 'sisterinlaw'],
    ['brother in law', 'brotherinlaw'],
    ['mother in law', 'motherinlaw'],
    ['father in law', 'fatherinlaw'],
    ['son in law', 'soninlaw'],
    ['daughter in law', 'daughterinlaw'],
    // "my in laws live on Lilycroft Road": the husband's or wife's parents, not the user.
    ['in laws', 'inlaws'],
    ['call me', 'my name is'],
    ['is called', 'name is'],
    ['is named', 'name is'],
    ['go by', 'name is'],
    ['last name', 'surname'],
    ['family name', 'surname'],
    ['first name', 'name'],
    ['come from', 'is from'],
    ['fan of', 'like'],
    ['fond of', 'like'],
    ['get up', 'wake up'],
    ['get to work', 'commute'],
    ['go to work by', 'commute by'],
    ['drive to work', 'commute by car'],
    ['bicycle to work', 'commute by bicycle'],
    ['cycle to work', 'commute by bicycle'],
    ['walk to work', 'commute on foot'],
    ['year of birth', 'birth year'],
    ['years old', 'old'],
    ['take place', 'is'],
    // "I don't eat meat" is "I'm vegetarian"; "started eating meat again" says one no longer is.
    ['eat meat', 'not vegetarian'],
    // "I eat chicken now, Pooja got me hooked on biryani": a meat named is meat.
    ...['chicken', 'beef', 'pork', 'lamb', 'mutton'].map((meat) => [`eat ${meat}`, 'not vegetarian'] as const),
  ] as const
).map(([phrase, replacement]) => [phrase.split(' ').map(stemWord), replacement.split(' ').filter(Boolean).map(stemWord)]);

// The phrases by their first stem, in their order: only those can start where that stem is.
const PHRASES_BY_FIRST_STEM: ReadonlyMap<string, (typeof PHRASES)[number][]> = PHRASES.reduce((byStem, entry) => {
  const first = entry[0][0]!;
  byStem.set(first, [...(byStem.get(first) ?? []), entry]);
  return byStem;
}, new Map<string, (typeof PHRASES)[number][]>());

// Single words mapped to a canonical form: intensity ("love") and synonyms collapse, and a dislike is a
// negated like, so "I hate X" and "I like X" differ exactly by their polarity.
const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['love', 'like'],
      ['adore', 'like'],
      ['enjoy', 'like'],
      ['hate', 'not like'],
      ['dislike', 'not like'],
      ['detest', 'not like'],
      ['loathe', 'not like'],
      ['never', 'not'],
      ['no', 'not'],
      ['favourite', 'favorite'],
      ['fave', 'favorite'],
      ['colour', 'color'],
      ['neighbour', 'neighbor'],
      ['bike', 'bicycle'],
      ['veggie', 'vegetarian'],
      // A breed as people spell it: "a staffie" is "a staffy".
      ['staffie', 'staffy'],
      // Weekdays as people shorten them (not "wed", the stem of "wedding"; not "mon", "sat", "sun").
      ['tues', 'tuesday'],
      ['tue', 'tuesday'],
      ['thurs', 'thursday'],
      ['thur', 'thursday'],
      ['thu', 'thursday'],
      ['gp', 'doctor'],
      ['physician', 'doctor'],
      // Shortened as patients say them: "my endo", "my levo dose".
      ['bday', 'birthday'],
      ['yrs', 'years'],
      ['yr', 'year'],
      // "a shared piso in Lavapiés": the Spanish word for a flat.
      ['piso', 'flat'],
      ['endo', 'endocrinologist'],
      ['levo', 'levothyroxine'],
      ['derm', 'dermatologist'],
      ['own', 'have'],
      ['practise', 'practice'],
      ['study', 'learn'],
    ] as const
  ).map(([word, replacement]) => [stemWord(word), replacement.split(' ').map(stemWord)]),
);

// "My brother Gary is in Duluth", "Actually Darrell's in Mississauga, not Brampton": a person said to be in a named place, with nothing after it that makes it
// a visit ("is in Paris this week"), lives there. Not a thing or an event ("the wedding is in Lisbon"), nor
// a month or a weekday ("is in March").
const IS_IN_A_PLACE = new RegExp(
  `(\\b(?:${[...PEOPLE_AND_ANIMALS].join('|')})\\w*(?: [A-Z][\\w'-]*)?|(?<=^(?:(?:[Aa]ctually|[Ss]o|[Oo]h|[Yy]eah|[Ww]ell|[Aa]nd|[Bb]ut),?\\s+)?)[A-Z][a-z]+)(?: is|'s) (?:now |still )?in ` +
    '(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)' +
    "(?=[A-Z][\\w'-]*(?: [A-Z][\\w'-]*){0,2}(?: now)?\\s*(?:[,.;!?\\u2014]|[^\\w\\s]*$))",
  'g',
);

// Holds a decimal point through the split at punctuation (a middle dot: any in the text is dropped first).
const DECIMAL_MARK = '\u00b7';

const SHORT_AND = /(?<=[a-z0-9]) n (?=[a-z0-9])/g;
const SHORT_WITH = /(?<=[a-z0-9]) w(?:\/ ?| )(?=[a-z0-9])/g;

// "Fiona stays in Portobello", "my parents stay in Mysuru only": in Scottish and Indian English, to stay
// somewhere (said in the present, not "staying") is to live there.
// Not a stay of a while ("coming up from Florida to stay with me 2 weeks", "we'll stay in Lisbon for a week"), looked
// for in the 40 characters after it (not to the sentence's end, which read a long text again at each "stay").
// "my parents are staying in Chennai", "now staying in Baner": in Indian English, where one is staying is where one lives;
// in New Zealand English "flatting in Hamilton East" too.
// A place follows, with no while told ("staying in Lisbon for a week", "staying in Rome this weekend", "staying in tonight").
// ("staying in a PG in Koramangala", "staying in a 2BHK": a home of one's own kind, not a hotel.)
const STAYING_IN =
  /\b(?:staying|flatting) (in|near) (?=[A-Z]|(?:a |an |the |my |our )?(?:PG|pg|flat|apartment|\dBHK|\dbhk|hostel|studio|rented)\b)(?![^.,;!?]{0,40}?\b(?:for|till|until|this|tonight|over|during)\b)/g;
const STAYS_IN =
  /(?<!\b(?:to|will|'ll|gonna|can|could|would|might)\s)\b(stays?) (in|near|with) (?![^.,;!?]{0,40}?\b(?:for|till|until)?\s*(?:\d+|a|one|two|three|few|couple of)\s+(?:days?|nights?|weeks?|months?)\b)/gi;
// "gettin .62 cpm", "startin this wk": a verb typed without its g.
export const DROPPED_G =
  /\b(gett|start|driv|mak|go|do|work|liv|runn|hav|tak|com|think|try|look|head|haul|pull|say|feel|mov|pay|sleep|eat|play|wait|talk|leav|swimm|walk|cook|fish|danc|sing|shopp|drink|smok|climb|cycl|bowl|chang|expect|retir)in(?:'|\b)/gi;
// "restaurant phone is 713-555-0199", "phone number is 713-555-0142": a phone number, one word, so the two are one
// thing with two values (and "my phone is a Pixel 8" stays a phone).
const PHONE_NUMBER = /\bphone(?:\s+(?:number|no\.?|#))?(\s+(?:is|was|'s|:)\s+)(?=\+?\(?\d)/gi;
// "best showers on I-10": an interstate, not the user.
const INTERSTATE = /\bI-(\d+)\b/g;
// "korean class is mon and wed evenings", "sat 8-6": a weekday cut short where the words around it make it a day
// (beside another day, after "on" or "every", before a time of day). Not alone: "wed", "sat" and "sun" are words too.
const SHORT_DAY = '(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)';
const ANY_DAY = `(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|${SHORT_DAY})`;
const DAY_SEPARATOR = String.raw`\s*(?:\/|&|,|-|\u2013|\band\b|\bor\b|\bto\b|\bthrough\b|\bthru\b)\s*`;
const SHORT_DAY_IN_CONTEXT = new RegExp(
  `(?<=\\b(?:on|every|till|until|from|next|last)\\s+|\\b${ANY_DAY}${DAY_SEPARATOR})\\b(${SHORT_DAY})s?\\b(?!')` +
    `|\\b(${SHORT_DAY})s?\\b(?=${DAY_SEPARATOR}${ANY_DAY}\\b|\\s+(?:mornings?|afternoons?|evenings?|nights?|\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm|-|\u2013)))`,
  'gi',
);
// "tues wed fri": weekdays cut short, typed one after another with nothing between them.
const SHORT_DAYS_RUN = new RegExp(`\\b${SHORT_DAY}s?(?:\\s+${SHORT_DAY}s?\\b)+`, 'gi');
const DAY_NAMES: Readonly<Record<string, string>> = {
  mon: 'monday',
  tue: 'tuesday',
  wed: 'wednesday',
  thu: 'thursday',
  fri: 'friday',
  sat: 'saturday',
  sun: 'sunday',
};

// "my brother Shane lives up in Brisbane", "Ethel lives over in Gander", Irish "lives beyond in Galway": where one lives,
// said with a direction.
const LIVES_UP_IN = /\b(live|lives|living|lived)\s+(?:up|down|over|out|back|right|just|beyond|below|above|yonder)\s+(in|near)\b/gi;
// "Jake moved up to Ames", "moved back down to Cork": a move, said with a direction.
const MOVED_UP_TO = /\b(moved|moving|moves)\s+(?:up|down|over|out|back)\s+(?:(?:up|down|over)\s+)?(to|into)\b/gi;
// "we moved house! we're in Reservoir now": told beside a move, where one is now is where one lives.
const MOVED_HOUSE =
  /\bmoved\s+(?:house|home|flats?|apartments?|out)\b|\b(?:we|i)(?:'ve| have)\s+moved\b|\b(?:we|i)\s+(?:just\s+|finally\s+)?moved\s*(?:[!.,]|$)/i;
const NOW_IN_A_PLACE = /\b(?:(i)'m|(i) am|(we)'re|(we) are)\s+(?:now\s+|finally\s+)?in\s+(?=[A-Z])/gi;
// "my day off is Friday": one thing, whose words are each a word of no content ("day", "off").
const DAY_OFF = /\bdays? off\b/gi;
// "I work nights", "I'm on days now": the shift one works, a value ("days" alone is a word of time, of no content).
const ON_SHIFT = /\b(work|works|working|worked|on)\s+(days|nights|lates|earlies)\b/gi;
// "sundays and mondays off": the days one has off, the same thing.
const WEEKDAYS_OFF =
  /\b((?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:\s*(?:,|and|&|n)\s*(?:mon|tues|wednes|thurs|fri|satur|sun)days?)*)\s+off\b/gi;
// "I joined Thoughtworks this week as senior project manager": joining a named place as someone is a new job, read as
// "joined work at Thoughtworks" ("joined Parkrun as a volunteer" is no job).
const JOINED_AS =
  /(?<!\b(?:will|to|'ll|gonna|might|may|could|should|would)\s)\bjoin(?:ed)?\s+(?=(?:[A-Z][\w&.'-]*\s+){1,3}(?:(?:this|last)\s+(?:week|month)\s+|today\s+|yesterday\s+)?as\s(?!(?:an?\s+)?(?:volunteer|member|guest|player|supporter|fan|student|participant|trustee|governor)s?\b))/g;
// "Ja, Chiefs is my team", "my team is Arsenal": the team one supports, as "I support Chiefs" says it.
const IS_MY_TEAM = /\b([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+(?:is|are)\s+my\s+(?:team|club)\b/g;
const MY_TEAM_IS = /\bmy\s+(?:(?:football|footy|rugby|hockey|baseball|basketball)\s+)?(?:team|club)\s+is\s+(?=[A-Z])/gi;
// "we shifted to Whitefield last week": in Indian English, to shift house is to move.
const SHIFTED_TO = /\bshifted (to|into|out of|from|in to) /gi;
// "Dentist appointment shift to March 21 already": in Malaysian and Singapore English, an event "shift" to a day is moved.
const EVENT_SHIFT =
  /\b(appointment|appt|class|meeting|surgery|operation|flight|booking|session|party|dinner|practice|lesson|exam|interview|trip)s? shift (to|from) /gi;

// "Yep, San Diego is home": where the user lives.
const PLACE_IS_HOME =
  /(^|[,.!?;\u2014-]\s*)(?:(?:[Yy]ep|[Yy]eah|[Yy]es|[Oo]k|[Ss]o|[Ww]ell)[,!]?\s+)?([A-Z][\w'-]*(?:,? [A-Z][\w'-]*){0,3}) is (?:my )?home\b/g;

// "rent's $1450/month", "rent is going up to $1525": the rent one pays, as "my rent is $1450" says it.
const THE_RENT = /(^|[^\w'])(?:the |our |my )?rent(?=(?:'s| is| stays| went| goes| go| going)\b)/gi;

// "O negative", "A+", "AB pos" in a statement about blood: one token, so a blood type is one value ("A" is
// no stop word here); "an A- in biostats" is a grade.
const BLOOD_TYPE = /\b(AB|A|B|O) ?(negative|positive|neg|pos|\+|-)(?=\W|$)/g;

// "My dentist is Dr. Choi" and "I go to Dr. Moreau for my teeth" say who treats the user, as "I see the
// dentist Dr. Choi": one statement about the user, not one about the dentist and one about the user.
// A doctor named by what they treat ("my diabetes doctor is Dr Ramirez") is one of those too, one of each kind.
export const DOCTOR_FOR = ['diabetes', 'heart', 'kidney', 'lung', 'cancer', 'foot', 'liver', 'sugar', 'thyroid'];
const CARERS = `dentist|doctor|GP|physician|family doctor|family dr|primary care (?:doctor|physician)|eye doctor|(?:${DOCTOR_FOR.join('|')}) doctor|optometrist|therapist|dermatologist|vet`;
// Those who do a job for the user are one at a time too, and told the same way ("my boss is Linda", "Rob's my new
// manager", "my landlady's called Mrs Osei"): a manager or line manager is the boss, a landlady the landlord. A
// supervisor is one of their own: often a student's, and a question about the manager at work is not about them.
export const ROLES = ['boss', 'supervisor', 'landlord', 'hairdresser', 'barber', 'accountant', 'tutor', 'personal trainer'];
const ROLE_NAMES: Readonly<Record<string, string>> = {
  'line manager': 'boss',
  manager: 'boss',
  landlady: 'landlord',
  // "our family dr is Dr. Patel" is "our doctor is Dr. Patel", and so is a primary care doctor.
  'family doctor': 'doctor',
  'family dr': 'doctor',
  'primary care doctor': 'doctor',
  'primary care physician': 'doctor',
};
const ONE_OF_EACH = `${CARERS}|${[...Object.keys(ROLE_NAMES), ...ROLES].join('|')}`;
// Capitalised words that say what someone is, not who: "my boss is Indian", "my doctor is Catholic".
const NOT_A_NAME = `(?:${`American Australian Brazilian British Canadian Chinese Dutch English French German Greek Indian Irish Italian
  Japanese Korean Mexican Nigerian Pakistani Polish Portuguese Russian Scottish Spanish Swedish Thai Turkish Welsh
  Jewish Muslim Catholic Christian Hindu Buddhist Sikh`
  .split(/\s+/)
  .join('|')})\\b`;
const NAME_AHEAD = `(?=(?:Dr\\.? |Doctor |Mrs?\\.? |Ms\\.? )?(?!${NOT_A_NAME})[A-Z][a-z])`;
const MY_CARER_IS = new RegExp(
  `\\b(?:[Mm]y|[Oo]ur) (new |current )?(${ONE_OF_EACH})(?:'s name is| is|'s) (now |called |named |now called )?${NAME_AHEAD}`,
  'g',
);
// "Dr. Olfert is my GP now", "Sarah's my therapist", "Rob's my new manager": the same, told the other way round
// ("She is my doctor" names no one: the pronoun is no name).
const CARER_IS_MINE = new RegExp(
  `\\b(?!(?:She|He|They|It|This|That|Who|What)\\b)((?:Dr\\.? |Doctor )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:'s| is) (now |also )?my (new |current )?(${ONE_OF_EACH})\\b`,
  'g',
);
// "Weber is back early from Boston and is my supervisor again": the one named first in the sentence is the one
// who "is my supervisor" (looked for within 60 characters: a text of many names reads in linear time).
const NAMED_AND_MINE = new RegExp(
  `\\b((?:Dr\\.? |Doctor |Prof\\.? )?(?!(?:She|He|They|It|This|That|Who|What)\\b)[A-Z][a-z]+)\\b([^.!?;,]{0,60}?) and (?:is|'s) (now |also )?my (new |current )?(${ONE_OF_EACH})\\b`,
  'g',
);
// "saw Dr. Olfert today, she's my doctor now": the doctor named earlier in the sentence is the one the pronoun is.
const NAMED_THEN_MINE = new RegExp(
  `\\b(?:Dr\\.? |Doctor )([A-Z][a-z]+)\\b([^.!?]*?)\\b(?:she|he|they)(?:'s| is| are) (?:now |also )?my (?:new )?(${CARERS})\\b`,
  'g',
);
// "Who is my dentist?" asks about the user's dentist, as "My dentist is Dr. Choi" tells it.
const WHO_IS_MY_CARER = new RegExp(`\\b[Ww]ho(?:'s| is) my (${ONE_OF_EACH})\\b`, 'g');

/** "I see the boss ", "I now see the dentist ", "I see the new barber ": "now" and "new" kept as the change they say. */
// "I have a new doctor now, Dr. Patel", "got a new dentist, Dr Shah": a new one of those who do a job for the user, named.
const HAVE_A_NEW_CARER = new RegExp(`\\b(?:I (?:have|'ve got|got)|[Gg]ot) a new (${ONE_OF_EACH})( now)?,? ${NAME_AHEAD}`, 'g');

function seeing(role: string, now: boolean, fresh: boolean): string {
  return `I ${now ? 'now ' : ''}see the ${fresh ? 'new ' : ''}${ROLE_NAMES[role] ?? role} `;
}

const CARERS_FOR: Readonly<Record<string, string>> = { teeth: 'dentist', eyes: 'eye doctor', skin: 'dermatologist' };
const SEEN_FOR = /\b(?:go to|see) ((?:Dr\.? |Doctor )?[A-Z][\w'-]+) for my (teeth|eyes|skin)\b/g;

// "my ex lives in Rome" is about a former partner, as "my ex-wife" is about a former wife: not the user.
const EX_ALONE = /\b(my|her|his|our) ex\b(?![-\s]+(?:wife|husband|boyfriend|girlfriend|partner|fianc))/gi;

const TIME = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)\b/g;
const SHORT_YEAR = /(?<![\w'])'(\d{2})\b/g;
const ORDINAL = /\b(\d+)(?:st|nd|rd|th)\b/g;
const ORDINAL_SHIFT = /\b([123])(?:st|nd|rd)\s+shift\b/g;
const SHIFT_NAMES: Readonly<Record<string, string>> = { '1': 'first', '2': 'second', '3': 'third' };

/** "Inês", "Lucía", "Élodie" as "Ines", "Lucia", "Elodie": the rules read ASCII letters, and an accent split a name in two. */
export function withoutAccents(text: string): string {
  return /[\u0080-\uffff]/.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFKC') : text;
}

// "₹32,000", "Rs. 32,000", "R12,800", "₦450,000": sums in rupees, rand, naira and the like. The rules read money by the
// signs $, £ and €; which currency a sum is in never decides a pair, so each of these is read as "$".
// (Ringgit "RM3,200", rupiah "Rp 50,000" and Kenyan shillings "Ksh 25,000" too.)
// Naira typed "N450,000", "N1.8 million", "N4.5m" (a capital N and a sum of three digits or more, or in millions:
// not "N95").
const OTHER_CURRENCY =
  /(?:[₹₦₱₩¥₺₪₫₴₽₵฿]\s?|\bRs\.?\s?|\bRM\s?|\bRp\.?\s?|\bK[Ss]h\.?\s?|\bKES\s?|\bR|\bN)(?=\d{1,3},\d{3}|\d{3}|\d+(?:\.\d+)?\s?(?:m|million|k)\b)/g;
const HAS_OTHER_CURRENCY = /[₹₦₱₩¥₺₪₫₴₽₵฿]|\b(?:Rs?|RM|Rp|K[Ss]h|KES|N)\.?\s?\d/;

/** `text` with the signs of other currencies read as "$" ("rent's gone up, it's R12,800" as "… $12,800"). */
export function withCurrencySigns(text: string): string {
  const signFirst = HAS_SIGN_AFTER.test(text) ? text.replace(SIGN_AFTER, signBefore) : text;
  const signed = HAS_OTHER_CURRENCY.test(signFirst) ? signFirst.replace(OTHER_CURRENCY, '$') : signFirst;
  const millions = HAS_MILLION.test(signed) ? signed.replace(MILLION, '$1m') : signed;
  return HAS_NAMED_CURRENCY.test(millions) ? millions.replace(NAMED_CURRENCY, namedAsSign) : millions;
}

// "1650 quid", "40 bucks", "300 euros": a sum named by its currency after it, read with the sign ("£1650"). Not
// "pounds", which weigh as often as they pay.
const HAS_NAMED_CURRENCY = /\d\s?(?:quid|bucks|dollars|euros)\b/i;
const NAMED_CURRENCY = /(?<![$£€\d.,])(\d[\d,]*(?:\.\d+)?k?)\s?(quid|bucks|dollars|euros)\b/gi;
const namedAsSign = (_match: string, sum: string, currency: string): string =>
  `${/^quid$/i.test(currency) ? '£' : /^euros$/i.test(currency) ? '€' : '$'}${sum}`;

// "$1.8 million", "₦2.1 mn": a sum in millions, written as "$1.8m" is.
const HAS_MILLION = /\d\s?(?:million|mil|mn)\b/i;
const MILLION = /([$£€]\d+(?:\.\d+)?)\s?(?:million|mil|mn)\b/gi;

// "rent is 1225$ now", "I owe 12 500$", "1.400 €": the sign written after the sum, as in Quebec and much of Europe.
const HAS_SIGN_AFTER = /\d\s?[$€£]/;
const SIGN_AFTER = /(?<![\w$£€.,])(\d{1,3}(?:[ .,]\d{3})+|\d+)(?:,(\d{2}))?\s?([$€£])(?![\w$£€])/g;

function signBefore(_match: string, whole: string, cents: string | undefined, sign: string): string {
  return `${sign}${whole.replace(/[ .,](?=\d{3}\b)/g, ',')}${cents === undefined ? '' : `.${cents}`}`;
}

// "resigned from Flipkart today, last working day 30th April": when a job ends, no workplace.
const LAST_WORKING_DAY = /\blast working day\b/gi;
// "a beagle called Bruno" is "a beagle named Bruno": one way of giving a name, so the two read as one fact. Only after
// a thing named ("I called Mum", "we called Dr Lee", "it's called Brightline" are left).
const CALLED_A_NAME =
  /(?<=\b[a-z]{3,}\s)(?<!\b(?:you|she|they|just|had|have|has|never|always|also|then|finally|and|who|was|were|are|is|been|not|only|once)\s)called(?=\s+[A-Z][a-z])/g;

// "I'm pure veg, never eaten meat": Indian English for vegetarian ("more veg" alone is vegetables).
const PURE_VEG = /\b(?:pure|strict|full|complete) veg\b/gi;
// "got a raise, 92k now", "Got a raise! I'm at $104k now": the salary it raised, read as "got a raise to 92k".
const RAISE_THEN_AMOUNT =
  /\b(got|get|getting|gotten)\s+(?:a\s+|my\s+)?(?:pay\s+)?raise\b[\s,!.:;-]*(?:(?:i'?m|im)\s+(?:now\s+)?at\s+|now\s+|to\s+)?([$£€]?\d{2,3}k)\b/gi;

// "got like $85 for the pile", "a power cut for like six hours": "like" that only hedges an amount says no liking.
const HEDGED_AMOUNT =
  /\blike\s+(?=[$£€]\s?\d|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred)\s*(?:k\b|hours?|minutes?|mins?|days?|weeks?|months?|years?|miles?|km|pounds?|dollars?|quid|bucks|times|grand|%|percent|litres?|liters?|gallons?|kg|kilos?|bags?|bottles?|packs?|cups?))/gi;

// "Jana has birthday on June 3rd", "I have my birthday in May": when the birthday is, as "Jana's birthday is on" says it.
const HAS_BIRTHDAY_ON = /\b(?:has|have) (?:a |her |his |their |my |our )?birthday (on|in)\b/gi;

// "Dad's co-careldopa is up to 200mg", "rent's up to £900": a thing that "is up to" an amount went up to it ("up to
// three times a day" alone is a limit, and stays).
const IS_UP_TO_AMOUNT = /\b(is|are|am|was|were|'s|'m|'re) up to (?=[$£€₹]?\s?\d)/gi;
// "the grandkids call me Babcia", "they call me Babcia", "my dad calls me Princess": a name some call one, not the name one
// goes by ("everybody calls me Hala", "everyone at the gym calls me Tank", "you can call me Jo").
// Matches nothing: a pattern skipped when a cheap look finds none of its words.
const NOTHING = /(?!)/g;
const SOME_CALL_ME =
  /(?<!\b(?:everybody|everyone|people|friends|folks|all)\b[^,.;!?]*)\b(?!(?:everybody|everyone|people|friends|folks|all|most|can|could|may|just|please|pls|you|u|ya|yall)\b)([a-z]+)\s+(calls?)\s+me\b/g;
const BE_WRITTEN_SHORT: Readonly<Record<string, string>> = { "'s": ' is', "'m": ' am', "'re": ' are' };

const ONE_WORD_HYPHENED = /\b(co|x|t|e)-(op|ops|ray|rays|shirt|shirts|mail|mails|bike|bikes|scooter|scooters)\b/gi;

/**
 * Lower-cases, expands contractions, turns number words, ordinals, clock times and day-month dates
 * into canonical tokens, stems every word, rewrites common paraphrases to one form and splits clauses.
 * Pure and deterministic.
 */
export function normalizeText(text: string): NormalizedText {
  let value = withoutAccents(pidginInEnglish(text))
    // Typed on a phone, "brother’s" has a curly apostrophe: the rewrites below read the straight one.
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    // "the co-op", "an x-ray", "a t-shirt": one word, whose halves are no words in common with another statement.
    .replace(ONE_WORD_HYPHENED, (_match, first: string, second: string) => `${first}${second}`)
    .replace(HAS_BIRTHDAY_ON, 'birthday is $1')
    .replace(IS_UP_TO_AMOUNT, (_match, be: string) => `${BE_WRITTEN_SHORT[be] ?? be} gone up to `)
    .replace(/\bcalls? me\b/i.test(text) ? SOME_CALL_ME : NOTHING, '$1 nickname me')
    .replace(RAISE_THEN_AMOUNT, '$1 a raise to $2')
    .replace(DAY_OFF, 'dayoff')
    .replace(WEEKDAYS_OFF, '$1 dayoff')
    .replace(
      ON_SHIFT,
      (_match, verb: string, shift: string) => `${verb} ${shift.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y')}shifts`,
    )
    .replace(PURE_VEG, 'vegetarian')
    .replace(LAST_WORKING_DAY, 'last day')
    .replace(CALLED_A_NAME, 'named')
    .replace(IS_IN_A_PLACE, '$1 lives in ')
    .replace(SHIFTED_TO, 'moved $1 ')
    .replace(EVENT_SHIFT, '$1 moved $2 ')
    .replace(JOINED_AS, 'joined work at ')
    .replace(IS_MY_TEAM, 'I support $1')
    .replace(MY_TEAM_IS, 'I support ')
    .replace(LIVES_UP_IN, '$1 $2')
    .replace(MOVED_UP_TO, '$1 $2')
    .replace(NOW_IN_A_PLACE, (match, ...who: (string | undefined)[]) =>
      MOVED_HOUSE.test(text) ? `${who.find((word) => word !== undefined && /^(?:i|we)$/i.test(word)) ?? 'we'} live in ` : match,
    )
    .replace(SHORT_DAYS_RUN, (run) => run.replace(/[a-z]+/gi, (day) => DAY_NAMES[day.slice(0, 3).toLowerCase()] ?? day))
    .replace(SHORT_DAY_IN_CONTEXT, (_match, after?: string, before?: string) => DAY_NAMES[(after ?? before)!.slice(0, 3).toLowerCase()]!)
    .replace(DROPPED_G, '$1ing')
    .replace(INTERSTATE, 'interstate $1')
    .replace(PHONE_NUMBER, 'phonenumber$1')
    .replace(STAYING_IN, 'living $1 ')
    .replace(STAYS_IN, (_match, stay: string, where: string) => `${stay === 'stay' || stay === 'Stay' ? 'live' : 'lives'} ${where} `)
    .replace(HAVE_A_NEW_CARER, (_match, role: string, now?: string) => seeing(role, now !== undefined, true))
    .replace(MY_CARER_IS, (_match, fresh?: string, role?: string, now?: string) =>
      seeing(role!, now?.startsWith('now') === true, fresh === 'new '),
    )
    .replace(NAMED_THEN_MINE, 'Dr $1$2I see the $3 $1')
    .replace(
      NAMED_AND_MINE,
      (_match, name: string, between: string, now?: string, fresh?: string, role?: string) =>
        `${name}${between} and ${seeing(role!, now === 'now ', fresh === 'new ')}${name}`,
    )
    .replace(
      CARER_IS_MINE,
      (_match, name: string, now?: string, fresh?: string, role?: string) => `${seeing(role!, now === 'now ', fresh === 'new ')}${name}`,
    )
    .replace(WHO_IS_MY_CARER, (_match, role: string) => `who do I see as the ${ROLE_NAMES[role] ?? role}`)
    .replace(PLACE_IS_HOME, '$1I live in $2')
    .replace(THE_RENT, '$1my rent')
    .replace(EX_ALONE, '$1 ex partner')
    .replace(BLOOD_TYPE, (match, group: string, sign: string) =>
      /blood/i.test(text) ? `blood${group.toLowerCase()}${/^(?:n|-)/i.test(sign) ? 'neg' : 'pos'}` : match,
    )
    .replace(SEEN_FOR, (_match, name: string, part: string) => `see the ${CARERS_FOR[part.toLowerCase()] ?? 'doctor'} ${name}`)
    .replace(HEDGED_AMOUNT, '')
    .toLowerCase()
    // "Dr. Choi", "St. Paul": a title's full stop ends no clause.
    .replace(/\b(dr|mr|mrs|ms|st|prof)\./g, '$1');
  // Passes that cannot match are skipped: most texts hold no apostrophe, and many no digit.
  const apostrophe = value.includes("'");
  for (const [pattern, replacement, needsApostrophe] of CONTRACTION_PASSES)
    if (apostrophe || !needsApostrophe) value = value.replace(pattern, replacement);
  value = value.replaceAll(DECIMAL_MARK, ' ');
  if (/\d/.test(value)) {
    value = value.replace(TIME, (_match, hour: string, _minutes: string | undefined, half: string) => {
      const clock = (Number(hour) % 12) + (half === 'pm' ? 12 : 0);
      return ` t${clock} `;
    });
    // "works 2nd shift", "switched to 1st shift": which shift, a value, not a day of the month.
    value = value.replace(ORDINAL_SHIFT, (_match, nth: string) => `${SHIFT_NAMES[nth] ?? nth}shift`);
    value = value.replace(ORDINAL, '$1');
    // "a silver '14 civic": a model year written short is the year ("'98" is 1998).
    value = value.replace(SHORT_YEAR, (_match, year: string) => `${Number(year) <= 40 ? '20' : '19'}${year}`);
    // "$1,920" is one number, not a clause break.
    value = value.replace(/(\d),(\d{3})\b/g, '$1$2');
    // "ramipril 2.5mg", "HbA1c down to 5.6", ".68 cpm": a decimal point is part of its number, not a full stop.
    value = value.replace(/(?<![\d.])\.(?=\d)/g, '0.').replace(/(?<=\d)\.(?=\d)/g, DECIMAL_MARK);
    // "20 mg", "2.5 milligrams": a dose written apart is the dose written "20mg".
    value = value.replace(
      /(\d) ?(?:(mg|mcg|ml|iu)|(milligram|microgram)s?)\b/g,
      (_match, digit: string, unit?: string, word?: string) => `${digit}${unit ?? (word === 'milligram' ? 'mg' : 'mcg')}`,
    );
    // "I hit the gym 3x a week": so many times.
    value = value.replace(/\b(\d+)x(?= (?:a|per|every) )/g, '$1 times');
    // "450 euros" is the sum "€450" is (the sign is dropped as punctuation). Not "pounds": one's weight too.
    value = value.replace(
      /\b(\d+(?:\.\d+)?k?)\s?(?:euros?|eur|dollars?|usd|gbp|quid|bucks|rupees?|inr|yen|jpy|francs?|chf|aud|cad|nzd|reais|brl|bob|ksh|kes|shillings?|naira|cedis?|rand|pesos?)\b/g,
      '$1',
    );
  }
  // Typed on a phone: "mon n wed", "biscuit goes everywhere w me", "w/ 6 friends".
  value = value.replace(SHORT_AND, ' and ').replace(SHORT_WITH, ' with ');
  value = value
    .replace(/[,;.!?:()\n\u2013\u2014]+/g, ` ${CLAUSE} `)
    .replace(/[^a-z0-9|\u00b7]+/g, ' ')
    .replaceAll(DECIMAL_MARK, '.');
  const words = numbersToDigits(value.split(' ').filter((word) => word.length > 0));
  const dated = mergeDates(dropGoBeforeGerund(words));
  const stems = applyPhrases(dated.flatMap((word) => (isToken(word) ? [word] : expandSynonym(stemWord(word)))));
  const segments = splitSegments(stems);
  const clauses = joinImpersonalSegments(segments);
  return { tokens: clauses.flat(), clauses, segments };
}

function isToken(word: string): boolean {
  return word === CLAUSE || /^\d/.test(word) || /^[tdm]\d/.test(word);
}

// "atorvastatin", "rosuvastatin": each is a statin, as "quit the statin" or "my statins" call it.
export const A_STATIN = /^[a-z]{3,}statin$/;

function expandSynonym(stem: string): readonly string[] {
  return SYNONYMS.get(stem) ?? (A_STATIN.test(stem) ? [stem, 'statin'] : [stem]);
}

/** "forty two" -> "42", "third" -> "3", "one son" -> "a son" (one of a thing reads as the article). */
function numbersToDigits(words: string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const tens = TENS_WORDS[word];
    if (tens !== undefined) {
      const unit = NUMBER_WORDS[words[index + 1] ?? ''];
      if (unit !== undefined && unit > 0 && unit < 10) {
        out.push(String(tens + unit));
        index++;
      } else out.push(String(tens));
      continue;
    }
    const times = TIMES_WORDS[word];
    if (times !== undefined) {
      out.push(String(times), 'times');
      continue;
    }
    const number = NUMBER_WORDS[word];
    if (number === undefined) {
      out.push(word);
      continue;
    }
    const next = words[index + 1];
    // "a Corolla Cross, the silver one": "one" after "the" and a word that describes stands for the thing, no number.
    if (
      word === 'one' &&
      (words[index - 2] === 'the' || words[index - 2] === 'a') &&
      !/^\d/.test(words[index - 1] ?? '') &&
      NUMBER_WORDS[words[index - 1] ?? ''] === undefined
    )
      continue;
    if (word === 'one' && next !== undefined && next !== CLAUSE && !/^\d/.test(next) && NUMBER_WORDS[next] === undefined) out.push('a');
    else if ((word === 'first' || word === 'second') && next === 'name') out.push(word);
    else out.push(String(number));
  }
  return out;
}

/** "go running" reads "running": the activity, not the going. */
function dropGoBeforeGerund(words: string[]): string[] {
  return words.filter((word, index) => !(['go', 'goes', 'went', 'going'].includes(word) && /ing$/.test(words[index + 1] ?? '')));
}

/** "March 3" and "3 March" both become "d03-03"; a month alone stays a word. */
function mergeDates(words: string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const next = words[index + 1] ?? '';
    const month = MONTHS[word];
    const nextMonth = MONTHS[next];
    if (month !== undefined && isDay(next)) {
      out.push(dateToken(month, next));
      index++;
    } else if (isDay(word) && nextMonth !== undefined) {
      out.push(dateToken(nextMonth, word));
      index++;
    } else if (isDay(word) && next === 'of' && MONTHS[words[index + 2] ?? ''] !== undefined) {
      out.push(dateToken(MONTHS[words[index + 2]!]!, word));
      index += 2;
    } else out.push(month !== undefined && word.length > 3 ? `m${String(month).padStart(2, '0')}` : word);
  }
  return out;
}

function isDay(word: string): boolean {
  return /^\d{1,2}$/.test(word) && Number(word) >= 1 && Number(word) <= 31;
}

function dateToken(month: number, day: string): string {
  return `d${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function applyPhrases(stems: string[]): string[] {
  const out: string[] = [];
  let index = 0;
  outer: while (index < stems.length) {
    for (const [phrase, replacement] of PHRASES_BY_FIRST_STEM.get(stems[index]!) ?? []) {
      if (phrase.every((stem, offset) => stems[index + offset] === stem)) {
        out.push(...replacement);
        index += phrase.length;
        continue outer;
      }
    }
    out.push(stems[index]!);
    index++;
  }
  return out;
}

const CLAUSE_STARTERS: ReadonlySet<string> = new Set(['i', 'we', 'now', 'my', 'our', 'then', 'thes', 'nowaday']);
const PERSONAL: ReadonlySet<string> = new Set(['i', 'we', 'my', 'our', 'me', 'us']);

/** Splits at punctuation and at "and/but/so" that start a new clause ("..., so now I have a car"). */
function splitSegments(stems: string[]): string[][] {
  const segments: string[][] = [[]];
  for (let index = 0; index < stems.length; index++) {
    const stem = stems[index]!;
    const next = stems[index + 1] ?? '';
    if (stem === CLAUSE || (['and', 'but', 'so'].includes(stem) && CLAUSE_STARTERS.has(next))) {
      segments.push([]);
      continue;
    }
    segments[segments.length - 1]!.push(stem);
  }
  return segments.filter((segment) => segment.length > 0);
}

/** A segment with no person in it belongs to the clause before: "Shibuya, Tokyo" stays one clause. */
function joinImpersonalSegments(segments: readonly string[][]): string[][] {
  const clauses: string[][] = [];
  for (const segment of segments) {
    const previous = clauses[clauses.length - 1];
    if (previous !== undefined && !segment.some((stem) => PERSONAL.has(stem))) previous.push(...segment);
    else clauses.push([...segment]);
  }
  return clauses;
}
