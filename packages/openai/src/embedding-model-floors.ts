/** The similarity floors of an embedding model (see core's `EmbeddingProvider`). */
export interface EmbeddingModelFloors {
  similarityFloor: number;
  recallFloor: number;
}

// Models whose cosine scale is known. Not measured in this repository (its tests have no network):
// text-embedding-3-* spreads sentences widely (related statements about 0.5 to 0.7, unrelated about 0.1
// to 0.25), ada-002 and E5 compress everything into 0.7 to 1 (the original's 0.85 / 0.75 were tuned on
// E5). Calibrate your own model on labelled pairs and pass `similarityFloor` / `recallFloor`.
const KNOWN: ReadonlyArray<readonly [RegExp, EmbeddingModelFloors]> = [
  [/^text-embedding-3-(?:small|large)$/, { similarityFloor: 0.45, recallFloor: 0.3 }],
  [/^text-embedding-ada-002$/, { similarityFloor: 0.85, recallFloor: 0.75 }],
  [/(?:^|\/)(?:multilingual-)?e5-/i, { similarityFloor: 0.85, recallFloor: 0.75 }],
];

/** The floors of a model this package knows, or `undefined` (the service then uses 0.85 / 0.75). */
export function knownModelFloors(model: string): EmbeddingModelFloors | undefined {
  return KNOWN.find(([pattern]) => pattern.test(model))?.[1];
}
