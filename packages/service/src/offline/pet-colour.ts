import { readOnce } from './read-once';

// The colours a pet's coat is told in; a pet keeps its colour.
const COLOURS =
  'black|white|grey|gray|ginger|orange|brown|tabby|tortoiseshell|tortie|calico|cream|golden|yellow|chocolate|tan|brindle|silver|tuxedo';
const ANIMALS = 'cat|kitten|kitty|dog|puppy|pup|rabbit|bunny|horse|pony|budgie|parrot|hamster|guinea pig';
// "a likkle black cat name Duppy", "a ginger kitten called Pixel": the colour, the animal, then its name.
const COLOUR_THEN_NAME = new RegExp(
  `\\b(${COLOURS})(?:\\s+and\\s+(?:${COLOURS}))?\\s+(?:${ANIMALS})\\s+(?:called|named|name)\\s+([A-Za-z][a-z'-]+)`,
  'gi',
);
// "Duppy is white", "Saartje is black, not grey", "Poutine is a grey cat", "Ginger is black and white": a name, then its
// colour (compared only where a text names the animal).
const NAME_IS_COLOUR = new RegExp(
  `\\b([A-Za-z][a-z'-]+)(?:['’]s| is| was)\\s+(?:an?\\s+)?(?:all\\s+|pure\\s+|jet\\s+)?(${COLOURS})(?:\\s+and\\s+(${COLOURS}))?\\b(?!\\s+(?:retriever|doodle)s?\\b)(?!\\s+(?:and|with)\\b)`,
  'gi',
);
// "a cat named Poutine, he's an orange tabby", "we adopted Tourtière, a black kitten": a name, then its colour after a comma.
const NAMED_THEN_COLOUR = new RegExp(
  `\\b(?:called|named|name|adopted|got)\\s+([A-Za-z][a-z'-]+),?\\s+(?:(?:he|she|it)(?:['’]s| is)\\s+)?(?:an?\\s+)(${COLOURS})(?:\\s+and\\s+(${COLOURS}))?\\b(?!\\s+(?:retriever|doodle)s?\\b)`,
  'gi',
);
const NAMES_AN_ANIMAL = new RegExp(`\\b(?:${ANIMALS})s?\\b`, 'i');
// Words before "is" that name no pet ("it is black", "the car is white").
const NOT_A_NAME = /^(?:he|she|it|they|this|that|which|what|who|car|van|truck|house|door|sky|hair|coat|fur|dog|cat)$/i;

/** The colour each pet a text names is given, by name in lower case (read once per text). */
export const petColours: (text: string) => ReadonlyMap<string, string> = readOnce(readColours);

function readColours(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(COLOUR_THEN_NAME)) found.set(match[2]!.toLowerCase(), match[1]!.toLowerCase());
  for (const match of [...text.matchAll(NAMED_THEN_COLOUR), ...text.matchAll(NAME_IS_COLOUR)]) {
    const name = match[1]!;
    if (NOT_A_NAME.test(name) || found.has(name.toLowerCase())) continue;
    found.set(name.toLowerCase(), colourOf(match[2]!, match[3]));
  }
  return found;
}

/** One colour, or two said together ("black and white"), as one value. */
function colourOf(first: string, second: string | undefined): string {
  return second === undefined ? first.toLowerCase() : `${first.toLowerCase()} and ${second.toLowerCase()}`;
}

const SAME_COLOUR: Readonly<Record<string, string>> = { gray: 'grey', tortie: 'tortoiseshell', orange: 'ginger' };

/**
 * The pet both texts give a colour, with its two colours, when they differ ("a likkle black cat name Duppy" / "Duppy is
 * white"). One of the two must say what animal it is: "Mia is blonde" is no pet.
 */
export function anotherColour(earlier: string, later: string): { name: string; before: string; now: string } | undefined {
  if (!NAMES_AN_ANIMAL.test(earlier) && !NAMES_AN_ANIMAL.test(later)) return undefined;
  const before = petColours(earlier);
  if (before.size === 0) return undefined;
  for (const [name, now] of petColours(later)) {
    const old = before.get(name);
    if (old !== undefined && (SAME_COLOUR[old] ?? old) !== (SAME_COLOUR[now] ?? now)) return { name, before: old, now };
  }
  return undefined;
}
