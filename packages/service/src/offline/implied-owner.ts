// "grandma June turned 85 today", "Mum's in hospital again", "dog's been limping": a statement that opens
// with a bare family or pet word speaks of the user's own, as "my grandma June ..." would. People words
// that are no family ("doctor says I need rest", "friend came over") are left as they are.
/** A bare family or pet word ("mum", "dad's", "dog"), as a pattern's source. */
export const FAMILY_OR_PET_WORD =
  "(?:mum|mom|mummy|mommy|mammy|dad|daddy|mother|father|grandma|grandpa|grandmother|grandfather|gran|granny|grandad|granddad|nan|nana|sister|brother|wife|husband|son|daughter|aunt|auntie|aunty|uncle|cousin|niece|nephew|stepmom|stepdad|stepson|stepdaughter|grandson|granddaughter|hubby|wifey|bf|gf|bff|sis|dog|cat|puppy|kitten)(?:'s)?\\b";
// "Actually father's care home is Rosewood Gardens": after a word that opens a correction or a remark too.
const FAMILY_OR_PET = new RegExp(
  `^(\\W*(?:(?:actually|so|oh|well|wait|ok|okay|and|but|update|also),?\\s+)?)(?=${FAMILY_OR_PET_WORD})`,
  'i',
);

// "mums birthday is 3rd november": a kin word with its possessive typed without the apostrophe, before the thing
// of theirs, read as "my mum's birthday" ("mums are the best" is a plural, with a verb after it).
const KIN_POSSESSIVE_UNMARKED =
  /^(\W*)(mum|mom|dad|mother|father|grandma|grandpa|nan|gran|wife|husband|hubby|sister|brother|sis|son|daughter|aunt|uncle)s\s+(?=(?!(?:are|were|have|had|do|did|can|could|will|would|who|that|and|or|in|at|on|of|for|to|with)\b)[a-z])/i;

// "Maureens sister Pat lives in Bootle": an opening name with its possessive typed without the apostrophe, before a
// family word, is that one's kin ("Maureen's sister"); not a name that ends in "s" of its own ("Chris", "Angus").
const NAME_POSSESSIVE_UNMARKED =
  /^(\W*)([A-Z][a-z]+(?<![siua]))s\s+(?=(?:mum|mom|dad|mother|father|sister|brother|wife|husband|son|daughter|aunt|auntie|uncle|cousin|niece|nephew|nan|gran|grandma|grandad|grandpa|boyfriend|girlfriend|fiance|fiancee|partner|lad|lass|missus|fella)\b)/;

// "Boy Travis lives in Red Deer": the son, named, in a statement typed without "my" ("Boy, what a day" is no son).
const BOY_NAMED = /^(\W*)(?=boy\s+[A-Z][a-z]+\s)/i;
// "Vet is dr hanson in vermilion", "Dentist now is dr lam": one who cares for the user, typed without "my".
const CARER_IS = /^(\W*)(?=(?:vet|dentist|doctor|doc|gp|optician|physio|therapist)\s+(?:now\s+)?is\b)/i;

/** `text` with "my " before an opening family or pet word that has no owner of its own. */
export function withImpliedOwner(text: string): string {
  return text
    .replace(NAME_POSSESSIVE_UNMARKED, "$1$2's ")
    .replace(KIN_POSSESSIVE_UNMARKED, "$1my $2's ")
    .replace(FAMILY_OR_PET, '$1my ')
    .replace(BOY_NAMED, '$1my ')
    .replace(CARER_IS, '$1my ');
}
