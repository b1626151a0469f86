import { aaveInEnglish } from './aave-in-english';
import { afterDoingInEnglish } from './after-doing';
import { PAST_OF_BARE_VERB, pastOf } from './past-of-bare-verb';
import { spanishInEnglish } from './spanish-in-english';
import { swahiliInEnglish } from './swahili-in-english';
import { urduInEnglish } from './urdu-in-english';

// Kin words from Spanish, Portuguese, French, Italian, German, Polish, Tagalog, Hindi, Tamil, Urdu, Japanese, Korean, Vietnamese, isiZulu and Afrikaans that people mix into English ("my mamá lives in Sevilla", "my
// novio Javier"), read as the English word, so whom a statement is about is read as in English. Only words that
// are no English word or common name: "mama" and "papa" are left (also titles), "mamá" and "papá" are not.
const IN_ENGLISH: Readonly<Record<string, string>> = {
  mamá: 'mum',
  // Cuban and Puerto Rican English "mami's metformin", "papi's truck".
  mami: 'mum',
  papi: 'dad',
  // Quebec French ("ma mère Lise", "mon frère", "ma nouvelle coloc is Jade").
  mère: 'mum',
  père: 'dad',
  frère: 'brother',
  sœur: 'sister',
  soeur: 'sister',
  coloc: 'roommate',
  nouvelle: 'new',
  nouveau: 'new',
  // South African "my laaitie Keshav is 14": the son.
  laaitie: 'son',
  papá: 'dad',
  mãe: 'mum',
  maman: 'mum',
  novio: 'boyfriend',
  novia: 'girlfriend',
  namorado: 'boyfriend',
  namorada: 'girlfriend',
  marido: 'husband',
  esposo: 'husband',
  esposa: 'wife',
  hermano: 'brother',
  hermana: 'sister',
  irmão: 'brother',
  irmã: 'sister',
  abuela: 'grandma',
  abuelo: 'grandpa',
  avó: 'grandma',
  avô: 'grandpa',
  hijo: 'son',
  hija: 'daughter',
  filho: 'son',
  filha: 'daughter',
  tía: 'aunt',
  tío: 'uncle',
  // A child's godparent, and so a close friend ("mi compadre Javi lives in Tolleson").
  compadre: 'friend',
  comadre: 'friend',
  // Vietnamese, written with its marks ("má" alone; "ma" is Scots for "my").
  má: 'mum',
  mẹ: 'mum',
  bố: 'dad',
  // isiZulu and Afrikaans.
  umama: 'mum',
  ubaba: 'dad',
  ugogo: 'grandma',
  gogo: 'grandma',
  ouma: 'grandma',
  oupa: 'grandpa',
  // Grandparents, the kin most often called by the family's own word ("jiichan turned 93 today!").
  abuelita: 'grandma',
  abuelito: 'grandpa',
  nonna: 'grandma',
  nonno: 'grandpa',
  oma: 'grandma',
  opa: 'grandpa',
  babcia: 'grandma',
  dziadek: 'grandpa',
  // Polish ("my żona is Kasia", "syn Kuba is 12"; "syn" alone is no English word).
  żona: 'wife',
  mąż: 'husband',
  syn: 'son',
  córka: 'daughter',
  lolo: 'grandpa',
  nani: 'grandma',
  dadi: 'grandma',
  baachan: 'grandma',
  obaachan: 'grandma',
  jiichan: 'grandpa',
  ojiichan: 'grandpa',
  halmeoni: 'grandma',
  harabeoji: 'grandpa',
  // Tagalog parents.
  nanay: 'mum',
  tatay: 'dad',
  // Jamaican ("mi madda still live in Kingston", "mi bredda Clive").
  madda: 'mum',
  mada: 'mum',
  puppa: 'dad',
  mudda: 'mum',
  bredda: 'brother',
  breddah: 'brother',
  sistah: 'sister',
  pickney: 'children',
  // Hindi and Marathi elder siblings ("my didi Priya lives in Bangalore"); "bhai" alone is also "mate".
  didi: 'sister',
  bhaiya: 'brother',
  bhaiyya: 'brother',
  // Tamil, Telugu, Kannada and Malayalam parents, an elder sister and grandparents ("Appa's metformin was increased",
  // "Amma and Appa are staying in Chennai"); Urdu parents.
  appa: 'dad',
  amma: 'mum',
  // Korean "my omma and appa still live in Busan" (appa is the same word as the Tamil one above).
  omma: 'mum',
  eomma: 'mum',
  umma: 'mum',
  akka: 'sister',
  thatha: 'grandpa',
  paati: 'grandma',
  ammi: 'mum',
  abbu: 'dad',
  // Welsh, Irish and northern English "mam"; Welsh grandparents ("Mam-gu is 91 this week").
  mam: 'mum',
  // Trinidad and Caribbean "mammy".
  mammy: 'mum',
  'mam-gu': 'grandma',
  mamgu: 'grandma',
  'dad-cu': 'grandpa',
  'tad-cu': 'grandpa',
  nain: 'grandma',
  taid: 'grandpa',
};
// "my bro Kelvin stays in Jurong West" is the brother; "bro I'm at Flipkart only" only calls the listener so.
const OWNED_BRO = /\b(my|our|his|her|their|your|ur|me|ma)\s+bro\b/gi;

const KIN_WORD = new RegExp(`(?<!\\p{L})(${Object.keys(IN_ENGLISH).join('|')})(?!\\p{L})`, 'giu');

// "Me daughter Sheila lives in Fort McMurray", "me dog Skipper": in Newfoundland, Irish, Scots and northern English,
// "me" before kin, a pet or a thing one has is "my". Not after a verb whose object it is ("tell me son to call").
// Scots "ma" too ("Ma daughter Fiona stays in Aberdeen"); "my ma" (mum) is left, as no kin word follows.
const ME_AS_MY =
  /(?<!\b(?:give|gave|giving|tell|told|telling|show|showed|send|sent|bring|brought|buy|bought|get|got|call|called|ask|asked|let|make|made|pay|paid|lend|lent|teach|taught|introduced|leave|left|help|helped)\s)\b([Mm])[ea](?=\s+(?:daughters?|sons?|sisters?|brothers?|wife|husband|missus|mother|father|mom|mum|mam|dad|da|nan|nanny|gran|granny|grandson|granddaughter|grandkids|grandchildren|kids|children|youngsters|cousin|aunt|uncle|niece|nephew|neighbou?r|buddy|friend|dog|cat|pup|puppy|boat|truck|car|house|heart|doctor|gp|birthday|back|knee|hip|wife|man|pal|grandweans|weans|dug|dog|flat|chest|best|big|little|baby|name|pay|rent|mate|mates|job|diabetic|review|season)\b)/g;

// Scots "ma" in lower case before any word is "my" ("ma ramipril's went up tae 10mg", "ma BP pills", "ma man is Tam"):
// not after an owner ("my ma", "yer ma": the mother) nor before "'s" ("ma's coming over").
// Quebec French: "mon chum" is the boyfriend, "ma blonde" the girlfriend, "mon" before a word "my" ("mon char").
const QUEBEC_PARTNER = /\b([Mm])(?:on chum|a blonde)\b/g;
const MON_AS_MY = /\b([Mm])on(?=\s+[a-zà-ÿ])/g;
// "mon chum Steve pis moi we play hockey", "me pis Alexis": Quebec "pis" is "and", "moi" after it "I".
const PIS_MOI = /\bpis moi\b/gi;
const PIS = /(?<=\s)pis(?=\s)/gi;
// Scots "ma man" is the husband ("ma man is Tam, he drives a taxi").
const MA_MAN = /\b[Mm]a man\b/g;
// Boston, Irish and Scots "ma lives in Wollaston", "Ma's 70": "ma" alone before what one does or is, is the mother.
const MA_DOES =
  /(?<!\b(?:my|your|yer|his|her|our|their|the|me|oor|wor)\s+)\b[Mm]a(?=\s+(?:lives|lived|works|worked|is|was|has|had|got|moved|died|passed|says|said|turned|turns|takes|took|stays|stayed|went|goes|still|just)\b|['’]s\s)/g;
const MA_AS_MY = /(?<!\b(?:my|your|yer|his|her|our|their|the|me|oor|wor)\s+)\bma(?=\s+[a-z])/g;

// Scots words that hold the meaning a statement turns on: "I've moved tae a flat in Baillieston", "I've gied up the
// bowling", "I cannae take it", "the dug", "the weans".
const SCOTS: Readonly<Record<string, string>> = {
  tae: 'to',
  fae: 'from',
  wi: 'with',
  gied: 'gave',
  cannae: 'cannot',
  wean: 'child',
  weans: 'children',
  oot: 'out',
  nae: 'no',
  noo: 'now',
  doon: 'down',
  aff: 'off',
  intae: 'into',
  dae: 'do',
  daein: 'doing',
  whit: 'what',
  hame: 'home',
  couldnae: 'could not',
  didnae: 'did not',
  wouldnae: 'would not',
  isnae: 'is not',
  wasnae: 'was not',
  disnae: 'does not',
  dinnae: 'do not',
  willnae: 'will not',
  aboot: 'about',
  hoose: 'house',
  ower: 'over',
  frae: 'from',
  efter: 'after',
  gaun: 'going',
  auld: 'old',
  bairn: 'child',
  bairns: 'children',
  mair: 'more',
  twa: 'two',
  bide: 'live',
  bides: 'lives',
  bidin: 'living',
  // Geordie: "wor Davey's moved to Blyth", "divvent gan to Benidorm anymore", "we've moved hyem".
  wor: 'our',
  divvent: "don't",
  gan: 'go',
  gannin: 'going',
  hyem: 'home',
  neet: 'night',
  nivver: 'never',
  knaa: 'know',
  telt: 'told',
  roond: 'round',
  owt: 'anything',
  nowt: 'nothing',
  // Glaswegian: "Selt the Astra", "We've flitted!", "hud a season ticket".
  selt: 'sold',
  flitted: 'moved',
  flit: 'move',
  hud: 'had',
  wis: 'was',
};
// Northern English "wor lass", "our lass", "me lass": the speaker's wife ("his lass" is anyone's girlfriend).
const LASS_AS_WIFE = /\b(?:wor|our|me|my)\s+lass\b/gi;
const HAS_LASS = /\blass\b/i;
// Northern English "our Gary", "wor Liam" inside a statement ("my best mate's our Gary from next door"): the name is
// whom it speaks of. (One that opens a statement is read by `analyzeStatement`, which tells "our Toyota" apart.)
const OUR_NAMED = /(?<=\p{L}[\s,]+)our\s+(?=\p{Lu}\p{Ll}+(?:['’]s\b|\s+(?:and|an|from)\b))/gu;
// "the old man lives at the rest home in Gore": one's father (New Zealand, Australian, British and Irish English).
const OLD_MAN = /\b(?:the|my|me|our)\s+old\s+man\b/gi;
// Glaswegian "Ah take 10mg o the amlodipine": "Ah" before a verb is "I", and "o" between words is "of".
const AH_AS_I =
  /\b[Aa]h(?=['’](?:ve|m|ll|d)\b|\s+(?:take|live|stay|have|had|am|was|got|get|work|worked|drive|sold|bought|go|went|need|want|think|hink|used|don't|didnae|cannae|cannot|did not|do not)\b)/g;
const O_AS_OF = /(?<=\w)\s+o\s+(?=the\s|ma\s|my\s|\d)/g;
// "baby brother" (or sister): the youngest, a little brother.
const BABY_KIN = /\bbaby (brother|sister)\b/gi;
// "Davey's my big brother, he's 56, lives in Low Fell", "Tommo is my best friend, ...": one named, then who they are to
// the user, then more of them: read as "my big brother Davey, he's 56, ...", so what follows is of that kin.
const NAMED_THEN_KIN =
  /^(\W*)(?:our\s+)?(\p{Lu}\p{Ll}+)(?:['’]s| is) (my (?:(?:big|little|older|younger|eldest|youngest|baby) )?(?:brother|sister|son|daughter|cousin|uncle|aunt|auntie|nephew|niece|grandson|granddaughter))(?=,| and )/u;
// Trinidad and Caribbean English: "mih cousin Andre" (my), "de fare" (the), "she doh work there" (don't).
const CREOLE_WORD = /(?<![\p{L}'])(?:mih|doh)(?![\p{L}'])|(?<![\p{L}'])de(?= [a-z])/gu;
const CREOLE: Readonly<Record<string, string>> = { mih: 'my', doh: "don't", de: 'the' };
const HAS_CREOLE = /\b(?:mih|doh|de)\b/;
const HAS_AGAIN = /\bagain\b/i;
// "Bobby Ray don't work at Tractor Supply no more", "Quan dont make my beats no more": "no more" after a denial is
// "anymore".
const NOT_NO_MORE = /\b(don't|dont|doesn't|doesnt|ain't|aint|didn't|didnt|can't|cant|won't|wont|never)\b([^.,;!?]{1,40}?)\s+no more\b/gi;
const HAS_NO_MORE = /\bno more\b/i;
// "he doh drive de maxi again", "she don't work there again": "again" after a denial is "anymore".
const NOT_AGAIN = /\b(don't|dont|doh|cyah|can't|cannot|nuh)\b([^.,;!?]{1,40}?)\s+again\b/gi;
// "Abena birthday is 14th March", "Kamala surgery postponed to 28th march": whose birthday or appointment, written
// without "'s" (not after a title: "Dr Patel appointment").
const NAMED_OCCASION =
  /(?<!\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s)\b(?!(?:Happy|My|Her|His|Your|Our|Their|The|Next|Last|This|Big|Great|Surprise|First|Second|Joint|Belated|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Knee|Hip|Eye|Back|Heart|Dental|Cataract)\b)([A-Z][a-z]+) (birthday|bday|b-day|surgery|operation|appointment|appt)\b/g;
// "shona's no a nurse, she's a midwife", "Bonnie's a staffie cross, no a pure staffie": Scots "no" before an article is
// "not".
const NO_AS_NOT = /(\b(?:\w+['’]s|is|am|are|was|were)\s|,\s*)no\s+(?=(?:a|an|the|my|his|her|their|our)\s)/gi;
const SCOTS_WORD = new RegExp(`(?<![\\p{L}'])(${Object.keys(SCOTS).join('|')})(?![\\p{L}'])`, 'giu');
// "wi the dug": a dog, after a word that makes it a noun ("we dug the garden" is digging).
const DUG = /(?<=\b(?:the|my|ma|wee|our|his|her|a)\s)dug\b/gi;

// Taglish: "Blood type ko is O positive", "Birthday ko po is April 14": a thing named before "ko" is "my" thing, and "po"
// only makes it polite.
const KO_AS_MY = /(^|[.!?,;:]\s*)((?:[A-Za-z]+ ){0,2}?[A-Za-z]+) ko\b(?:\s+po\b)?/g;
const PO = /(?<=[a-z])\s+po\b(?=\s*(?:[,.!?]|$|\s(?:is|ay|na)\b))/gi;
// Taglish words of change: "Lumipat na ako" (moved), "Tumigil na ako" (stopped), "Binenta ko na" (sold), "Pinalitan"
// (replaced), "Hindi na ako nag-ibuprofen" (no longer), "walang change" (no change); and an English verb after "na-" or
// "nag-" done ("na-move", "na-transfer", "nag-resign"), read in English so a change word is found.
const TAGALOG_CHANGE: Readonly<Record<string, string>> = {
  // ("Lumipat na kami sa Sutton": who moved, after "na", is "we"; longer phrases first, so they are read whole.)
  'lumipat na kami': 'we moved',
  'lumipat na ako': 'I moved',
  'lumipat kami': 'we moved',
  'lumipat ako': 'I moved',
  lumipat: 'moved',
  'nakatira kami': 'we live',
  'nakatira ako': 'I live',
  nakatira: 'lives',
  // "tumigil na ako sa zumba" (I stopped zumba), "binenta ko na yung Sunny" (I sold the Sunny).
  'tumigil na ako sa': 'I stopped',
  'tumigil na ako': 'I stopped',
  'tumigil ako sa': 'I stopped',
  tumigil: 'stopped',
  'binenta ko na yung': 'I sold the',
  'binenta ko na ang': 'I sold the',
  'binenta ko na': 'I sold',
  'binenta ko': 'I sold',
  binenta: 'sold',
  ibinenta: 'sold',
  pinalitan: 'replaced',
  'hindi na': 'no longer',
  'wala na': 'no longer',
  walang: 'no',
};
const TAGALOG_CHANGE_WORD = new RegExp(`\\b(${Object.keys(TAGALOG_CHANGE).join('|')})\\b`, 'gi');
// ("Na move yung dentist appt ko": the hyphen may be left out before an English verb.)
const NA_VERB = new RegExp(`\\bnag?[- ](${Object.keys(PAST_OF_BARE_VERB).join('|')})\\b`, 'gi');
const HAS_TAGALOG_CHANGE = /\b(?:lumipat|nakatira|tumigil|i?binenta|pinalitan|hindi na|wala na|walang|namatay|nag?[- ])/i;
// "namatay na si Choco" (Choco died): read "Choco died", as one said to be gone.
const HAS_NUMBER_NA = /\d na\b/;
const NUMBER_NA = /\b(\d{1,3}) na\b(?!\s+\p{Lu})/gu;
const DIED_IN_TAGALOG = /\b[Nn]amatay(?:\s+na)?\s+si\s+([A-Z][\w-]*)/g;
// "wala na kami ni Marco" (Marco and I are over): read "I broke up with Marco" ("ni" has been read as Swahili "is").
const OVER_IN_TAGALOG = /\bwala na kami (?:ni|is) ([A-Z][\w-]*)/gi;
// "sa Mandaue", "sa Carnival Celebration": "in" (or "at", "to") before a place named.
const SA_A_PLACE = /\bsa (?=[A-Z])/g;

// "my mama stay in College Park", "mama moved in with us", "to be clear mama still in College Park": "mama" and "papa"
// after a word that makes them one's own, or before a verb, are a parent; before a name they are a title ("Mama Rosa's").
const parentWord = (word: string): string => (word.toLowerCase() === 'mama' ? 'mum' : 'dad');
const MAMA_PAPA =
  /(?<=\b(?:my|our|me|ma|his|her|their)\s+)(mama|papa)\b|(^|\W)(mama|papa)(?=\s+(?:is|was|moved|lives|stays?|got|has|had|said|says|called|turned|passed|died|just|still|finally|now|don|dey|takes?|relocated)\b|'s\b)/gi;

// "dads in a rest home in Invercargill", "mums got a new hip": "dad's" typed without its apostrophe, of kin one has
// one of, before what is said of them (so not "my sons in Leeds", who may be two).
const KIN_S_WITHOUT_APOSTROPHE =
  /(^|[.!?]\s+|\b(?:my|our|me|ma)\s+)(dad|mum|mom|mam|mother|father|nan|gran|granny|grandma|grandpa|wife|husband|missus|hubby)s(?=\s+(?:in|at|on|got|been|gone|not|still|doing|going|moving|moved|back|home|now|just|finally|having|had|birthday|bday|car|house|flat|place|new|old)\b)/gi;

// Jamaican "mi": "I" before a verb ("mi stop the gym", "mi a go"), "me" after a verb or a preposition ("dem switch mi
// to the 35", "take mi off the metformin"), else "my" ("mi madda", "mi pastor is Reverend Brown", "mi A1C").
const MI = /(\b\w+\s+)?\bmi\b(?=(\s+[\w']+)?)/gi;
const MI_AS_ME_AFTER = new Set(
  'to with for at from of give gave take took tell told switch switched put send sent call called help let make made pay paid show ask asked bring brought have has dem bless love like see'.split(
    ' ',
  ),
);
const MI_AS_I_BEFORE = new Set(
  'a am play played playing stop stopped drive drove have had go going gone get got send live lived work worked take eat like love want need feel use come see know tell think pay sell sold buy bought move moved still just never always nuh cyaan cant can did do does was will would should could haffi fi start started quit finally staying sending working living going taking doing planning thinking feeling trying getting moving learning'.split(
    ' ',
  ),
);
const HAS_MI = /\bmi\b/i;
// "Mi move to Mississauga", "mi sell di Corolla", "mi quit di aqua fit": in Patois the bare verb after "mi" tells what
// was done, read as the English past ("I moved", "I sold"), so a change word is found.
const DONE_IN_PATOIS = ['move', 'sell', 'buy', 'stop', 'switch', 'change', 'start', 'leave', 'finish', 'get', 'cancel', 'retire', 'join'];
const I_DID_IN_PATOIS = new RegExp(`\\bI (${DONE_IN_PATOIS.join('|')})\\b`, 'g');
// Patois words that carry what is said: "di Corolla" (the), "inna Brampton" (in), "pon di ward" (on), "wid Dr Singh"
// (with), "dis year" (this), "Andre deh at Carleton" (is). Only in lower case: "Di" is a name.
const PATOIS: Readonly<Record<string, string>> = { di: 'the', inna: 'in', pon: 'on', wid: 'with', dis: 'this', dat: 'that', deh: 'is' };
const PATOIS_WORD = new RegExp(`(?<![\\p{L}'])(${Object.keys(PATOIS).join('|')})(?![\\p{L}'])`, 'gu');
const HAS_PATOIS = new RegExp(`\\b(?:${Object.keys(PATOIS).join('|')})\\b`);
// "Christmas trip cancel", "Andre switch from engineering": a thing or one named, then the bare verb of an ending or a switch.
// "Andre move from Flatbush to Canarsie", "de doctor raise de amlodipine to 10mg": a doctor's or a named one's bare verb.
const HAS_BARE_CHANGE = /\b(?:cancel|switch|move|raise|increase|lower|reduce)\b/;
const BARE_CHANGE =
  /(?<=\b(?:trip|plan|plans|party|appointment|wedding|holiday|flight|class|booking|[A-Z][a-z]+)\s)(cancel|switch|move)(?=\s+from\b|\s*[,.!]|$)|(?<=\b(?:[Dd]octor|[Dd]r|GP|gp|[Nn]urse)\s)(switch|raise|increase|lower|reduce|change|move)(?=\s)/g;
// "Dem change dominoes night": Patois "dem" (they) before a bare verb of change, read "they changed".
const THEY_DID_IN_PATOIS = /\b[Dd]em\s+(change|switch|move|cancel|stop|close|raise|increase|lower|reduce)\b/g;
const HAS_DEM = /\b[Dd]em\b/;
const HAS_MAMA_PAPA = /mama|papa/i;
function miInEnglish(_match: string, before: string | undefined, after: string | undefined): string {
  const previous = before?.trim().toLowerCase();
  const next = after?.trim().toLowerCase();
  const word = previous !== undefined && MI_AS_ME_AFTER.has(previous) ? 'me' : next === undefined || MI_AS_I_BEFORE.has(next) ? 'I' : 'my';
  return `${before ?? ''}${word}`;
}

/** "mi move to" as "I moved to": the bare verb after a Patois "mi" that became "I". */
function patoisPast(text: string): string {
  return text.replace(I_DID_IN_PATOIS, (_match, verb: string) => `I ${pastOf(verb)}`);
}

// "Amma and Appa are staying in Chennai" (read "mum and dad …"), "my mom and dad live in Tulsa": the parents, as one.
const BOTH_PARENTS = /\b((?:my|our|his|her|their)\s+)?(?:mum|mom|mam|mother)\s+(?:and|&|n)?\s*(?:dad|father)(['’]s)?\b/gi;

// "the doctor bumped mum's metformin up", "switched dad's blood thinner": a parent named bare, owning what follows, is
// the user's ("my mum's"); not after another owner ("Tony's mum's", "her mum's") or an article.
const BARE_PARENT_OWNS =
  /(?<!\b(?:my|our|your|his|her|their|the|a|an|me|ma)\s+|['’]s\s+)(?<=\s)(mum|mom|mam|dad|mother|father)(?=['’]s\s+\p{L})/giu;

/** `text` with the kin words above in English ("my mamá" → "my mum", "me daughter" → "my daughter"); anything else as it was. */
export function kinWordsInEnglish(text: string): string {
  // A cheap look for the word first: the patterns try at every word of every statement read.
  const swahili = swahiliInEnglish(urduInEnglish(spanishInEnglish(aaveInEnglish(afterDoingInEnglish(text)))));
  const taglish = HAS_TAGALOG_CHANGE.test(swahili)
    ? swahili
        .replace(DIED_IN_TAGALOG, '$1 died')
        .replace(OVER_IN_TAGALOG, 'I broke up with $1')
        .replace(TAGALOG_CHANGE_WORD, (word) => TAGALOG_CHANGE[word.toLowerCase()] ?? word)
        .replace(NA_VERB, (_match, verb: string) => pastOf(verb.toLowerCase()))
        .replace(SA_A_PLACE, 'in ')
    : swahili;
  // "Joshua turned 13 na last week", "Si Angel 8 na ngayon": Tagalog "na" (already) after a number says nothing of it.
  const numbered = HAS_NUMBER_NA.test(taglish) ? taglish.replace(NUMBER_NA, '$1') : taglish;
  const withPatoisWords = HAS_PATOIS.test(numbered) ? numbered.replace(PATOIS_WORD, (word) => PATOIS[word]!) : numbered;
  const withPatois = HAS_BARE_CHANGE.test(withPatoisWords) ? withPatoisWords.replace(BARE_CHANGE, pastOf) : withPatoisWords;
  const withDem = HAS_DEM.test(withPatois)
    ? withPatois.replace(THEY_DID_IN_PATOIS, (_match, verb: string) => `they ${pastOf(verb)}`)
    : withPatois;
  const withMi = HAS_MI.test(withDem) ? patoisPast(withDem.replace(MI, miInEnglish)) : withDem;
  const withParents = HAS_MAMA_PAPA.test(withMi)
    ? withMi.replace(MAMA_PAPA, (_match, owned: string | undefined, start: string | undefined, opening: string | undefined) =>
        owned !== undefined ? parentWord(owned) : `${start}${parentWord(opening!)}`,
      )
    : withMi;
  const withCreole = HAS_CREOLE.test(withParents)
    ? withParents.replace(CREOLE_WORD, (word) => CREOLE[word.toLowerCase()] ?? word)
    : withParents;
  const withAgain = HAS_AGAIN.test(withCreole) ? withCreole.replace(NOT_AGAIN, '$1$2 anymore') : withCreole;
  const withNoMore = HAS_NO_MORE.test(withAgain) ? withAgain.replace(NOT_NO_MORE, '$1$2 anymore') : withAgain;
  const withWife = HAS_LASS.test(withNoMore) ? withNoMore.replace(LASS_AS_WIFE, 'my wife') : withNoMore;
  return withWife
    .replace(KIN_WORD, (word) => IN_ENGLISH[word.toLowerCase()] ?? word)
    .replace(OWNED_BRO, '$1 brother')
    .replace(BARE_PARENT_OWNS, 'my $1')
    .replace(
      BOTH_PARENTS,
      (_match, owner: string | undefined, owned: string | undefined) => `${owner ?? 'my '}parents${owned === undefined ? '' : "'"}`,
    )
    .replace(KIN_S_WITHOUT_APOSTROPHE, (_match, before: string, kin: string) => `${before}${kin}'s`)
    .replace(QUEBEC_PARTNER, (match, m: string) => `${m}y ${/chum$/.test(match) ? 'boyfriend' : 'girlfriend'}`)
    .replace(MON_AS_MY, '$1y')
    .replace(PIS_MOI, 'and I')
    .replace(PIS, 'and')
    .replace(MA_MAN, 'my husband')
    .replace(ME_AS_MY, (_match, m: string) => `${m}y`)
    .replace(MA_DOES, 'my mum')
    .replace(MA_AS_MY, 'my')
    .replace(SCOTS_WORD, (word) => SCOTS[word.toLowerCase()] ?? word)
    .replace(NO_AS_NOT, '$1not ')
    .replace(NAMED_OCCASION, "$1's $2")
    .replace(DUG, 'dog')
    .replace(OUR_NAMED, '')
    .replace(BABY_KIN, 'little $1')
    .replace(AH_AS_I, 'I')
    .replace(O_AS_OF, ' of ')
    .replace(OLD_MAN, 'my dad')
    .replace(NAMED_THEN_KIN, '$1$3 $2')
    .replace(KO_AS_MY, (_match, start: string, thing: string) => `${start}my ${thing.toLowerCase()}`)
    .replace(PO, '');
}
