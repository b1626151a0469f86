import { analyzeStatement } from '../../src/offline/analyze-statement';
import { changeInPieces } from '../../src/offline/change-in-pieces';
import { compareTexts } from '../../src/offline/statement-cache';
import { statementPieces } from '../../src/offline/statement-pieces';

describe('statementPieces', () => {
  it('splits at sentence ends, commas, colons and dashes', () => {
    expect(statementPieces("Sold the bike. I'm walking to work now, it's only ten minutes")).toEqual([
      'Sold the bike',
      "I'm walking to work now",
      "it's only ten minutes",
    ]);
    expect(statementPieces('big news: I passed the bar exam — finally')).toEqual(['big news', 'I passed the bar exam finally']);
  });

  it('keeps a part of one or two words with the piece before it, and a text of one piece whole', () => {
    expect(statementPieces('I live in Shibuya, Tokyo')).toEqual(['I live in Shibuya Tokyo']);
    expect(statementPieces('I drive a Corolla')).toEqual(['I drive a Corolla']);
  });
});

describe('a change told before a comment', () => {
  it('reads the change in the piece that shares the most, not in the comment that ends the statement', () => {
    const bedtime = compareTexts(
      "I'm usually asleep by 10:30 on weeknights",
      "these days I'm going to bed around 1am, this project is eating my evenings",
    );
    expect(bedtime.relation).toBe('update');
    expect(bedtime.reason).toContain('bedtime');
    expect(bedtime.reason).toContain(`read from "these days I'm going to bed around 1am"`);

    const cello = compareTexts(
      'thinking about taking up the cello, could be fun',
      "started cello lessons on saturdays, I'm terrible at it",
    );
    expect(cello.relation).toBe('update');
    expect(cello.reason).toContain('read from "started cello lessons on saturdays"');
  });

  it('takes no change from a piece that only says "now" or "got"', () => {
    expect(compareTexts('the cottage is on the market, fingers crossed', 'got an offer on the cottage, I hope we take it').relation).toBe(
      'unrelated',
    );
    // (The whole statements read as an update here, by their shared words and "now": the pieces add nothing.)
    expect(
      changeInPieces(
        'sold 40 tonnes of barley to the co-op on a forward contract, happy with that',
        "barley's at $340 a tonne now, I should have waited",
        analyzeStatement,
      ),
    ).toBeUndefined();
  });

  it('reads nothing from a piece with a single content word', () => {
    expect(
      compareTexts(
        'traded in the Civic for a Subaru Outback, so that is what I drive now. handles snow like a tank',
        "I've started driving for the food bank on Thursdays, gets me out of the house",
      ).relation,
    ).not.toBe('update');
  });
});
