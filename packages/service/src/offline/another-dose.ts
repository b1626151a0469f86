import { contentOf, type Statement } from './analyze-statement';
import { A_STATIN } from './normalize-text';
import { stemWord } from './stem-word';
import { TIME_WORDS } from './word-lists';

// A dose as the tokens hold it: "500mg", "75mcg", "10ml", "1000iu", and "2puff" for "two puffs" of an inhaler.
const DOSE = /^(\d+(?:\.\d+)?)(mg|mcg|ml|iu|puff)$/;
// How many words before its dose a medicine may be: "metformin 500mg", "Cilazapril's gone up to 10mg".
const REACH = 5;
// Words near a dose that name no medicine: "take 20mg", "up to 80mg", "it's 1000mg", "my thyroxine dose is 100mcg",
// "the 50mg tablets".
const NO_MEDICINE: ReadonlySet<string> = new Set(
  [
    ...'take takes taking took start started put up down to on of at by from be is it now about around just only my her his their the a an'.split(
      ' ',
    ),
    ...'dose dosage tablet tablets pill pills capsule capsules daily'.split(' '),
    ...'go goes gone went going has have been increased raised upped bumped doubled halved'.split(' '),
    ...'morning mornings night nights evening evenings afternoon day days bedtime breakfast lunch dinner tea'.split(' '),
    ...'once twice thrice times every per'.split(' '),
    // "bumped up to 75 mcg after my labs": a word that starts a phrase of its own names nothing dosed.
    ...'after before since until till for with in into because'.split(' '),
    // "Clenil too, the brown one, two puffs": what the medicine looks like is no medicine.
    ...'brown blue white pink red green yellow orange purple grey gray little big small one too'.split(' '),
  ].map(stemWord),
);

const PUFF = stemWord('puffs');

/** Whether `stem`, next to a dose, can be the medicine dosed: a content word, not a number, not "take" or "tablets". */
export const namesAMedicine = (stem: string): boolean =>
  !NO_MEDICINE.has(stem) && !TIME_WORDS.has(stem) && !/^\d/.test(stem) && contentOf([stem]).length > 0;

/**
 * The medicine a dose at `at` is of: the word right before it ("metformin 500mg"), else the word after it ("5mg
 * amlodipine", "put me on 10mg of ramipril"), else the nearest word before it that names one ("my metformin to
 * 1000mg", "Cilazapril's gone up to 10mg"); undefined when none names one.
 */
function medicineOf(tokens: readonly string[], at: number, endsAClause: boolean): string | undefined {
  const right = tokens[at - 1];
  if (right !== undefined && namesAMedicine(right)) return right;
  const after = endsAClause ? undefined : tokens[at + 1] === 'of' ? tokens[at + 2] : tokens[at + 1];
  if (after !== undefined && namesAMedicine(after)) return after;
  return tokens
    .slice(Math.max(0, at - REACH), at)
    .reverse()
    .find(namesAMedicine);
}

// A dose a comma or a stop follows: "went up to 100mg, doc said give it a go" doses nothing of the doctor.
const DOSE_ENDING_A_CLAUSE = /(\d+(?:\.\d+)?)\s?(mg|mcg|ml|iu)\s*[,;.!?:]/gi;

/** Each medicine `statement` gives a dose, with its doses. */
function dosesOf(statement: Statement): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const endingAClause = new Set(
    Array.from(statement.text.matchAll(DOSE_ENDING_A_CLAUSE), ([, amount, unit]) => `${amount}${unit!.toLowerCase()}`),
  );
  // "atorvastatin 20mg" is read "atorvastatin statin 20mg": the dose is of the medicine named, not of its kind. "three
  // puffs" is read "3 puff": one dose, "3puff".
  const tokens = statement.tokens
    .filter((token, at) => token !== 'statin' || !A_STATIN.test(statement.tokens[at - 1] ?? ''))
    .flatMap((token, at, all) =>
      token === PUFF && /^\d+$/.test(all[at - 1] ?? '') ? [] : /^\d+$/.test(token) && all[at + 1] === PUFF ? [`${token}puff`] : [token],
    );
  let last: string | undefined;
  tokens.forEach((token, at) => {
    if (!DOSE.test(token)) return;
    // "metformin 500mg in the morning and 1000mg at night": a dose that names nothing is of the medicine before it.
    const medicine = medicineOf(tokens, at, endingAClause.has(token)) ?? last;
    if (medicine !== undefined) found.set(medicine, [...(found.get(medicine) ?? []), token]);
    last = medicine;
  });
  return found;
}

/**
 * The medicine both statements give one dose of, with the two doses ("I take rosuvastatin 10mg" / "I take rosuvastatin
 * 20mg"; "upped my sertraline to 100mg" / "I'm on 100mg sertraline now" gives the same one twice); else undefined. A
 * statement of two doses of it ("500mg in the morning, 1000mg at night") gives no one dose.
 */
export function oneDoseEach(earlier: Statement, later: Statement): { medicine: string; before: string; now: string } | undefined {
  const doses = dosesOf(later);
  if (doses.size === 0) return undefined;
  const before = dosesOf(earlier);
  for (const [medicine, [now, ...more]] of doses) {
    const was = before.get(medicine);
    if (was === undefined || was.length !== 1 || more.length > 0 || now === undefined) continue;
    if (DOSE.exec(was[0]!)![2] === DOSE.exec(now)![2]) return { medicine, before: was[0]!, now };
  }
  return undefined;
}

/** Whether two doses of one unit are the same amount ("100mg", "100.0mg"). */
export const sameAmount = (a: string, b: string): boolean => Number(DOSE.exec(a)![1]) === Number(DOSE.exec(b)![1]);

/** A dose as a person writes it: "20mg" as it is, "3puff" as "3 puffs". */
export const doseWritten = (dose: string): string =>
  dose.endsWith('puff') ? `${dose.slice(0, -4)} ${dose === '1puff' ? 'puff' : 'puffs'}` : dose;
