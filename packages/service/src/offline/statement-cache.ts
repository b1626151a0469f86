import { analyzeStatement, type Statement } from './analyze-statement';
import { capitalized } from './capitalized';
import { compareStatements, type StatementComparison, type StatementRelation } from './compare-statements';
import { namesWord } from './names-word';
import { NAMED_PERSON, splitKind } from './same-subject';
import { PEOPLE_AND_ANIMALS } from './word-lists';

// The NLI provider, the conflict verifier and the duplicate detector read the same pair in turn during
// one `add`; a small bounded cache of analysed texts saves re-reading them. Statements are never mutated.
const MAX_ENTRIES = 512;
const cache = new Map<string, Statement>();

/** `analyzeStatement`, remembered for the last few hundred texts. */
export function analyzeCached(text: string): Statement {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const statement = analyzeStatement(text);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(text, statement);
  return statement;
}

/** Compares two texts, `earlier` stored first. */
export function compareTexts(earlier: string, later: string): StatementComparison {
  const [first, second] = [analyzeCached(earlier), analyzeCached(later)];
  const compared = compareStatements(first, second);
  const [firstCalled, secondCalled] = [withCalledName(first, second), withCalledName(second, first)];
  const [firstNamed, secondNamed] = [withNameKnown(firstCalled, secondCalled), withNameKnown(secondCalled, firstCalled)];
  if (firstNamed === first && secondNamed === second) return compared;
  const named = compareStatements(firstNamed, secondNamed);
  return FINDS_NOTHING_OF_ONE_THING.has(named.relation) ? compared : named;
}

// Readings that find the two statements speak of no one thing.
const FINDS_NOTHING_OF_ONE_THING: ReadonlySet<StatementRelation> = new Set(['unrelated', 'different-attribute', 'different-subject']);

/**
 * "jess moved to york" opens with a name typed in lower case, which alone reads as a thing of the user's;
 * beside "my sister Jess lives in Leeds", which names her, it is about her: read again with the name as a name.
 * That reading is taken when it finds the two speak of one thing: "ingrid moved from cardiology to the ICU"
 * read with a name takes "moved … to" for a new home, which "my girlfriend Ingrid is a nurse on the
 * cardiology ward" does not speak of, while read as written it is a change of her ward.
 */
function withNameKnown(statement: Statement, other: Statement): Statement {
  if (statement.subject !== 'thing') return statement;
  const [kind = '', name] = other.subject.split(':');
  if (name === undefined || !(kind === NAMED_PERSON || PEOPLE_AND_ANIMALS.has(splitKind(kind)[0]))) return statement;
  const opening = OPENING_WORD.exec(statement.text);
  if (opening?.[2] !== name) return statement;
  const [, before = '', word] = opening;
  return analyzeCached(before + capitalized(word) + statement.text.slice(opening[0].length));
}

// "my cat is called Pixel", "a golden retriever named Biscuit", "My husband is Arjun": the name given to the one spoken of.
const CALLED = /\b(?:called|named)\s+([A-Za-z][a-z'-]+)|^\W*[Mm]y\s+(?:[a-z]+\s+)?[a-z]+\s+is\s+([A-Z][a-z'-]+)\b(?!\s+[A-Z])/;

/**
 * "my cat is called Pixel, she's a grey tabby" beside "pixel is a grey tabby btw": the cat it speaks of is
 * Pixel. Only when the other statement says that name, and only for the reading that finds one thing.
 */
function withCalledName(statement: Statement, other: Statement): Statement {
  const [kind = '', name] = statement.subject.split(':');
  if (!PEOPLE_AND_ANIMALS.has(splitKind(kind)[0])) return statement;
  // "my son Ruben Jr, we call him Junior": named Ruben, and Junior to the family ("my son Junior got transferred").
  const given = name === undefined ? CALLED.exec(statement.text) : CALLED_ALSO.exec(statement.text);
  const called = (given?.[1] ?? given?.[2])?.toLowerCase();
  if (called === undefined || !namesWord(other.text, called)) return statement;
  return { ...statement, subject: `${kind}:${called}` };
}

// "we call him Junior", "aka Tata": another name the one spoken of goes by.
const CALLED_ALSO = /\bcalls?\s+(?:him|her|them)\s+([A-Z][a-z'-]+)|\b(?:aka|also known as)\s+([A-Z][a-z'-]+)/;

// The first word of a text, as typed, and what comes before it.
const OPENING_WORD = /^(\W*)([a-z]+)\b/;
