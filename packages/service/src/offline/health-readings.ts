/** A measurement of one's health that is taken again and again: each new one replaces the last. */
export type HealthReadingKind = 'weight' | 'blood pressure' | 'A1C';

// "98 kilos", "95kg on the scales", "I'm 210 lbs": a body weight. Not what was lost or put on ("lost 2 kilos"),
// nor a thing that weighs ("a 10kg bag of rice", "deadlift 100kg").
const WEIGHT =
  /(?<!\b(?:lost|lose|losing|gained|gain|down|up|dropped|drop|put on|off|another|a|lift|lifted|lifting|deadlift|squat|bench|press|carry|carried)\s+)\b(\d{2,3}(?:\.\d)?)\s?(?:kg|kgs|kilos?|lbs?|pounds|stone)\b(?!\s+(?:of|bag|sack|weights?|dumbbells?|plates?|bar)\b)/i;
// Said of one's body: a word for weighing, or the weight alone opening a sentence ("91 kilos!! lowest since my forties").
const WEIGHED = /\b(?:weigh|weighs|weighed|weighing|weight|scales?)\b/i;
const OPENS_A_SENTENCE = /(?:^|[.!?:;]\s*)$/;
// "134 over 85", "bp 130/85": systolic over diastolic. "N over M" is read alone in the range of pressures;
// "N/M" only beside a word for it (it is also a date or a score).
const PRESSURE_OVER = /\b(\d{2,3})\s+over\s+(\d{2,3})\b/i;
const PRESSURE_SLASH = /\b(\d{2,3})\/(\d{2,3})\b/;
const PRESSURE_WORD = /\b(?:bp|blood pressure|pressure)\b/i;
// "A1C came back at 7.6", "last HbA1c was 8.4": the first number after the name.
const A1C = /\b(?:hb)?a1c\b[^.!?\d]{0,24}?(\d{1,2}(?:\.\d)?)\b/i;

const isPressure = (high: number, low: number): boolean => high >= 80 && high <= 250 && low >= 40 && low <= 150 && high > low;

// "Mum's bp is 150/90", "his A1C was 9", "my wife weighs 60 kilos": told before it in its sentence, someone else's.
const ANOTHER_OWNER =
  /\b(?:he|she|they|his|her|their|(?!(?:it|that|what|there|here|today|tonight|who|how|where|when|let)'s)[a-z]+'s|mum|mom|mother|dad|father|wife|husband|partner|son|daughter|sister|brother|nan|nana|gran|grandma|grandpa)\b/i;
const SENTENCE_START = /[.!?]\s+(?=[^.!?]*$)/;

/** Whether the words before `at` in its sentence make what is told there (a reading, a figure) someone else's. */
export function someoneElses(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const start = SENTENCE_START.exec(before);
  return ANOTHER_OWNER.test(start === null ? before : before.slice(start.index));
}

/**
 * Each health reading of the user's a text states, by kind, as written ("134/85"); a kind it does not state, or
 * states of someone else, is left out.
 */
export function healthReadings(text: string): Map<HealthReadingKind, string> {
  const readings = new Map<HealthReadingKind, string>();
  const weight = WEIGHT.exec(text);
  if (weight !== null && (WEIGHED.test(text) || OPENS_A_SENTENCE.test(text.slice(0, weight.index))) && !someoneElses(text, weight.index))
    readings.set('weight', weight[1]!);
  const over = PRESSURE_OVER.exec(text);
  const slash = PRESSURE_WORD.test(text) ? PRESSURE_SLASH.exec(text) : null;
  const pressure = [over, slash].find((match) => match !== null && isPressure(Number(match[1]), Number(match[2])));
  if (pressure && !someoneElses(text, pressure.index)) readings.set('blood pressure', `${pressure[1]}/${pressure[2]}`);
  const a1c = A1C.exec(text);
  if (a1c !== null && !someoneElses(text, a1c.index)) readings.set('A1C', a1c[1]!);
  return readings;
}
