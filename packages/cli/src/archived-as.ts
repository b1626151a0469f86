import { quote, shortId } from './output';

/**
 * How an archived memory is marked after its text, by `history` and `list --all` alike: `superseded by #id "…"`,
 * `rejected for #id "…"` (the side a `keep_a` turned down), or `… #id (since forgotten)` when what replaced it
 * was forgotten since, rather than a bare "superseded".
 */
export function archivedAs(
  reason: 'superseded' | 'rejected',
  supersededBy: string | undefined,
  successor: { id: string; text: string } | undefined,
): string {
  const verb = reason === 'rejected' ? 'rejected for' : 'superseded by';
  if (successor !== undefined) return `${verb} #${shortId(successor.id)} ${quote(successor.text)}`;
  if (supersededBy !== undefined) return `${verb} #${shortId(supersededBy)} (since forgotten)`;
  return reason;
}
