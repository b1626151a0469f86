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
  it('reads the attribute a piece changes, not the comment that ends the statement', () => {
    const home = compareTexts('I live in Glasgow', 'moved to Edinburgh in March, I miss my old flatmates though');
    expect(home.relation).toBe('update');
    expect(home.reason).toBe(
      'a new place one lives (one at a time), and the later one says it changed ("moved"), read from "moved to Edinburgh in March"',
    );

    const bedtime = compareTexts(
      "I'm usually asleep by 10:30 on weeknights",
      "these days I'm going to bed around 1am, this project is eating my evenings",
    );
    expect(bedtime.relation).toBe('update');
    expect(bedtime.reason).toContain(`read from "these days I'm going to bed around 1am"`);
  });

  it('takes no change from pieces that only share words and say "started"', () => {
    expect(
      compareTexts('thinking about taking up the cello, could be fun', "started cello lessons on saturdays, I'm terrible at it").relation,
    ).toBe('unrelated');
    expect(
      changeInPieces(
        'traded in the Civic for a Subaru Outback, so that is what I drive now. handles snow like a tank',
        "I've started driving for the food bank on Thursdays, gets me out of the house",
        analyzeStatement,
      ),
    ).toBeUndefined();
  });
});
