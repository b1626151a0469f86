import { analyzeStatement, type Statement } from './analyze-statement';
import { changeInPieces } from './change-in-pieces';
import { compareStatements, type StatementComparison } from './compare-statements';

// The NLI provider, the conflict verifier and the duplicate detector read the same pair in turn during
// one `add`; a small bounded cache of analysed texts saves re-reading them. Statements are never mutated.
const MAX_ENTRIES = 512;
const cache = new Map<string, Statement>();

/** `analyzeStatement`, remembered for the last few hundred texts. */
export function analyzeCached(text: string): Statement {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const statement = analyzeStatement(text);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(text, statement);
  return statement;
}

/** Compares two texts, `earlier` stored first; a change told in one piece of each counts (see `changeInPieces`). */
export function compareTexts(earlier: string, later: string): StatementComparison {
  const whole = compareStatements(analyzeCached(earlier), analyzeCached(later));
  // A main clause that is only a comment hides the change another piece tells.
  return whole.relation === 'unrelated' ? (changeInPieces(earlier, later, analyzeCached) ?? whole) : whole;
}
