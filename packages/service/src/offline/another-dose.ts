import { contentOf, type Statement } from './analyze-statement';
import { stemWord } from './stem-word';

// A dose as the tokens hold it: "500mg", "75mcg", "10ml", "1000iu".
const DOSE = /^(\d+(?:\.\d+)?)(mg|mcg|ml|iu)$/;
// How many words before its dose a medicine may be: "metformin 500mg", "my metformin to 1000mg".
const REACH = 3;
// Words before a dose that say what it is, not of what: "my thyroxine dose is 100mcg".
const NO_MEDICINE: ReadonlySet<string> = new Set(
  ['dose', 'dos', 'dosag', 'dosage', 'tablet', 'pill', 'capsul', 'capsule', 'daily', 'now'].map(stemWord),
);

/** Each medicine `statement` gives a dose, with its doses, by the stem of the word before it. */
function dosesOf(statement: Statement): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const content = new Set(contentOf(statement.tokens));
  statement.tokens.forEach((token, at) => {
    if (!DOSE.test(token)) return;
    const before = statement.tokens.slice(Math.max(0, at - REACH), at).reverse();
    const medicine = before.find((stem) => content.has(stem) && !NO_MEDICINE.has(stem) && !DOSE.test(stem) && !/^\d/.test(stem));
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
