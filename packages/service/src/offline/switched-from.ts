import { contentOf } from './analyze-statement';
import { readOnce } from './read-once';
import { stemWord } from './stem-word';
import { TIME_WORDS } from './word-lists';

// "my doctor switched me from adderall to vyvanse", "I switched my allergy pill from cetirizine to Claritin", "I don switch from Arsenal to Aston Villa", "changed from nights to
// days", "swapped from the 990s to xt-6s": a change from one thing to another, both named. Not "moved from London to
// Paris": a move from a place names where one was, which many other statements name too ("I work in London").
const SWITCHED_FROM =
  /\b(?:switch(?:ed|es|ing)?|swap(?:ped|s|ping)?|chang(?:ed|es|ing|e)|went|gone|converted)\s+(?:(?:me|him|her|us|them|over|across|(?:my|our|his|her) \w+(?: \w+){0,2}|mum|mom|mother|mam|dad|father|wife|husband|son|daughter|grandma|grandpa|nan|gran)\s+)?from\s+(?:the |my |our |a |an |his |her )?([a-z][\w'-]*)(?:\s+[a-z][\w'-]*){0,3}?\s+(?:to|onto|for)\s+(?:the |my |our |a |an |his |her )?([a-z][\w'-]*)/i;

// A word that sizes what follows names nothing left: "from all black to beige", "from one shift to two".
const QUANTITY = /^(?:all|some|any|every|both|each|no|more|less|few|many|much|one|two|three|four|five|half|\d.*)$/;

// "doctor switch mother from metformin to insulin jab": whom a switch was done to, by a kin word.
const SWITCHED_KIN =
  /\b(?:switch(?:ed|es|ing)?|swap(?:ped|s|ping)?|chang(?:ed|es|ing|e))\s+(?:my\s+)?(mum|mom|mother|mam|dad|father|wife|husband|son|daughter|grandma|grandpa|nan|gran)\s+from\b/i;

/** The kin word a switch was done to ("switch mother from …": mother), if `text` tells one. */
export function switchedKin(text: string): string | undefined {
  return SWITCHED_KIN.exec(text)?.[1]?.toLowerCase();
}

/** The stems of the first word of what a switch left and of what it went to, if `text` tells one (read once per text). */
export const switchedFrom: (text: string) => { from: string; to: string } | undefined = readOnce(readSwitch);

// "Doc switched me off the metformin onto glipizide": "off" one thing "onto" another.
const SWITCHED_OFF_ONTO =
  /\b(?:switch(?:ed|es|ing)?|swap(?:ped|s|ping)?|chang(?:ed|es|ing|e)|took|taken|moved)\s+(?:me|him|her|us|them|(?:my|our|his|her) \w+)\s+off\s+(?:the |my |our |his |her )?([a-z][\w'-]*)(?:\s+[a-z][\w'-]*){0,3}?\s+onto\s+(?:the |my |our |a |an |his |her )?([a-z][\w'-]*)/i;

function readSwitch(text: string): { from: string; to: string } | undefined {
  const match = SWITCHED_FROM.exec(text) ?? SWITCHED_OFF_ONTO.exec(text);
  if (match === null) return undefined;
  const stem = (word: string) => stemWord(word.toLowerCase().replace(/['’]s$/, ''));
  const [from, to] = [stem(match[1]!), stem(match[2]!)];
  // "my style went from all black to beige": "all" names nothing a switch left.
  return contentOf([from]).length === 0 || TIME_WORDS.has(from) || QUANTITY.test(from) ? undefined : { from, to };
}
