import { fnv1a, normalizeVector } from '@casual-memory/core/backend';
import { DIMENSIONS } from './model-constants';
import type { TokenizedText } from './sentence-piece-tokenizer';

/**
 * The model reads every run of characters its vocabulary lacks (Japanese, emoji, ...) as the same unknown
 * symbol, so "🐶" and "私の妹は東京に住んでいます" would get one vector and match each other at 1.00.
 * Blends the model's vector with one hashed from those characters (each one and each adjacent pair), weighted
 * by the square root of their share of the text's characters: a text the model cannot read at all is told
 * apart by its characters alone, and one it reads whole keeps the model's vector exactly (and its floors).
 */
export function withUnknownCharacters(vector: Float32Array, text: TokenizedText): Float32Array {
  const unknownChars = text.unknown.reduce((count, run) => count + [...run].length, 0);
  if (unknownChars === 0 || text.chars === 0) return vector;
  const weight = Math.sqrt(Math.min(1, unknownChars / text.chars));
  const characters = characterVector(text.unknown);
  const blended = new Float32Array(DIMENSIONS);
  for (let i = 0; i < DIMENSIONS; i++) blended[i] = (1 - weight) * vector[i]! + weight * characters[i]!;
  // Both parts are unit length and weighted to sum to 1: only exact opposites could cancel.
  return normalizeVector(blended, new Float32Array(DIMENSIONS)) ?? vector;
}

/** A unit vector of the characters and adjacent character pairs of `runs`, hashed with signs into the model's dimensions. */
function characterVector(runs: readonly string[]): Float32Array {
  const features = new Float32Array(DIMENSIONS);
  const add = (feature: string) => {
    const hash = fnv1a(feature);
    features[hash % DIMENSIONS]! += (hash & 0x80000000) === 0 ? 1 : -1;
  };
  for (const run of runs) {
    const chars = [...run];
    chars.forEach((char, i) => {
      add(char);
      if (i > 0) add(chars[i - 1]! + char);
    });
  }
  return normalizeVector(features, new Float32Array(DIMENSIONS)) ?? features;
}
