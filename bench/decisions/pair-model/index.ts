// The experiment's entry, bundled from source by bench/decisions/pair-model/load-pair-model.mjs.
export { isSameText } from '../../../packages/service/src/judgement/same-text';
export { analyzeCached, compareTexts } from '../../../packages/service/src/offline/statement-cache';
export { pairFeatures } from './pair-features';
export { PairModelJudge } from './pair-model-judge';
