// "cheers mate", "ok good night ji", "hows ur day goin", "sus weather today, reckon a storm's rollin in": what is said
// in passing, which a user does not ask about later. Stored like any statement, it goes after the facts a question
// finds.
const SAID_IN_PASSING = [
  // Thanks, greetings, laughs and leave-takings, alone or with a word or two more.
  /^\W*(?:ok(?:ay)?|k|aye|cheers|thanks?|thank you|thx|ty|ta|lol|lmao|haha\w*|hehe\w*|good ?(?:night|morning|evening)|gn|gm|night|morning|hey|hi|hiya|hello|yo|bye|see ya|cya|brb|ttyl|bless up|merci|bonne nuit|bonsoir|salut|laters)\b(?:\W+\w+){0,4}\W*$/i,
  // A question back to the assistant ("hows ur day goin", "how are you").
  /^\W*how(?:'s|’s|s| is| are| r)?\s+(?:ur|your|you|u|it|things|the day|life)\b(?:\W+\w+){0,3}\W*$/i,
  // The weather, told as it is today.
  /^(?:\W*\w+\W+){0,2}(?:weather|rain|raining|storm|sunny|so hot|so cold|freezing|roasting)\b(?:\W+[\w'’]+){0,8}\W*$/i,
  // "wah today damn hot sia", "ei the sun dey hot paa today chale": how hot or cold it is today.
  /^(?=\W*[\w'’]+(?:\W+[\w'’]+){0,9}\W*$)(?=.*\b(?:today|this morning|tonight)\b)(?=.*\b(?:hot|cold|humid|windy|sun)\b)/i,
];
const MAX_IN_PASSING = 120;
// A fact to keep after all: the user's own ("hi, I'm Sam"), a trip or an event planned around the weather.
const NOT_IN_PASSING =
  /\b(?:i|i'm|i’m|im|my|we|our|name|flight|trip|wedding|match|game|holiday|cancel\w*|moved|booked|appointment|because|cos)\b/i;

/** `text` holds nothing but what is said in passing: thanks, a greeting, a question back, today's weather. */
export function saidInPassing(text: string): boolean {
  // What is said in passing is short: a longer text is read no further (and no pattern runs over a long one).
  return text.length <= MAX_IN_PASSING && SAID_IN_PASSING.some((pattern) => pattern.test(text)) && !NOT_IN_PASSING.test(text);
}
