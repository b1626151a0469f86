/**
 * What is left of an amount whose `$` and first digit the shell took: in double quotes `$4` is a shell
 * parameter, empty, so `remember "rent is $4,650 now"` gets "rent is ,650 now", and "$4.50" comes as ".50".
 * It starts a word (at the start of the text, after white space or an opening bracket) with a comma and
 * exactly three digits (a thousands group: ",650", ",000,000", ",650.00") or a point and exactly two (cents:
 * ".50"), and no letter or digit follows. A figure written whole ("$4,650", "4,650", "0.50"), another shape
 * (".5", ".308", ",5", "3,5"), a fragment run into a word (",650k") or a measure (".25 mg", ".75 ml", ",500 miles") is
 * not one; a calibre (".22") is.
 */
const CUT_AMOUNT =
  /(?<=^|[\s([{])(?:,\d{3}|\.\d{2})(?![\p{L}\p{N}])(?!\s*(?:%|(?:mg|mcg|µg|ml|g|kg|lbs?|oz|mm|cm|km|units?|mmol|miles?)(?![\p{L}\p{N}])))/u;

/**
 * A warning, one line, when `text` (named by `what`: "the text", "--text") holds what looks like an amount
 * the shell cut short (`CUT_AMOUNT`); none otherwise. The text is stored all the same: it only may be wrong.
 */
export function cutAmountWarnings(text: string, what: string): string[] {
  const cut = CUT_AMOUNT.exec(text);
  if (cut === null) return [];
  return [
    `${what} may have lost a "$…" to the shell ("${cut[0]}" has no digits before it): in double quotes the shell replaces $4 and the like with nothing; ` +
      `put the text in single quotes ('rent is $4,650 now') or escape the $ (\\$4,650)`,
  ];
}
