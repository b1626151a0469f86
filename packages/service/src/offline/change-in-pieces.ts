import type { Statement } from './analyze-statement';
import { compareStatements, type StatementComparison } from './compare-statements';
import { statementPieces } from './statement-pieces';

// Readings worth taking from one piece of each statement: a change said as one. Two values with no change
// word ("we might move in together once Dre leaves") read out of their statement are too often a plan.
const CHANGES: ReadonlySet<string> = new Set(['update', 'correction']);
// Alone, these say when or how often, not that what was true changed: "canola's at $15.40 now", "friday
// physio again", "got an offer on the farm".
const WEAK_CHANGE = /^(?:now|again|got|gotten)$/i;
// A piece with one content word ("so that's what I drive now") is too little to read alone.
const FEWEST_CONTENT_WORDS = 2;

/**
 * The change a statement tells in one of its pieces, when the whole reads as unrelated because its main
 * clause (the last) is only a comment: "these days I'm going to bed more like 12:30, thesis is eating my
 * life" after "normally I'm in bed by 11:30". Compares the pieces of both that state the same attribute,
 * or else share the most; their reading counts only when it is a change told by that attribute or by a
 * change word stronger than "now", "again" or "got". Otherwise `undefined`.
 */
export function changeInPieces(earlier: string, later: string, analyze: (text: string) => Statement): StatementComparison | undefined {
  const earlierPieces = statementPieces(earlier);
  const laterPieces = statementPieces(later);
  if (earlierPieces.length === 1 && laterPieces.length === 1) return undefined;
  let best: PieceReading | undefined;
  for (const earlierPiece of earlierPieces) {
    for (const laterPiece of laterPieces) {
      const reading = readPieces(analyze(earlierPiece), analyze(laterPiece));
      if (best === undefined || closer(reading, best)) best = reading;
    }
  }
  if (best === undefined || !CHANGES.has(best.comparison.relation) || (best.comparison.overlap === 0 && !best.sameAttribute))
    return undefined;
  const { comparison, earlier: earlierPiece, later: laterPiece, sameAttribute } = best;
  if (Math.min(earlierPiece.content.length, laterPiece.content.length) < FEWEST_CONTENT_WORDS) return undefined;
  const saysChanged = laterPiece.changeWords.some((word) => !WEAK_CHANGE.test(word));
  if (comparison.relation !== 'correction' && !sameAttribute && !saysChanged) return undefined;
  return { ...comparison, reason: `${comparison.reason}, read from "${laterPiece.text}"` };
}

interface PieceReading {
  earlier: Statement;
  later: Statement;
  comparison: StatementComparison;
  /** Both pieces state the same attribute (where one lives, one's bedtime). */
  sameAttribute: boolean;
}

function readPieces(earlier: Statement, later: Statement): PieceReading {
  const sameAttribute = earlier.attribute !== undefined && earlier.attribute.key === later.attribute?.key;
  return { earlier, later, comparison: compareStatements(earlier, later), sameAttribute };
}

/** Pieces that state the same attribute are the closest; then those that share more content. */
function closer(reading: PieceReading, than: PieceReading): boolean {
  if (reading.sameAttribute !== than.sameAttribute) return reading.sameAttribute;
  return reading.comparison.overlap > than.comparison.overlap;
}
