import { analyzeStatement, type Statement } from './analyze-statement';
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

/** Compares two texts, `earlier` stored first. */
export function compareTexts(earlier: string, later: string): StatementComparison {
  return compareStatements(analyzeCached(earlier), analyzeCached(later));
}
