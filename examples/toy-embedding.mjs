// A toy EmbeddingProvider for the demo: hashed bag of words, no model, deterministic.
// Real apps inject a real embedding model (see @casual-memory/openai, coming).
const DIMENSIONS = 64;

function hashWord(word) {
  let hash = 2166136261; // FNV-1a
  for (const char of word) {
    hash ^= char.codePointAt(0);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash;
}

function embed(text) {
  const vector = new Float32Array(DIMENSIONS);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []) {
    vector[hashWord(word) % DIMENSIONS] += 1;
  }
  return vector;
}

export const toyEmbedding = {
  dimensions: DIMENSIONS,
  async embedDocuments(texts) {
    return texts.map(embed);
  },
  async embedQuery(text) {
    return embed(text);
  },
};
