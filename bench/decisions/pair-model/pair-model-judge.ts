import type { MemoryFact } from '@casual-memory/core';
import type { PairJudge, PairVerdict } from '../../../packages/service/src/judgement/pair-verdict';
import { isSameText } from '../../../packages/service/src/judgement/same-text';
import { compareStatements } from '../../../packages/service/src/offline/compare-statements';
import { analyzeCached } from '../../../packages/service/src/offline/statement-cache';
import { PAIR_FEATURE_NAMES, pairFeatures } from './pair-features';
import { outcomeProbabilities, PAIR_MODEL_OUTCOMES, type PairModelWeights } from './pair-model';
import { PAIR_MODELS } from './pair-model-weights';

/** Confidence of the same text said again: one fact, always. */
const SAME_TEXT_CONFIDENCE = 0.99;

export interface PairModelJudgeOptions {
  /**
   * The `modelId` of the embedder whose cosines `judge` receives as `similarity`: the pair model trained
   * with that embedder's cosines is used (the sentence encoder's `use-lite-512`, the default hashing
   * embedder's), else the one that weighs no similarity. `MemoryService` passes its embedder's.
   */
  embedderModelId?: string;
}

/**
 * An experiment, not the service's judge (see ./README.md): judges a pair without a model call: reads both statements (who they are about, the attribute and its
 * value, negation, numbers and dates, change and correction words), compares them with rules, and
 * weighs those readings, with the embedder's cosine of the pair, in a small logistic model trained on
 * labelled pairs written without the rules (`bench/decisions/train-pair-model.mjs`). The outcome is the
 * likeliest one and its confidence is that model's probability, so the classifier can ask a chat model
 * when it is low. The same words again are always one fact.
 */
export class PairModelJudge implements PairJudge {
  readonly #model: PairModelWeights;
  readonly #usesSimilarity: boolean;
  #judgements = 0;

  constructor(options: PairModelJudgeOptions = {}) {
    const id = options.embedderModelId;
    // Own keys only: an embedder named "constructor" must not find Object's.
    const trained = id !== undefined && Object.hasOwn(PAIR_MODELS, id) ? PAIR_MODELS[id] : undefined;
    this.#model = trained ?? (PAIR_MODELS.none as PairModelWeights);
    this.#usesSimilarity = trained !== undefined;
  }

  async judge(existing: MemoryFact, incoming: MemoryFact, similarity?: number): Promise<PairVerdict> {
    this.#judgements += 1;
    if (isSameText(existing.text, incoming.text)) {
      return { outcome: 'same', confidence: SAME_TEXT_CONFIDENCE, reason: 'the same words again', method: 'exact', relation: 'same-text' };
    }
    const earlier = analyzeCached(existing.text);
    const later = analyzeCached(incoming.text);
    const comparison = compareStatements(earlier, later);
    const cosine = this.#usesSimilarity && similarity !== undefined && Number.isFinite(similarity) ? similarity : 0;
    const probabilities = outcomeProbabilities(this.#model, pairFeatures(earlier, later, comparison, cosine));
    let best = 0;
    for (let k = 1; k < probabilities.length; k++) if (probabilities[k]! > probabilities[best]!) best = k;
    const outcome = PAIR_MODEL_OUTCOMES[best]!;
    const verdict: PairVerdict = {
      outcome,
      confidence: probabilities[best]!,
      reason: comparison.reason,
      method: 'heuristic',
      relation: comparison.relation,
    };
    if (outcome !== 'neutral') verdict.category = comparison.category;
    return verdict;
  }

  getMetrics(): Record<string, unknown> {
    return { heuristicJudgements: this.#judgements, pairModelFeatures: PAIR_FEATURE_NAMES.length };
  }
}
