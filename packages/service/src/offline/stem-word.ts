import { lookupTable } from '../lookup-table';

// Irregular forms a suffix stripper cannot reach, mapped to what the stripper gives the base form.
const IRREGULAR = lookupTable<string>({
  am: 'be',
  is: 'be',
  are: 'be',
  was: 'be',
  were: 'be',
  been: 'be',
  being: 'be',
  have: 'have',
  quite: 'quite',
  has: 'have',
  had: 'have',
  having: 'have',
  does: 'do',
  did: 'do',
  done: 'do',
  went: 'go',
  gone: 'go',
  goes: 'go',
  got: 'get',
  gotten: 'get',
  ran: 'run',
  grew: 'grow',
  grown: 'grow',
  bought: 'buy',
  made: 'mak',
  left: 'leav',
  took: 'tak',
  taken: 'tak',
  began: 'begin',
  begun: 'begin',
  became: 'becom',
  become: 'becom',
  children: 'child',
  kids: 'child',
  kid: 'child',
  grandchildren: 'grandchild',
  grandkids: 'grandchild',
  grandkid: 'grandchild',
  men: 'man',
  women: 'woman',
  people: 'person',
  wives: 'wif',
  knives: 'knif',
  married: 'marri',
  marry: 'marri',
  marries: 'marri',
  spoke: 'speak',
  spoken: 'speak',
  met: 'meet',
  felt: 'feel',
  thought: 'think',
  taught: 'teach',
  sold: 'sell',
  told: 'tell',
  quit: 'quit',
  quitting: 'quit',
  lost: 'los',
  won: 'win',
  wrote: 'writ',
  written: 'writ',
  drove: 'driv',
  driven: 'driv',
  ate: 'eat',
  eaten: 'eat',
  drank: 'drink',
  drunk: 'drink',
  swam: 'swim',
  // "when's my flight?" asks what "I'm flying on the 10th" says.
  flight: 'fly',
  flights: 'fly',
  flew: 'fly',
  flown: 'fly',
  slept: 'sleep',
  woke: 'wak',
  broke: 'break',
  broken: 'break',
  moms: 'mother',
  mom: 'mother',
  mum: 'mother',
  mums: 'mother',
  // "mummy's BP drug is amlodipine" is about the mother "my mum takes amlodipine" names ("mama" is left: also a title).
  mummy: 'mother',
  mommy: 'mother',
  mammy: 'mother',
  dad: 'father',
  dads: 'father',
  daddy: 'father',
  // One who does a thing is said of the doing: "I'm a smoker" / "I quit smoking". ("runner" is left: runner
  // beans, runner's knee.)
  smoker: 'smok',
  smokers: 'smok',
  drinker: 'drink',
  swimmer: 'swim',
  climber: 'climb',
  golfer: 'golf',
  skier: 'ski',
  surfer: 'surf',
  hiker: 'hik',
  jogger: 'jog',
  cyclist: 'cycl',
  knitter: 'knit',
  // Kin and friends named more than one way are one subject: "my buddy Pete" is "my friend Pete".
  buddy: 'friend',
  buddies: 'friend',
  pal: 'friend',
  mate: 'friend',
  mates: 'friend',
  bestie: 'friend',
  bff: 'friend',
  bf: 'boyfriend',
  gf: 'girlfriend',
  hubby: 'husband',
  wifey: 'wife',
  sis: 'sister',
  grandma: 'grandmother',
  granny: 'grandmother',
  nana: 'grandmother',
  abuela: 'grandmother',
  gran: 'grandmother',
  nan: 'grandmother',
  auntie: 'aunt',
  aunty: 'aunt',
  grandpa: 'grandfather',
  granddad: 'grandfather',
  grandad: 'grandfather',
  abuelo: 'grandfather',
});

const DOUBLE_CONSONANT = /([b-df-hj-kmnp-rtv-y])\1$/;

/**
 * A light suffix stripper (plural, -ing, -ed, final e): "lives", "living", "lived" and "live" all give
 * "liv", so inflections of one word meet. Not a linguistic stemmer; it only has to be consistent.
 */
export function stemWord(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length <= 3 || /\d/.test(word)) return word;
  let stem = word;
  if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('ied') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('sses')) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.endsWith('ing') && stem.length > 5) stem = undouble(stem.slice(0, -3));
  else if (stem.endsWith('ed') && stem.length > 4) stem = undouble(stem.slice(0, -2));
  if (stem.endsWith('e') && stem.length > 3 && !stem.endsWith('ee')) stem = stem.slice(0, -1);
  // "allergic" / "allergy", "German" / "Germany": adjective and noun meet.
  else if (stem.endsWith('ic') && stem.length > 5) stem = stem.slice(0, -2);
  else if (/[^aeiou]y$/.test(stem) && stem.length > 4) stem = stem.slice(0, -1);
  return stem;
}

function undouble(stem: string): string {
  return DOUBLE_CONSONANT.test(stem) ? stem.slice(0, -1) : stem;
}
