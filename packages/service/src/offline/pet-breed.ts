import { readOnce } from './read-once';

/** The breed a text gives a pet it names: "Bryn is a Jack Russell", "a little Westie called Bryn". */
export interface PetBreed {
  /** The pet's name, in lower case. */
  readonly name: string;
  /** The breed as written, in lower case, with its colour when one is given ("yellow lab"). */
  readonly breed: string;
}

// Dog (and cat) breeds by the names people use for them; a pet has one, and a dog's colour does not change either.
const BREEDS = [
  'jack russell',
  'west highland terrier',
  'west highland',
  'westie',
  'scottish terrier',
  'scottie',
  'border terrier',
  'cairn terrier',
  'cairn',
  'labrador',
  'lab',
  'golden retriever',
  'retriever',
  'border collie',
  'collie',
  'springer spaniel',
  'cocker spaniel',
  'spaniel',
  'terrier',
  'poodle',
  'pug',
  'beagle',
  'husky',
  'boxer',
  'dachshund',
  'sausage dog',
  'chihuahua',
  'pit bull',
  'pitbull',
  'pit',
  'german shepherd',
  'shepherd',
  'heeler',
  'kelpie',
  'huntaway',
  'greyhound',
  'whippet',
  'corgi',
  'schnauzer',
  'rottweiler',
  'doberman',
  'bulldog',
  'staffy',
  'staffie',
  'cavoodle',
  'cockapoo',
  'labradoodle',
  'goldendoodle',
  'shih tzu',
  'maltese',
  'yorkie',
  'great dane',
  'mastiff',
  'bichon',
  'cavalier',
  'catahoula',
  'blue heeler',
  'red heeler',
  'aussie',
  'australian shepherd',
  'shiba inu',
  'shiba',
  'akita',
  'samoyed',
  'malamute',
  'pomeranian',
  'havanese',
  'lurcher',
  'vizsla',
  'weimaraner',
  'bernese',
  'newfoundland',
  'saint bernard',
  'french bulldog',
  'frenchie',
  'aspin',
  'basset hound',
  'basset',
  'bloodhound',
  'redbone coonhound',
  'bluetick coonhound',
  'coonhound',
  'redbone',
  'bluetick',
  'dalmatian',
  'irish setter',
  'setter',
  'pointer',
  'bull terrier',
  'cane corso',
  'sheltie',
  'papillon',
  // Cats have breeds too.
  'british shorthair',
  'maine coon',
  'siamese',
  'ragdoll',
  'persian',
  'bengal',
  'sphynx',
].join('|');
const COLOUR = '(?:(?:yellow|black|chocolate|golden|white|brown|red|blue|grey|gray|tan|fox red|liver|tri-colou?r|merle) )';
const SIZE = '(?:(?:little|wee|big|young|old|mini|miniature|toy|rescue|rescued|ex-racing) )';
const BREED = `(${COLOUR}?(?:${BREEDS}))(?: (?:mix|cross|x))?`;

// "Bryn is a Jack Russell", "Biscuit a lab mix", "Tucker's a yellow lab": the name, then the breed.
const NAME_THEN_BREED = new RegExp(`\\b([a-z]+)(?:['’]s| is| was|,)? (?:a |an )?(?:${SIZE})?${BREED}\\b`, 'gi');
// "a little Westie called Bryn", "our lab, Tucker": the breed, then the name.
// "we got a dog, golden retriever named Mochi": after a comma too.
const BREED_THEN_NAME = new RegExp(`(?:\\b(?:a|an|my|our|the)|,) ${SIZE}?${BREED}(?:,? (?:called|named) |, )([a-z]+)\\b`, 'gi');
// "we got a dog named Biscuit, he a pit mix": the name, then the breed told of "he" or "she".
const NAMED_THEN_PRONOUN = new RegExp(
  `\\b(?:called|named) ([a-z]+)\\b[^.!?]{0,24}?\\b(?:he|she|he['’]?s|she['’]?s|he is|she is)(?: a| an)? ${SIZE}?${BREED}\\b`,
  'gi',
);
// A capitalised word that opens a sentence and names no pet ("He's a lab mix"), or a word that names a dog without its
// name ("the dog is a lab", "mine's a whippet").
const NOT_A_NAME =
  /^(?:he|she|it|they|we|i|my|our|his|her|the|a|an|this|that|and|but|so|yes|no|just|dog|dogs|puppy|pup|pet|one|mine|yours|hers|theirs|who|which|what)$/i;

/** Each pet a text gives a breed, by name; a text that gives one name two breeds is left out for that name. */
export const petBreeds: (text: string) => ReadonlyMap<string, string> = readOnce(readBreeds);

function readBreeds(text: string): Map<string, string> {
  const found = new Map<string, string>();
  // The patterns ignore case for the breed ("Westie", "lab") and for the name, typed in lower case on a phone ("a rescue
  // greyhound called biscuit"): a breed is only compared for a name both texts give one.
  const add = (name: string, breed: string) => {
    if (NOT_A_NAME.test(name)) return;
    const key = name.toLowerCase();
    found.set(key, found.has(key) && found.get(key) !== breed.toLowerCase() ? '' : breed.toLowerCase());
  };
  for (const match of text.matchAll(NAME_THEN_BREED)) add(match[1]!, match[2]!);
  for (const match of text.matchAll(BREED_THEN_NAME)) add(match[2]!, match[1]!);
  for (const match of text.matchAll(NAMED_THEN_PRONOUN)) add(match[1]!, match[2]!);
  for (const [name, breed] of found) if (breed === '') found.delete(name);
  return found;
}

// Names of one breed: "labrador" is a "lab", "pit bull" a "pit".
const SAME_BREED: Readonly<Record<string, string>> = {
  labrador: 'lab',
  'pit bull': 'pit',
  pitbull: 'pit',
  staffie: 'staffy',
  'sausage dog': 'dachshund',
  westie: 'west highland terrier',
  'west highland': 'west highland terrier',
  'scottish terrier': 'scottie',
  'cairn terrier': 'cairn',
};
const COLOUR_OF = new RegExp(`^${COLOUR}`, 'i');

/** A breed's colour, if given, and the breed by one of its names: "yellow labrador" is "yellow", "lab". */
function readBreed(written: string): { colour?: string; kind: string } {
  const colour = COLOUR_OF.exec(written)?.[0].trim();
  const kind = colour === undefined ? written : written.slice(colour.length + 1);
  return { colour, kind: SAME_BREED[kind] ?? kind };
}

/**
 * The pet both texts give a breed, with its two breeds, when they differ: another breed ("Westie" / "Jack Russell"), or
 * another colour of it ("black lab" / "yellow lab"). A breed told once with its colour and once without is one.
 */
export function anotherBreed(earlier: string, later: string): { name: string; before: string; now: string } | undefined {
  const before = petBreeds(earlier);
  if (before.size === 0) return undefined;
  for (const [name, now] of petBreeds(later)) {
    const old = before.get(name);
    if (old === undefined) continue;
    const [a, b] = [readBreed(old), readBreed(now)];
    const differ = a.kind !== b.kind || (a.colour !== undefined && b.colour !== undefined && a.colour !== b.colour);
    if (differ) return { name, before: old, now };
  }
  return undefined;
}
