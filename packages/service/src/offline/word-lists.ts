import { lookupTable } from '../lookup-table';
import { stemWord } from './stem-word';

// Word lists shared by the offline embedder and heuristics. Written as plain words and stemmed when the
// module loads, so a change to the stemmer can never leave a list out of step with the text it reads.

const stems = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/).map(stemWord));

/**
 * Function words and fillers that say nothing about which fact a statement holds, with the particles of Tagalog ("po",
 * "na", "kasi"), Nigerian Pidgin ("abeg", "sha"), Singlish ("lah", "leh"), Cantonese ("jor", "ga", "mah") and chat ("fr",
 * "ngl") typed among English.
 */
/** Pronouns of a third person, no word a statement is about. */
export const PRONOUNS = stems('he him his she her hers they them their theirs');

export const STOP_WORDS = stems(`
  a an the i me my myself mine we us our you your be am is are was were do does did have has had
  to of in on at for with and or so but that this it its as by very really quite also too actually
  currently some any there which who what when where how will would should could about from into over
  than then up out off absolutely totally pretty truly definitely originally year years old last next ago
  recently today yesterday tomorrow week weeks month months day days every each always usually generally
  something thing things lot big used btw fyi lol tbh haha imo omg ugh
  po naman kasi yung ung lang daw pala sana talaga grabe nga ng sa na ko sya nya
  abeg sha sef lah leh lor sia meh fr ngl rn lowkey tho
  jor ga mah
`);

/** Relative time words: when something was said, not what. Dropped before the attribute rules. */
export const TIME_WORDS = stems('last next ago recently today yesterday tomorrow week weeks month months year years this');

/** The weekdays as the normaliser writes them (whole, lower case, never stemmed). */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Kind nouns that add no precision after a more specific word ("jazz music", "Italian food"). */
export const KIND_NOUNS = stems('music food foods dish dishes cuisine movie movies film films show shows genre stuff');

/**
 * Phrases that say a statement replaces an earlier one on purpose: "I moved to", "I no longer",
 * "anymore", "these days", "I switched to", "I quit", "I used to".
 */
export const CHANGE_PHRASES: readonly (readonly string[])[] = `
  moved|relocated|transferred|now|nowadays|longer|anymore|these days|switched|started|began|quit|stopped|used to|became|
  turned|got|rescheduled|postponed|changed|decided|again|bought|graduated|retired|sold|lately|
  meant|correction|sorry|oops|instead|mistake|typo|wrong|cancelled|canceled|upgraded|gave up|pushed back|
  finally|since|passed|dropped|left|joined|took up|any more|given up|giving up|update|updated|ditched|replaced|chucked|put back|brought forward|
  went up|going up|goes up|go up|went down|going down|go down|upped|increased|decreased|reduced|lowered|bumped up|cut down|cut back|down to|goodbye|farewell|raised|took me off|outgrew|outgrown|come to love|come to like|come to enjoy|came to love|came to like|grown to love|grown to like|grew to love|grew to like|learned to|learnt to|broke up|split up|separated|paid off|paid back|bumped|pushed|traded in|traded up|put me up to|put me down to|pulled out of|withdrew from|withdrawn from
`
  .split('|')
  .map((phrase) => phrase.trim().split(/\s+/).map(stemWord));

/** People and animals a statement can be about instead of the user ("my sister lives in Rome"). */
export const PEOPLE_AND_ANIMALS = stems(`
  sister brother sibling mother father parent parents wife husband spouse partner son daughter child children
  baby friend colleague coworker boss manager neighbor neighbour cousin aunt uncle grandmother grandfather
  grandma grandpa girlfriend boyfriend fiance roommate niece nephew dog cat pet family teacher doctor
  kid kids mum mom dad puppy kitten rabbit hamster parrot horse fish landlord flatmate housemate
  grandson granddaughter grandchild grandkid grandparent stepson stepdaughter stepmom stepdad stepmother
  stepfather bandmate teammate classmate sisterinlaw brotherinlaw motherinlaw fatherinlaw soninlaw daughterinlaw inlaws
  supervisor advisor adviser mentor tutor coach
`);

/**
 * Words before a kin word that make it another person than the plain one: "my old coworker" and "my
 * coworker", "my gym buddy" and "my buddy Andre", "my old college roommate" and "my roommate".
 */
export const OTHER_PERSON_QUALIFIERS = stems(`old former ex college school uni university gym work childhood`);

/** Animals: "my old dog" is the same dog grown old. */
export const ANIMALS = stems(`dog cat pet puppy kitten rabbit hamster parrot horse fish`);

/**
 * People who act on the user's own things: "my doctor changed my metformin dose", "my boss wants me to
 * learn Power BI" are about the user.
 */
export const ACT_ON_THE_USER = stems(`doctor boss manager landlord dentist vet`);

/**
 * Car makes (and a few models said alone): what one drives, gets or sells is a vehicle when it names
 * one ("got a Mazda CX-5", "drives a Prius"), and not when it is "to work" or "my kids to school".
 */
export const CAR_MAKES = stems(`
  ford toyota honda mazda volvo jeep tesla kia chevy chevrolet subaru vw volkswagen bmw audi nissan hyundai
  mercedes lexus porsche fiat peugeot renault skoda dodge gmc buick cadillac acura infiniti jaguar mitsubishi
  suzuki polestar rivian cooper prius corolla camry civic jetta
`);

/** Things a statement can call the user's car: "my car is a 2012 Ford F-150" is the vehicle one drives. */
export const CAR_WORDS = stems('car truck suv van minivan pickup');

/** Things that happen at a time and can be moved: "my dentist appointment", "the flight". (Not "booking": its stem is "book".) */
export const EVENTS = stems(`
  appointment meeting flight trip class lesson surgery operation interview party wedding concert exam
  conference checkup dentist vet deadline shift reservation review scan consultation
`);

/** Everyone and everything a statement can be about instead of the user. */
export const OTHER_ENTITIES: ReadonlySet<string> = new Set([...PEOPLE_AND_ANIMALS, ...EVENTS]);

/** Capitalised words that start a sentence or follow a kin word without being a name. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `I Im My The A An And But So He She They We It Its This That These Those There Here Our Your His Her Their Actually Just Also
  Anyway Oh Fyi Btw Quick Random Turns Well Ok Okay Yeah Yes No Hey Sorry Oops Update Correction Note Finally Still Now
  What Where Who Whom Whose When Why How Which Is Are Was Were Do Does Did Can Could Will Would Should Let Lets Please
  Thanks Today Tonight Tomorrow Yesterday Last Next Every Each Some Any Most All Both Many Much New Old Big Little Good Great
  Mum Mom Dad Mother Father Grandma Grandpa Gran Granny Nan Nana Auntie Aunt Uncle Sis Bro
  Tennis Soccer Football Basketball Baseball Hockey Golf Yoga Pilates Gym Swim Work School Class Practice Rehearsal
  Choir Church Therapy Lunch Dinner Breakfast Brunch Training Dance Piano Guitar Rent Payday Physio
  Landlord Landlady Boss Doctor Doc Vet Dentist Optician Therapist Counsellor Salary Mortgage Petrol Diesel Fuel Fees Boy Names
  Got Had Started Stopped Quit Moved Bought Sold Joined Busy Netball Rugby Cricket Volleyball Badminton Squash Bouldering Climbing
  Pension Pay Wages Savings Wedding Appointment`.split(/\s+/),
);

/** Occupations, so "I am a nurse" is read as a job title and "I am a morning person" is not. */
export const OCCUPATIONS = stems(`
  teacher doctor nurse engineer developer programmer lawyer architect student chef cook designer accountant
  photographer principal barista manager scientist researcher writer journalist artist musician pilot driver
  electrician plumber carpenter farmer dentist pharmacist consultant analyst clerk cashier waiter waitress
  professor lecturer tutor mechanic firefighter officer soldier salesman entrepreneur founder ceo cto intern
  unemployed retired freelancer librarian vet veterinarian surgeon therapist psychologist economist banker
  translator editor actor singer attendant technician illustrator paralegal bartender receptionist paramedic
  hygienist coordinator administrator supervisor specialist director producer nanny courier chemist
  biologist physician optometrist midwife recruiter auditor broker realtor strategist animator worker captain foreman
  hairdresser barber
`);

/** Relationship states a person has one of at a time. */
export const RELATIONSHIP_STATES = stems('single married divorced engaged widowed separated relationship');

/** Number words (before stemming) and their values. */
export const NUMBER_WORDS = lookupTable<number>({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
});

/** "twice" is "2 times". */
export const TIMES_WORDS = lookupTable<number>({ twice: 2, thrice: 3 });

export const TENS_WORDS = lookupTable<number>({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** When something happened, as a day ("today", "last night", "this weekend"): a regular-expression group for raw text. */
export const ON_A_DAY_PATTERN = '(?:today|tonight|yesterday|this (?:morning|afternoon|evening|weekend)|last (?:night|weekend))';
/** Verbs in the past that do not end in "-ed", as an alternation: "went|made|...". */
export const PAST_VERBS_PATTERN = 'went|made|had|saw|ate|ran|took|did|met|won|lost';

/** The full month names as a regular-expression alternation ("january|february|..."), for patterns over raw text. */
export const MONTH_NAMES_PATTERN = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** The month names and their short forms ("in feb", "end of sept"), for a regular expression that ends at a word's end. */
export const MONTH_OR_SHORT_PATTERN = `${MONTH_NAMES_PATTERN}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec`;

/** Month names and abbreviations (before stemming), 1-based. */
export const MONTHS = lookupTable<number>({
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
});

/** A first day, shift or week somewhere, told as the statement opens: "first day at Tidepool!!" (not "my first day off"). */
export const FIRST_DAY_AT = /^\W*(?:(?:my|our) )?first (?:day|shift|week) (?:at|with)\b/i;
