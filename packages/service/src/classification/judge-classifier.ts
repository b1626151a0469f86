import { type MemoryFact, type ScoredMemory, ValidationError } from '@casual-memory/core';
import type { PairJudge, PairJudgement, PairVerdict } from '../judgement/pair-verdict';
import type { CallCounts } from '../observability/call-counts';
import { metricsOf } from '../observability/metrics-of';
import { checkCount, checkUnitInterval } from './check-unit-interval';
import { clarificationHint, conflictCategory } from './conflict-category';
import { readAmongCandidates } from './neutral-in-a-crowd';
import { changesOutdone } from './one-change-per-add';
import { type JudgedCandidate, pairsWorthAsking } from './pairs-worth-asking';
import type { CheckType, ClassificationRun, MemoryClassifier, SimilarityResult } from './similarity-result';

/** The rules' verdict on each pair of one run, the loose readings set aside, and the pairs that earn its model calls. */
interface RunPlan {
  rules: Map<string, PairVerdict>;
  outdone: Map<string, string>;
  ask: Set<string>;
  /** The model's verdicts on the pairs asked about together, in one call (see `maxPairsPerCall`). */
  askedTogether: Map<string, PairVerdict>;
  /** The operation had no model call left when the run began. */
  budgetSpent: boolean;
}

export interface JudgeClassifierOptions {
  /** Asked only about the pairs `judge` is not confident about. Default: none. */
  model?: PairJudge;
  /**
   * With a model: a rule verdict is acted on at or above this confidence, anything below goes to the
   * model. Default 0.95.
   */
  acceptWithModel?: number;
  /**
   * Without a model: a rule verdict is acted on at or above this confidence; below it the pair stays
   * two facts (nothing lost) and the decision says so. Default 0.5: act on the more likely reading.
   */
  acceptOffline?: number;
  /**
   * The most model calls one `add` may make; further unsure pairs keep both facts. Default 1. Within a
   * classification run, the calls go to the unsure pairs likeliest to be related (see `pairsWorthAsking`),
   * not simply the closest.
   */
  maxModelCallsPerAdd?: number;
  /**
   * Asks the model less: a pair the rules read as neutral is taken as neutral without asking unless its
   * similarity is at least this much above every other candidate's of the add (see
   * `readAmongCandidates`; 0.1 is what was measured). Default: off, every unsure pair may be asked.
   */
  standOutMargin?: number;
  /**
   * With a model that can judge several pairs at once (`PairJudge.judgeAmong`, as `LlmPairJudge` does): an
   * add with more than one pair to ask about asks about up to this many of them, likeliest first, in one
   * call, so the pair the new statement is about is not missed for a closer one. 1 asks one pair per call.
   * Default 6.
   */
  maxPairsPerCall?: number;
}

/**
 * Decides each pair with a judge that knows how sure it is: the rules' verdict is taken when its
 * measured confidence clears the bar; otherwise a chat model is asked when one is configured, and when
 * none is (or it fails), both statements stay as two facts and the decision's reason says why.
 * Contradictions carry the category, the question to ask the user and the pair's average importance.
 */
export class JudgeClassifier implements MemoryClassifier {
  readonly name = 'judge';
  readonly acceptWithModel: number;
  readonly acceptOffline: number;
  readonly maxModelCallsPerAdd: number;
  readonly standOutMargin: number | undefined;
  readonly maxPairsPerCall: number;
  readonly #judge: PairJudge;
  readonly #model: PairJudge | undefined;
  readonly #counts = { judged: 0, byRules: 0, byModel: 0, undecided: 0 };
  readonly #plans = new WeakMap<ClassificationRun, Promise<RunPlan>>();
  // Model asks per operation (keyed on its counters), so the budget holds for a model that counts no calls of its own.
  readonly #asks = new WeakMap<CallCounts, number>();

  constructor(judge: PairJudge, options: JudgeClassifierOptions = {}) {
    this.#judge = judge;
    this.#model = options.model;
    this.acceptWithModel = checkUnitInterval(options.acceptWithModel ?? 0.95, 'acceptWithModel');
    this.acceptOffline = checkUnitInterval(options.acceptOffline ?? 0.5, 'acceptOffline');
    this.maxModelCallsPerAdd = checkCount(options.maxModelCallsPerAdd ?? 1, 'maxModelCallsPerAdd');
    this.standOutMargin = options.standOutMargin === undefined ? undefined : checkUnitInterval(options.standOutMargin, 'standOutMargin');
    this.maxPairsPerCall = checkCount(options.maxPairsPerCall ?? 6, 'maxPairsPerCall');
    if (this.maxPairsPerCall < 1) {
      throw new ValidationError({ path: 'maxPairsPerCall', message: 'Invalid maxPairsPerCall: expected at least 1, got 0' });
    }
  }

  async classifyPair(
    newMemory: MemoryFact,
    similar: ScoredMemory,
    checkType: CheckType,
    existing: SimilarityResult | null,
    run?: ClassificationRun,
  ): Promise<SimilarityResult | null> {
    if (existing !== null) return existing;
    this.#counts.judged += 1;
    // Offline, a plan only matters when a pair has siblings whose readings may outdo its own.
    const planned = run !== undefined && (this.#model !== undefined || run.candidates.length > 1);
    const plan = planned ? await this.#planFor(run) : undefined;
    const calls = run?.calls;
    const rules = plan?.rules.get(similar.id) ?? (await this.#judge.judge(similar.memory, newMemory, similar.score, { calls }));
    const bar = this.#model === undefined ? this.acceptOffline : this.acceptWithModel;
    const outdone = plan?.outdone.get(similar.id);
    if (outdone !== undefined && this.#settles(rules, bar)) return this.undecided(similar, rules, checkType, outdone, true);
    if (this.#settles(rules, bar)) {
      this.#counts.byRules += 1;
      return this.toResult(newMemory, similar, rules, checkType);
    }
    const together = plan?.askedTogether.get(similar.id);
    if (together !== undefined) {
      if (together.outcome === 'unsure') return this.undecided(similar, rules, checkType, together.reason);
      this.#counts.byModel += 1;
      return this.toResult(newMemory, similar, together, checkType, rules);
    }
    if (this.#model !== undefined && plan !== undefined && !plan.ask.has(similar.id)) {
      const why = plan.budgetSpent ? 'the model was already asked for this add' : 'the model was asked about a likelier pair of this add';
      return this.undecided(similar, rules, checkType, why);
    }
    if (this.#model !== undefined && this.#modelCallsSoFar(calls) < this.maxModelCallsPerAdd) {
      if (calls !== undefined) this.#asks.set(calls, (this.#asks.get(calls) ?? 0) + 1);
      const asked = await this.#model.judge(similar.memory, newMemory, similar.score, { calls });
      if (asked.outcome !== 'unsure') {
        this.#counts.byModel += 1;
        return this.toResult(newMemory, similar, asked, checkType, rules);
      }
      return this.undecided(similar, rules, checkType, asked.reason);
    }
    return this.undecided(similar, rules, checkType, this.#model === undefined ? OFFLINE : 'the model was already asked for this add');
  }

  /** Model calls the operation has made so far: the chat calls counted, or this classifier's asks if more. */
  #modelCallsSoFar(calls: CallCounts | undefined): number {
    return calls === undefined ? 0 : Math.max(calls.llm, this.#asks.get(calls) ?? 0);
  }

  #settles(rules: PairVerdict, bar: number): boolean {
    return rules.outcome !== 'unsure' && rules.confidence >= bar;
  }

  /**
   * Reads every pair of the run with the rules once, sets aside the loose readings of change another pair
   * outdoes, and (with a model) picks the unsettled pairs the model is asked about.
   */
  #planFor(run: ClassificationRun): Promise<RunPlan> {
    let plan = this.#plans.get(run);
    if (plan === undefined) {
      plan = (async () => {
        const judged = await Promise.all(
          run.candidates.map(async (similar) => ({
            similar,
            rules: await this.#readAmongCandidates(similar, run),
          })),
        );
        const budget = this.maxModelCallsPerAdd - this.#modelCallsSoFar(run.calls);
        const unsettled = judged.filter((candidate) => !this.#settles(candidate.rules, this.acceptWithModel));
        const askedTogether = await this.#askTogether(unsettled, run, budget);
        return {
          rules: new Map(judged.map((candidate) => [candidate.similar.id, candidate.rules])),
          outdone: changesOutdone(judged, run.newMemory),
          ask: this.#model === undefined || askedTogether.size > 0 ? new Set<string>() : pairsWorthAsking(unsettled, budget),
          askedTogether,
          budgetSpent: budget <= 0,
        };
      })();
      this.#plans.set(run, plan);
    }
    return plan;
  }

  /**
   * With more than one unsettled pair, a model that judges several at once and a call left: one call
   * about the likeliest `maxPairsPerCall` of them. Its verdicts by memory id; none otherwise.
   */
  async #askTogether(unsettled: readonly JudgedCandidate[], run: ClassificationRun, budget: number): Promise<Map<string, PairVerdict>> {
    const judgeAmong = this.#model?.judgeAmong?.bind(this.#model);
    if (judgeAmong === undefined || this.maxPairsPerCall < 2 || unsettled.length < 2 || budget < 1) return new Map();
    const ids = [...pairsWorthAsking(unsettled, this.maxPairsPerCall)];
    const asked = ids.map((id) => unsettled.find((candidate) => candidate.similar.id === id)!.similar);
    if (run.calls !== undefined) this.#asks.set(run.calls, (this.#asks.get(run.calls) ?? 0) + 1);
    const verdicts = await judgeAmong(
      asked.map((similar) => similar.memory),
      run.newMemory,
      { calls: run.calls },
    );
    return new Map(asked.map((similar, index) => [similar.id, verdicts[index] ?? unanswered()]));
  }

  /** The rules' verdict on one pair of the run; with `standOutMargin`, read with the run's other candidates. */
  async #readAmongCandidates(similar: ScoredMemory, run: ClassificationRun): Promise<PairVerdict> {
    const rules = await this.#judge.judge(similar.memory, run.newMemory, similar.score, { calls: run.calls });
    return this.standOutMargin === undefined ? rules : readAmongCandidates(rules, similar, run.candidates, this.standOutMargin);
  }

  private toResult(
    newMemory: MemoryFact,
    similar: ScoredMemory,
    verdict: PairVerdict,
    checkType: CheckType,
    overruled?: PairVerdict,
  ): SimilarityResult {
    const outcome = verdict.outcome === 'unsure' ? 'neutral' : verdict.outcome;
    const metadata: Record<string, unknown> = {
      detectionMethod: verdict.method,
      checkType,
      ...(verdict.relation === undefined ? {} : { relation: verdict.relation }),
      ...(overruled === undefined ? {} : { rulesSaid: `${overruled.outcome} (${overruled.confidence.toFixed(2)})` }),
    };
    // What a replacement is about: an update of one side of a pending conflict about the same settles it whole.
    if (outcome === 'superseded' && verdict.category !== undefined) metadata.category = verdict.category;
    if (outcome === 'conflict') {
      const category = verdict.category ?? conflictCategory(similar.memory.text, newMemory.text);
      metadata.category = category;
      metadata.clarificationHint = verdict.clarificationHint ?? clarificationHint(category);
      metadata.avgImportance = (similar.memory.importance + newMemory.importance) / 2;
    }
    const reason = verdict.method === 'llm' ? `the model: ${verdict.reason}` : verdict.reason;
    return { similar, outcome, confidence: verdict.confidence, classifier: this.name, reason, metadata };
  }

  /**
   * Both statements kept as two facts, and why: what the rules make of the pair in words a user reads (the
   * likelier reading, the rules' reason and how sure they are), then why nothing acted on it. `sureEnough`: the
   * rules' reading cleared the bar, and something else (`why`) held it back.
   */
  private undecided(similar: ScoredMemory, rules: PairVerdict, checkType: CheckType, why: string, sureEnough = false): SimilarityResult {
    this.#counts.undecided += 1;
    return {
      similar,
      outcome: 'neutral',
      confidence: 0.5,
      classifier: this.name,
      reason: `undecided, both kept: ${leaningOf(rules, sureEnough)}; ${why}`,
      metadata: {
        detectionMethod: 'undecided',
        checkType,
        undecided: true,
        rulesSaid: `${rules.outcome} (${rules.confidence.toFixed(2)})`,
      },
    };
  }

  getMetrics(): Record<string, unknown> {
    return {
      ...this.#counts,
      acceptWithModel: this.acceptWithModel,
      acceptOffline: this.acceptOffline,
      ...(this.standOutMargin === undefined ? {} : { standOutMargin: this.standOutMargin }),
      maxPairsPerCall: this.maxPairsPerCall,
      ...metricsOf(this.#judge),
      ...(this.#model === undefined ? {} : metricsOf(this.#model)),
    };
  }
}

/** A pair a judge of several left without a verdict: unsure, both facts kept. */
function unanswered(): PairVerdict {
  return { outcome: 'unsure', confidence: 0, reason: 'the model gave no verdict on it', method: 'llm_failed' };
}

/** Why an undecided pair stayed two facts without a model: said as a mode of use, not as a fault. */
const OFFLINE = 'offline, there is no chat model to ask';

/** What each reading says of the pair, and what it would have done had the rules been sure enough. */
const HELD_BACK: Readonly<Record<Exclude<PairJudgement, 'neutral' | 'unsure'>, { says: string; act: string }>> = {
  superseded: { says: 'the new one may replace it', act: 'archive it' },
  same: { says: 'it may be the same fact again', act: 'merge them' },
  conflict: { says: 'they may contradict each other', act: 'raise a conflict' },
};

/**
 * The rules' reading of a pair they did not act on, e.g. `the new one may replace it (only "korean" in common),
 * not surely enough to archive it (confidence 0.34)` or `most likely separate facts (no words in common, confidence 0.41)`.
 */
function leaningOf(rules: PairVerdict, sureEnough: boolean): string {
  const sure = `confidence ${rules.confidence.toFixed(2)}`;
  if (rules.outcome === 'unsure') return `the rules cannot tell how the two relate (${rules.reason})`;
  if (rules.outcome === 'neutral') return `most likely separate facts (${rules.reason}, ${sure})`;
  const { says, act } = HELD_BACK[rules.outcome];
  const held = `${says} (${rules.reason})`;
  return sureEnough ? held : `${held}, not surely enough to ${act} (${sure})`;
}
