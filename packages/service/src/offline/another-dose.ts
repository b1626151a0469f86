import { contentOf, type Statement } from './analyze-statement';
import { A_STATIN } from './normalize-text';
import { stemWord } from './stem-word';

// A dose as the tokens hold it: "500mg", "75mcg", "10ml", "1000iu".
const DOSE = /^(\d+(?:\.\d+)?)(mg|mcg|ml|iu)$/;
// How many words before its dose a medicine may be: "metformin 500mg", "my metformin to 1000mg".
const REACH = 3;
// Words near a dose that name no medicine: "take 20mg", "up to 80mg", "it's 1000mg", "my thyroxine dose is 100mcg",
// "the 50mg tablets".
const NO_MEDICINE: ReadonlySet<string> = new Set(
  [
    ...'take takes taking took start started put up down to on of at by from be is it now about around just only my her his their the a an'.split(
      ' ',
    ),
    ...'dose dosage tablet tablets pill pills capsule capsules daily'.split(' '),
  ].map(stemWord),
);

/** Whether `stem`, next to a dose, can be the medicine dosed: a content word, not a number, not "take" or "tablets". */
export const namesAMedicine = (stem: string): boolean => !NO_MEDICINE.has(stem) && !/^\d/.test(stem) && contentOf([stem]).length > 0;

/**
 * The medicine a dose at `at` is of: the nearest word before it that names one ("metformin 500mg", "my metformin to
 * 1000mg"), else the word after it ("5mg amlodipine", "10mg of ramipril"); undefined when neither names one.
 */
function medicineOf(tokens: readonly string[], at: number): string | undefined {
  const before = tokens.slice(Math.max(0, at - REACH), at).reverse();
  const named = before.find(namesAMedicine);
  if (named !== undefined) return named;
  const after = tokens[at + 1] === 'of' ? tokens[at + 2] : tokens[at + 1];
  return after !== undefined && namesAMedicine(after) ? after : undefined;
}

/** Each medicine `statement` gives a dose, with its doses. */
function dosesOf(statement: Statement): Map<string, string[]> {
  const found = new Map<string, string[]>();
  // "atorvastatin 20mg" is read "atorvastatin statin 20mg": the dose is of the medicine named, not of its kind.
  const tokens = statement.tokens.filter((token, at) => token !== 'statin' || !A_STATIN.test(statement.tokens[at - 1] ?? ''));
  tokens.forEach((token, at) => {
    if (!DOSE.test(token)) return;
    const medicine = medicineOf(tokens, at);
    if (medicine !== undefined) found.set(medicine, [...(found.get(medicine) ?? []), token]);
  });
  return found;
}

/**
 * The medicine both statements give one dose, each another ("I take rosuvastatin 10mg" / "I take rosuvastatin 20mg"),
 * with the two doses; else undefined. A statement of two doses of it ("500mg in the morning, 1000mg at night") gives
 * no one dose.
 */
export function anotherDose(earlier: Statement, later: Statement): { medicine: string; before: string; now: string } | undefined {
  if (!later.tokens.some((token) => DOSE.test(token))) return undefined;
  const before = dosesOf(earlier);
  for (const [medicine, [now, ...more]] of dosesOf(later)) {
    const was = before.get(medicine);
    if (was === undefined || was.length !== 1 || more.length > 0 || now === undefined) continue;
    const [a, b] = [DOSE.exec(was[0]!)!, DOSE.exec(now)!];
    if (a[2] === b[2] && Number(a[1]) !== Number(b[1])) return { medicine, before: was[0]!, now };
  }
  return undefined;
}
