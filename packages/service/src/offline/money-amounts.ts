// "$1,150", "£35", "€1.340,50" is not read; "£18k", "450,000 euros", "30 quid": sums of money as written.
const SUM = /(?:[$£€]\s?(\d[\d,]*(?:\.\d+)?)\s?(k)?\b)|(?:\b(\d[\d,]*(?:\.\d+)?)\s?(k)?\s?(?:euros?|pounds|quid|dollars|bucks)\b)/gi;

/** Each sum of money a text states, as a number ("£18k" is 18000), in the order written. */
export function moneyAmounts(text: string): number[] {
  const sums: number[] = [];
  for (const match of text.matchAll(SUM)) {
    const digits = (match[1] ?? match[3])!.replace(/,/g, '');
    const thousands = (match[2] ?? match[4]) !== undefined;
    sums.push(Number(digits) * (thousands ? 1000 : 1));
  }
  return sums;
}
