/** Turns text into vectors. Injected: nothing in casual-memory downloads a model. */
export interface EmbeddingProvider {
  readonly dimensions: number;
  /** Embeds texts to be stored, in order. */
  embedDocuments(texts: string[]): Promise<Float32Array[]>;
  /** Embeds a search query (some models embed queries and documents differently). */
  embedQuery(text: string): Promise<Float32Array>;
}
