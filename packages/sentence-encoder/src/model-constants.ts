/** The provider's name in errors, written out: tsup's CJS output renames classes. */
export const PROVIDER_NAME = 'SentenceEncoderEmbeddingProvider';
/** What vectors of this provider are recorded as; a store of other vectors refuses them. */
export const MODEL_ID = 'use-lite-512';
/** Length of Universal Sentence Encoder lite's vectors. */
export const DIMENSIONS = 512;
/** Pieces of a text the model reads; the rest of a longer text is left out of its vector. */
export const MAX_PIECES = 512;
