import type { Statement } from './analyze-statement';
import { compareStatements, type StatementComparison } from './compare-statements';
import { statementPieces } from './statement-pieces';

/**
 * The change a statement tells in one of its pieces, when the whole reads as unrelated because its main
 * clause (the last) is only a comment: "these days I'm going to bed more like 12:30, thesis is eating my
 * life" after "normally I'm in bed by 11:30". Only a correction, or an update between pieces that state
 * the same attribute (where one lives, one's bedtime), counts: related words and a change word alone
 * ("started driving for Meals on Wheels" / "that's what I drive now") archived distinct facts when tried,
 * and two values with no change word ("we might move in together once Dre leaves") are too often a plan.
 * Otherwise `undefined`.
 */
export function changeInPieces(earlier: string, later: string, analyze: (text: string) => Statement): StatementComparison | undefined {
  const earlierPieces = statementPieces(earlier);
  const laterPieces = statementPieces(later);
  if (earlierPieces.length === 1 && laterPieces.length === 1) return undefined;
  for (const laterText of laterPieces) {
    const laterPiece = analyze(laterText);
    for (const earlierText of earlierPieces) {
      const earlierPiece = analyze(earlierText);
      const sameAttribute = laterPiece.attribute !== undefined && earlierPiece.attribute?.key === laterPiece.attribute.key;
      const comparison = compareStatements(earlierPiece, laterPiece);
      // A correction says itself what it corrects ("sorry, I meant Marathi, not Hindi").
      if (comparison.relation === 'correction' || (sameAttribute && comparison.relation === 'update'))
        return { ...comparison, reason: `${comparison.reason}, read from "${laterText}"` };
    }
  }
  return undefined;
}
