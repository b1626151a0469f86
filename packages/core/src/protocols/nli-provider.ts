/** Probabilities (summing to about 1) that a premise contradicts, entails or is neutral to a hypothesis. */
export interface NliScores {
  contradiction: number;
  entailment: number;
  neutral: number;
}

/** A natural-language-inference model. */
export interface NliProvider {
  predict(premise: string, hypothesis: string): Promise<NliScores>;
}
