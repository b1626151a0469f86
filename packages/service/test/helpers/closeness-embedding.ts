import type { EmbeddingProvider } from '@casual-memory/core';

/**
 * An embedding whose vectors are chosen by text: each listed text is at the given cosine with every
 * unlisted text (a question, the new statement), and the listed texts are nearly apart from each other
 * (their cosine is the product of theirs), so a test decides exactly which pairs are similar.
 */
export function closenessEmbedding(
  closeness: Readonly<Record<string, number>>,
  floors: Pick<EmbeddingProvider, 'similarityFloor' | 'recallFloor' | 'modelFloor' | 'paraphraseFloor'> = {},
): EmbeddingProvider {
  const texts = Object.keys(closeness);
  const dimensions = texts.length + 1;
  const embed = (text: string): Float32Array => {
    const vector = new Float32Array(dimensions);
    const cosine = closeness[text];
    if (cosine === undefined) vector[0] = 1;
    else {
      vector[0] = cosine;
      vector[texts.indexOf(text) + 1] = Math.sqrt(1 - cosine ** 2);
    }
    return vector;
  };
  return { dimensions, ...floors, embedDocuments: async (batch) => batch.map(embed), embedQuery: async (text) => embed(text) };
}
