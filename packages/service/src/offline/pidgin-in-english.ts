import { PAST_OF_BARE_VERB, pastOf } from './past-of-bare-verb';

// Nigerian Pidgin mixed into English ("Emeka don move from Zenith to Access Bank", "my sister Ngozi dey live for
// Houston", "diesel na 1,200 naira per litre now"): the words that say a change, "is" and "has", and where one lives,
// read in English so the rules find a change word, a subject and a value.

// "Rotation don change o", "I don stop gym", "Doctor don switch my mummy from metformin to gliclazide": "don" before a
// verb says it is done. Of the bare verbs other dialects read, "don get" is "has" in Pidgin ("I don get belle"), and
// the rest are not said with "don" in the trials we read.
const NOT_SAID_WITH_DON = new Set(['get', 'promote', 'enroll', 'raise', 'lower']);
const DONE_IN_PIDGIN = Object.keys(PAST_OF_BARE_VERB).filter((verb) => !NOT_SAID_WITH_DON.has(verb));
const DON_VERB = new RegExp(`\\bdon (${DONE_IN_PIDGIN.join('|')})\\b`, 'g');
// "diesel don go up to 1,450 naira": has gone up.
const DON_GO = /\bdon go (up|down)\b/g;
// "my BP don high": "don" before a word that is no verb says what has become so.
const DON_BECOME = /\bdon (?=high|low|better|worse|well|big|old|ready|finish|done)\b/g;
// "I dey live for Surulere", "Emeka dey live for Houston", "mama dey stay for Ibadan": where one lives.
const DEY_LIVE_FOR = /\b(\w+)\s+dey\s+(?:live|stay)\s+(?:for\s+inside|for|inside|in)\b/gi;
// "Ngozi live for Dallas": living "for" a place is living in it.
const LIVE_FOR = /\b(live|lives|stay|stays)\s+for\s+(?=\p{Lu})/gu;
// "my husband Emeka dey work for Zenith Bank", "I dey buy like 20 litres": "dey" before a verb is the verb as it goes on
// (a habit: "buy", a change word of a thing bought once, is read as "purchases").
const DEY_DOING = /\bdey (work|teach|sell|drive|take|use|run|manage|go|attend|worship|buy|pay|spend|eat|drink|cook|play|watch|fetch)\b/g;
// "Chiamaka dey Queens College", "she dey JSS2": "dey" before anything else is "is".
const DEY_IS = /\bdey\b/g;
// "diesel na 1,200 naira", "my best friend na Funke", "Adaeze na 6": "na" between a thing and its value is "is" (before a
// number or a name only: Hinglish "na" ends a clause, "so proud na", and Tagalog "lumipat na" is "already").
const NA_IS = /(?<=[\p{L}\d])\s+na\s+(?=[\d₦$£€]|\p{Lu})/gu;
// "Rent don go up o, na £910 now": "na" opening a clause before a sum is "it's", and the "o" that stresses a clause is
// no word of it.
const NA_OPENS_A_SUM = /([,;]\s*)na\s+(?=[₦$£€]?\d)/g;
const STRESSING_O = /(?<=\p{L})\s+o(?=\s*[,.!?;]|$)/gu;
const TAGALOG_BEFORE_NA = /\b(?:lumipat|tumigil|hindi|wala|binenta|pinalitan|ay|nasa|si|kami|ako|siya)\s+na\s/i;
// "na Hauwa be Abuja manager now": "it is Hauwa who is": the name, then "is".
const NA_NAME_BE = /(?<![\p{L}])na\s+(\p{Lu}\p{L}+)\s+be\s+/gu;
// "he be german shepherd", "Bingo be my dog": "be" after a pronoun or a name is "is".
const SUBJECT_BE = /\b(he|she|it|He|She|It|\p{Lu}\p{L}+)\s+be\s+(?!(?:able|going|gonna)\b)/gu;
// "we get 3 children", "I get second shop for Wuse 2": "get" before what one has is "have".
const GET_IS_HAVE = /\b(i|I|we|We|they|They)\s+get\s+(?=(?:a|an|one|two|three|four|five|\d+|second|third|new|my|our|another)\b)/g;
// "my shop for Yaba": a place "for" a named town is in it.
const PLACE_FOR = /\b(shop|store|house|flat|office|church|branch|school)\s+for\s+(?=\p{Lu})/gu;
// "Bingo die last week": a name, then the bare verb of dying.
const NAME_DIE = /\b(\p{Lu}\p{L}+)\s+die(?=\s+(?:last|yesterday|today|this|on)\b|\s*[,.!]|$)/gu;
// "We don pack from Surulere go Lekki", "Kunle don move from Abuja go Port Harcourt": moved, "go" before where to.
const DON_MOVE_GO = /\bdon (?:pack|move|relocate|shift)\b((?:\s+from\s+[^,.!?]+?)?)\s+(?:go|come)\s+(?=\p{Lu})/gu;
// "We don pack", "Mama don relocate": packed up and left is moved.
const DON_PACK = /\bdon (?:pack|relocate|shift)\b/g;
// "Mama don clock 71", "Funke clock 37 last Sunday": turned that age (not "clock 40 hours", "clock 8am").
const CLOCK_AN_AGE = /\b(?:don\s+)?clock(?:ed)?\s+(?=\d{1,3}\b(?!\s*(?:hours?|hrs?|h\b|am\b|pm\b|[:.]\d|mins?|minutes?|k\b|km|miles?)))/g;
// "My wife name na Funke" (read "My wife name is Funke"): the wife's name, not a wife called "Name".
const KIN_NAME_IS =
  /\b(wife|husband|son|daughter|brother|sister|mother|father|mum|mama|papa|dad|friend|boss|pikin|baby|dog|cat)\s+name\s+(?=is\b)/gi;
// A cheap look first: most texts hold none of these, and the patterns above try at every word.
const HAS_PIDGIN =
  /\bd(?:on|ey)\s|\sna\s|\bclock\s+\d|\bname is\b|\b(?:he|she|it|[A-Z][a-z]+)\s+be\s|\b(?:live|lives|stay|stays) for\s|\bdie\b|\bwahala\b|\babeg\b/;

/** `text` with the Pidgin words above in English; a text without any is returned as it was. */
export function pidginInEnglish(text: string): string {
  if (!HAS_PIDGIN.test(text)) return text;
  const nameFirst = text.replace(NA_NAME_BE, '$1 is ');
  const withNa = TAGALOG_BEFORE_NA.test(nameFirst)
    ? nameFirst
    : nameFirst.replace(NA_IS, ' is ').replace(NA_OPENS_A_SUM, "$1it's ").replace(STRESSING_O, '');
  const spoken = withNa !== text || /\bd(?:on|ey)\s/.test(text);
  const verbs = withNa
    .replace(KIN_NAME_IS, "$1's name ")
    .replace(CLOCK_AN_AGE, 'turned ')
    .replace(DON_MOVE_GO, 'moved$1 to ')
    .replace(DON_PACK, 'moved')
    .replace(NAME_DIE, '$1 died')
    .replace(LIVE_FOR, '$1 in ')
    .replace(DON_GO, 'has gone $1')
    .replace(DON_VERB, (_match, verb: string) => pastOf(verb))
    .replace(DON_BECOME, 'is ')
    .replace(DEY_LIVE_FOR, (_match, who: string) => `${who} ${/^(?:i|we|they|you)$/i.test(who) ? 'live' : 'lives'} in`)
    .replace(DEY_DOING, (_match, verb: string) => (verb === 'buy' ? 'purchases' : `${verb}s`))
    .replace(DEY_IS, 'is');
  if (!spoken && !/\b(?:he|she|it)\s+be\s/i.test(text)) return verbs;
  return verbs
    .replace(SUBJECT_BE, (_match, who: string) => `${who} is `)
    .replace(GET_IS_HAVE, (_match, who: string) => `${who} have `)
    .replace(PLACE_FOR, '$1 in ');
}
