/** Turns text into vectors. Injected: nothing in casual-memory downloads a model. */
export interface EmbeddingProvider {
  readonly dimensions: number;
  /**
   * A stable name of the model and its settings (e.g. `openai:text-embedding-3-small:1536`). Vectors of
   * two embedders must never share a store: callers record it beside the data and refuse another.
   */
  readonly modelId?: string;
  /**
   * The cosine similarity at or above which two statements embedded by this provider may be about the
   * same thing, so the write pipeline compares them. Each model scores related sentences on its own
   * scale (a hashing embedder near 0.4, OpenAI's current models near 0.5, E5 near 0.85), so the number
   * belongs to the provider, calibrated on labelled pairs. The service falls back to 0.85 (the original's
   * E5 value) when a provider leaves it out.
   */
  readonly similarityFloor?: number;
  /**
   * With a chat model to settle what the rules cannot, the cosine at or above which the write pipeline
   * compares pairs instead: lower than `similarityFloor`, so nearly every related pair reaches it (the
   * rules alone are not reliable on the weakly similar ones, the model is). Defaults to `similarityFloor`.
   */
  readonly modelFloor?: number;
  /**
   * The cosine similarity a query needs to reach a stored statement it is about: the default `minScore`
   * of recall. Questions score lower against their answers than paraphrases do, so this is below
   * `similarityFloor`.
   */
  readonly recallFloor?: number;
  /**
   * The cosine similarity at or above which two statements that share all but one word of the later one
   * ("I'm a nurse at St Mary's" / "I'm a nurse at St Mary's hospital") are one statement said again, for
   * the offline rules when nothing else tells them apart. Only a model that scores meaning, not shared words,
   * can declare it; without it the rules leave such pairs as two facts.
   */
  readonly paraphraseFloor?: number;
  /** Embeds texts to be stored, in order. */
  embedDocuments(texts: string[]): Promise<Float32Array[]>;
  /** Embeds a search query (some models embed queries and documents differently). */
  embedQuery(text: string): Promise<Float32Array>;
}
