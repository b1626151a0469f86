import { namesWord } from './names-word';

// "Musa left, he will open his own shop in Yaba", "maid Lakshmi left, new maid is Sarita": one named who worked for the
// user has left. Read only of one the earlier statement names beside a word of such work ("my head tailor is Musa", "our
// maid Lakshmi comes at 7am daily"): "my brother Musa lives in Kano" / "Musa left for Kano" is a trip, and "left" with
// a place after it is not read.
const LEFT =
  /(?<!\b(?:since|after|when|before|until|till|if)\s+)\b([A-Z][a-z]+)\s+(?:has\s+|just\s+|finally\s+)?(?:left|quit|resigned|retired)(?=\s*(?:[,.!;]|$)|\s+(?:last|this|yesterday|today|on|us|me|the job|work)\b)/;
const WORKS_FOR_THE_USER =
  /\b(?:maid|nanny|cleaner|driver|tailor|cook|chef|gardener|staff|assistant|manager|employee|apprentice|babysitter|childminder|carer|caregiver|helper|tutor|receptionist|accountant|shop ?girl|shop ?boy|sales ?girl|salesman|worker)s?\b/i;

/** The name of one the earlier statement says works for the user and the later one says has left; else undefined. */
export function namedAsLeft(earlier: string, later: string): string | undefined {
  const name = LEFT.exec(later)?.[1];
  if (name === undefined || !WORKS_FOR_THE_USER.test(earlier)) return undefined;
  return namesWord(earlier, name) ? name : undefined;
}
