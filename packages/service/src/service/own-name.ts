import type { ScoredMemory } from '@casual-memory/core';
import { NOT_NAMES } from '../offline/word-lists';

// "I'm Adaeze, 36", "hey! tomasz here", "name's walt", "my name is Bronwen": the user says their own name.
export const SAYS_OWN_NAME = /\b(?:i'm|i am|im|name's|my name is|my name's|call me|this is)\s+([a-z]+)\b/gi;
export const OWN_NAME_HERE = /^\W*(?:(?:hey|hi|hiya|hello|yo)\W+)?([a-z]+) here\b/gi;
// "what is my name?", "who am I?": the question asks for the user's own name, which an introduction gives.
// Asked in Tagalog too ("ano pangalan ko?", "sino ako?"), as Taglish speakers do, and in Doric ("fit's ma name?").
export const ASKS_OWN_NAME =
  /^\W*(?:(?:what|wah|wat|whit|fit)(?:'s|’s|s|\s+is)\s+(?:my|mih|mi|me|ma)\s+(?:full\s+)?name|who\s+am\s+i|what\s+(?:am\s+i|do\s+(?:people|you|they)\s+call\s+me)\s+called|ano(?:ng)?\s+(?:ang\s+)?pangalan\s+ko|sino\s+ako)\b/i;
// "my name is …", "call me …", "… here": a name, however typed; after "I'm" only a word with a capital ("I'm tired").
// "Rommel po pangalan ko", "pangalan ko ay Rommel": Tagalog for "my name is".
const SAYS_NAME_OUTRIGHT =
  /\b(?:my name is|my name's|name's|call me|pangalan ko(?: ay| po)?|je m['’]appelle|me llamo|ich hei(?:ß|ss)e|mi chiamo)\s+[a-z]+|\b[a-z]+\s+(?:po\s+)?(?:ang\s+)?pangalan ko\b/i;
// "hello darlin, mi name Marcia Campbell", "hello da, myself Ramesh": "my name" (or Patois "mi name"), or Indian
// English "myself", and then a name with a capital.
const NAME_WITHOUT_IS = /\b[Mm][yi] name\s+[A-Z][a-z]+|\b[Mm]yself\s+[A-Z][a-z]+/;

// "hey mate, i'm jayden, 20, second-year apprentice", "fit like! am Callum, 34": a name, however typed, then an age.
const NAME_THEN_AGE =
  /(?:^|[^\w'])(?:i'm|im|i am|am)\s+(?!(?:tired|sick|done|back|home|off|out|up|so|just|only|like|about|almost|nearly|over|under|turning|still|now|here|fine|good|ok|okay)\b)([a-z]+)\s*,\s*\d{1,2}\b/i;

// "howay man, am Kevin Robson but naebody calls us owt but Kev": a text that opens (after a greeting) with "am" and a
// name with a capital, as northern English and Scots drop the "I".
const OPENS_WITH_AM = /^\W*(?:[a-z]+(?:\s+[a-z]+)?\s*[,!.]\s*)?am\s+([A-Z][a-z]+)\b/i;

/** The text gives the user's own name ("I'm Mei-Ling Tan", "Ally here", "my name is bronwen", "am Callum, 34"). */
export function saysOwnName(text: string): boolean {
  if (SAYS_NAME_OUTRIGHT.test(text) || NAME_THEN_AGE.test(text) || NAME_WITHOUT_IS.test(text)) return true;
  const openingAm = OPENS_WITH_AM.exec(text)?.[1];
  if (openingAm !== undefined && /^[A-Z]/.test(openingAm) && !NOT_NAMES.has(openingAm)) return true;
  for (const match of [...text.matchAll(SAYS_OWN_NAME), ...text.matchAll(OWN_NAME_HERE)]) {
    const written = match[1]!;
    if (written.length > 1 && /^[A-Z]/.test(written) && !NOT_NAMES.has(written)) return true;
  }
  return false;
}

// What an introduction says, searched for when the question asks the user's name and no hit gives it: a sentence
// encoder puts "what is my name" far from "Hi lah, I'm Mei-Ling Tan, 45 this year, working as accountant".
export const INTRODUCTION_PROBE = "Hi, I'm Sam, my name is Sam";

/** The question's hits with those the introduction probe found that give the user's own name. */
export function withIntroductions(hits: readonly ScoredMemory[], byProbe: readonly ScoredMemory[]): ScoredMemory[] {
  const seen = new Set(hits.map((hit) => hit.id));
  const added = byProbe.filter((hit) => !seen.has(hit.id) && saysOwnName(hit.memory.text));
  return [...hits, ...added].sort((a, b) => b.score - a.score);
}
