// The pieces a statement is told in: its sentences and the parts between commas, colons and dashes
// ("Miguel's gone back to Lyon, the house is too quiet"). A part of one or two words ("Shibuya, Tokyo")
// stays with the one before: alone it says nothing.
const PIECE_BREAK = /(?:[.!?]+|[,;:]|\s[\u2013\u2014-])\s+/;
const FEWEST_WORDS = 3;

/** The text's pieces, in order; a text told in one piece gives one. */
export function statementPieces(text: string): string[] {
  const pieces: string[] = [];
  for (const part of text.split(PIECE_BREAK)) {
    const piece = part.trim();
    if (piece === '') continue;
    if (pieces.length > 0 && piece.split(/\s+/).length < FEWEST_WORDS) pieces[pieces.length - 1] += ` ${piece}`;
    else pieces.push(piece);
  }
  return pieces;
}
