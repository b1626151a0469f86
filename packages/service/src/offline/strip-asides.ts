import { CLARIFYING_PHRASES } from './says-settled';

// Words around a statement that say how it is said, not what it says: "Like I mentioned, my phone is a
// Pixel" states what "My phone is a Pixel" does, and "don't forget my mom's birthday is July 28" is no
// denial. Openings are dropped one after another ("ok so, just so you know, ..."); closings once. The
// statement's correction flag still reads the whole text ("to be clear, ..." corrects).
// One match takes every opening in a row (replacing them one at a time read the rest again for each).
const OPENINGS = new RegExp(
  `^(?:\\s*(?:ok(?:ay)?|so|oh|and|anyway|also|btw|by the way|fyi|random(?:ly)?|but|yep|yes|just so you know|just confirming|confirming|reminder|remember(?: that)?|don'?t forget(?: that)?|(?:do not|don'?t) let me forget(?: that)?|note to self|quick note|remind me(?: that)?|(?:like|as) i (?:mentioned|said)(?: before)?|as mentioned|just to confirm|for the record|quick update|heads up|(?:(?:small|quick|one|a) )?correction(?=\\s*[,!.:;\\u2013\\u2014-])|scratch that(?=\\s*[,!.:;\\u2013\\u2014-])|(?:sorry,? )?(?:i made a mistake|i was wrong|my mistake|i got (?:that|it) wrong|i (?:must|need to|have to|should|want to) correct (?:something|that|myself|what i (?:said|told you))(?: i (?:said|told you))?|i (?:said|wrote|typed|put) (?:it|that|this) wrong)(?: before| earlier| there)?(?=\\s*[,!.:;\\u2013\\u2014-])|(?:(?:i am|i['’]m|im) )?(?:sorry|oops)(?=\\s*[,!.:;\\u2013\\u2014-])|(?:sad|good|bad|big|great|happy|exciting|some) news|guess what|lol|haha|(?:like )?i (?:already )?told (?:u|you)(?: (?:that|before|already))?|${CLARIFYING_PHRASES})\\b[\\s,:;!.\\u2013\\u2014-]*)+`,
  'i',
);
// "theo's insurance renewed w progressive, no change there": it says nothing changed, so it is no change word
// and no denial. "Gus is on warfarin, same as me" is about Gus (it archived Gus's when the user's changed). "tom
// lives in adelaide, not perth. idk why i said perth", "…, i always get it wrong", "…, I forgot he had his birthday",
// "Me memory's not what it was": how the mistake came about says no fact.
// It starts only where a run of separators starts: tried from inside a long run ("- - - -"), the run was
// read again from every position in it.
const CLOSING =
  /(?<![\s,;\u2013\u2014-])[\s,;\u2013\u2014-]*\b(?:(?:like|as|i think) i (?:said|mentioned)(?: before)?|by the way|btw|lol|haha|no changes?(?: there| here)?|nothing(?:'s| has)? changed|same as (?:before|ever|always)|(?:just |the )?(?:same as|like) (?:me|mine|us)|my bad|(?:idk|i don'?t know|dunno|no idea) why i (?:said|wrote|typed|put)(?: [\w'-]+)?|i (?:always|keep|kept) (?:get|getting|got|mix|mixing) (?:(?:it|that|this|them) )?(?:wrong|mixed up|up)|i (?:had|got) (?:it|that|the \w+) wrong|i misread (?:it|that|the \w+)|i read (?:it |that )?wrong(?:ly)?|(?:my|me) memory(?:'s| is) not what it (?:was|used to be)|i (?:forgot|forget) (?:he|she|they|it|that|about)\b[^.!?]*)\s*[.!]*\s*$/i;

// "latest hba1c came back 7.1%, not thrilled": how the user feels about it, after a comma, denies nothing it says.
const FEELING_CLOSING =
  /\s*[,;\u2013\u2014-]\s*not\s+(?:(?:too|very|so|that|exactly|really|super)\s+)?(?:thrilled|happy|pleased|impressed|amused|excited|ideal|great|fun|good|bad)\s*(?:tbh|lol|haha)?\s*[.!]*\s*$/i;

// "my major is biology rn but ngl im not feeling it": how the user feels about it, after "but", denies nothing it says.
const NOT_FEELING_IT =
  /\s*[,;]?\s*\b(?:but|and)\s+(?:(?:ngl|tbh|honestly|tho|though)\s+)?(?:i'?m|i am)\s+not\s+(?:really\s+|totally\s+)?(?:feeling|loving|enjoying|into|sure about)\s+it\b\s*(?:tbh|lol|haha|tho)?\s*[.!]*\s*$/i;

// "my son Ruben Jr, we call him Junior, lives in Laredo", "my aunt Marie, aka Tata, lives in Lyon": the other name one
// goes by, between commas, says nothing of what is said of them ("we" in it made the statement the user's).
const ALSO_CALLED =
  /,\s*(?:we|everyone|everybody|they|most people|the family)\s+(?:all\s+)?calls?\s+(?:him|her|them)\s+[\w'-]+(?:\s+[\w'-]+)?\s*,|,\s*(?:aka|a\.k\.a\.|also known as|known as)\s+[\w'-]+(?:\s+[\w'-]+)?\s*,/gi;

/** `text` without its openings ("btw", "like I mentioned", "don't forget") and closing ("as I said before", ", not thrilled"). */
export function stripAsides(text: string): string {
  const rest = text
    .replace(OPENINGS, '')
    .replace(ALSO_CALLED, ',')
    // Twice: one closing may follow another ("…, I always get them mixed up lol").
    .replace(CLOSING, '')
    .replace(CLOSING, '')
    .replace(FEELING_CLOSING, '')
    .replace(NOT_FEELING_IT, '');
  // Nothing but asides ("ok, so"): keep the words, there is nothing else to read.
  return rest.trim() === '' ? text : rest;
}
