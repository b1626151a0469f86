/** A vocabulary entry as the weights package stores it: the piece and its log-probability. */
export type VocabularyEntry = readonly [piece: string, score: number];

/** SentencePiece marks the start of every word with this character instead of a space. */
const WORD_START = '\u2581';
/** The first ids are control symbols (`<unk>`, `<s>`, `</s>`, ...), never matched in text. */
const RESERVED_IDS = 6;
const UNKNOWN_ID = 0;

interface TrieNode {
  children: Map<string, TrieNode>;
  /** The vocabulary id of the piece ending here, or -1. */
  id: number;
  score: number;
}

/**
 * The unigram SentencePiece tokenizer Universal Sentence Encoder lite was trained with: text is
 * NFKC-normalised, spaces become `▁`, and the split into vocabulary pieces with the highest total
 * log-probability wins (Viterbi). A character no piece starts with is the unknown id; runs of unknowns
 * collapse into one.
 */
export class SentencePieceTokenizer {
  readonly #root: TrieNode = newNode();

  constructor(vocabulary: readonly VocabularyEntry[]) {
    for (let id = RESERVED_IDS; id < vocabulary.length; id++) {
      const [piece, score] = vocabulary[id]!;
      let node = this.#root;
      for (const char of piece) {
        let child = node.children.get(char);
        if (child === undefined) {
          child = newNode();
          node.children.set(char, child);
        }
        node = child;
      }
      node.id = id;
      node.score = score;
    }
  }

  /** The ids of `text`'s pieces, in order. */
  encode(text: string): number[] {
    return this.split(text).ids;
  }

  /**
   * The ids of `text`'s pieces, in order, and the runs of characters no piece matched (each run is one
   * unknown id): the model reads every such run alike, so a caller that must tell them apart needs their text.
   */
  split(text: string): TokenizedText {
    const normalized = text.normalize('NFKC');
    if (normalized === '') return { ids: [], unknown: [], chars: 0 };
    const chars = [...(WORD_START + normalized.replaceAll(' ', WORD_START))];
    const n = chars.length;
    // best[i]: the highest score of a split of chars[0..i); lastId[i]: the piece that ends it.
    const best = new Float64Array(n + 1).fill(Number.NEGATIVE_INFINITY);
    const lastId = new Int32Array(n + 1).fill(UNKNOWN_ID);
    const lastStart = new Int32Array(n + 1);
    best[0] = 0;
    for (let start = 0; start < n; start++) {
      const base = best[start]!;
      if (base === Number.NEGATIVE_INFINITY) continue;
      let node: TrieNode | undefined = this.#root;
      let matched = false;
      for (let end = start; end < n && node !== undefined; end++) {
        node = node.children.get(chars[end]!);
        if (node === undefined || node.id < 0) continue;
        matched = true;
        const score = base + node.score;
        if (score >= best[end + 1]!) {
          best[end + 1] = score;
          lastId[end + 1] = node.id;
          lastStart[end + 1] = start;
        }
      }
      // No piece starts with this character: it passes as one unknown symbol.
      if (!matched && base > best[start + 1]!) {
        best[start + 1] = base;
        lastId[start + 1] = UNKNOWN_ID;
        lastStart[start + 1] = start;
      }
    }
    const ids: number[] = [];
    const unknown: string[] = [];
    for (let end = n; end > 0; end = lastStart[end]!) {
      const id = lastId[end]!;
      const char = chars[lastStart[end]!]!;
      if (id !== UNKNOWN_ID) ids.push(id);
      else if (ids.at(-1) === UNKNOWN_ID) unknown[unknown.length - 1] = char + unknown.at(-1)!;
      else {
        ids.push(id);
        unknown.push(char);
      }
    }
    return { ids: ids.reverse(), unknown: unknown.reverse(), chars: [...normalized.replace(/\s+/gu, '')].length };
  }
}

/** A text split into vocabulary ids, with the characters behind its unknown ids. */
export interface TokenizedText {
  ids: number[];
  /** The runs of characters read as the unknown id, in order (one per unknown id). */
  unknown: string[];
  /** How many characters the text has, spaces left out. */
  chars: number;
}

function newNode(): TrieNode {
  return { children: new Map(), id: -1, score: 0 };
}
