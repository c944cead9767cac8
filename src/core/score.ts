import { completenessOf, DEFAULT_MIN_COMPLETENESS } from './completeness.js';
import { levelFor } from './levels.js';
import type { Answers, Level, Questionnaire } from './model.js';
import { answerRatio } from './question-kinds.js';
import { visibleQuestions } from './visibility.js';

export type QuestionStatus = 'answered' | 'na' | 'hidden' | 'unanswered';

/** How one question counted: its status and, when answered, the share of points earned. */
export interface QuestionOutcome {
  id: string;
  stage: string;
  status: QuestionStatus;
  ratio?: number;
  weight: number;
}

/** The lowest and highest score still reachable: unanswered questions at no points and at full points. */
export interface ScoreRange {
  min: number;
  max: number;
}

export interface StageScore {
  id: string;
  title: string;
  weight: number;
  /** 0-100, one decimal, over the answered questions; null when none is answered yet. */
  score: number | null;
  /** Null while the stage is incomplete: a provisional score earns no level. */
  level: Level | null;
  answered: number;
  applicable: number;
  /** Sum of the weights of the answered applicable questions: the stage's denominator. */
  scoredWeight: number;
  /** answered / applicable, 0..1; 1 when nothing applies. */
  completeness: number;
  /** Whether completeness reaches the questionnaire's `minCompleteness`. */
  complete: boolean;
  /**
   * Where the score could still end up; null when nothing applies. It equals the score once every
   * applicable question is answered, and stays open (honestly) for a stage that passed the bar
   * with questions still unanswered.
   */
  range: ScoreRange | null;
  /** Answers still needed to reach the bar (0 once complete). */
  remaining: number;
  /** The first visible, applicable, unanswered question of the stage, in questionnaire order. */
  firstUnanswered: string | null;
}

export interface OverallScore {
  score: number | null;
  /** Only when every stage is complete. */
  level: Level | null;
  /** Every stage complete. */
  complete: boolean;
  /** Answered / applicable over the whole questionnaire; 1 when nothing applies. */
  completeness: number;
  /** The stage ranges combined with the stage weights; null when nothing applies anywhere. */
  range: ScoreRange | null;
}

export interface ScoreResult {
  questionnaire: { id: string; version: number; lang: string };
  overall: OverallScore;
  stages: StageScore[];
  /**
   * The stage that is certainly the lowest: the lowest complete stage (earliest on a tie) when no
   * incomplete stage could still end below it, or an incomplete stage whose whole range lies below
   * every other stage. Null when no stage is complete, or when incomplete stages make it uncertain.
   */
  weakest: string | null;
  /** Incomplete stages whose range reaches below the lowest complete stage while weakest is null, in stage order. */
  weakestUnknownBecause: string[];
  outcomes: Map<string, QuestionOutcome>;
}

/** Rounds to one decimal, the precision every face shows. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Scores each stage and the whole from the answers; pure and deterministic. */
export function scoreAnswers(questionnaire: Questionnaire, answers: Answers): ScoreResult {
  const visible = visibleQuestions(questionnaire.questions, answers);
  const outcomes = new Map<string, QuestionOutcome>();
  for (const q of questionnaire.questions) {
    const answer = answers[q.id];
    let status: QuestionStatus;
    let ratio: number | undefined;
    if (!visible.has(q.id)) status = 'hidden';
    else if (answer?.na && q.allowNa) status = 'na';
    else if (answer?.value === undefined) status = 'unanswered';
    else {
      status = 'answered';
      ratio = answerRatio(q, answer.value);
    }
    outcomes.set(q.id, { id: q.id, stage: q.stage, status, weight: q.weight, ...(ratio === undefined ? {} : { ratio }) });
  }

  const minCompleteness = questionnaire.minCompleteness ?? DEFAULT_MIN_COMPLETENESS;
  const raw = new Map<string, number>();
  const rawRange = new Map<string, ScoreRange>();
  const stages: StageScore[] = questionnaire.stages.map((stage) => {
    let earned = 0;
    let scoredWeight = 0;
    let openWeight = 0;
    let answered = 0;
    let applicable = 0;
    let firstUnanswered: string | null = null;
    for (const o of outcomes.values()) {
      if (o.stage !== stage.id || o.status === 'hidden' || o.status === 'na') continue;
      applicable++;
      if (o.status !== 'answered') {
        openWeight += o.weight;
        firstUnanswered ??= o.id;
        continue;
      }
      answered++;
      scoredWeight += o.weight;
      earned += o.weight * o.ratio!;
    }
    const value = scoredWeight > 0 ? (100 * earned) / scoredWeight : null;
    if (value !== null) raw.set(stage.id, value);
    const total = scoredWeight + openWeight;
    const range = total > 0 ? { min: (100 * earned) / total, max: (100 * (earned + openWeight)) / total } : null;
    if (range) rawRange.set(stage.id, range);
    const score = value === null ? null : round1(value);
    const { completeness, complete, remaining } = completenessOf(answered, applicable, minCompleteness);
    return {
      id: stage.id,
      title: stage.title,
      weight: stage.weight,
      score,
      level: score === null || !complete ? null : levelFor(questionnaire.levels, score),
      answered,
      applicable,
      scoredWeight,
      completeness,
      complete,
      range: range && { min: round1(range.min), max: round1(range.max) },
      remaining,
      firstUnanswered,
    };
  });

  let total = 0;
  let weights = 0;
  for (const s of questionnaire.stages) {
    const v = raw.get(s.id);
    if (v === undefined) continue;
    total += s.weight * v;
    weights += s.weight;
  }
  const overall = weights > 0 ? round1(total / weights) : null;

  // A stage with applicable questions but no answer has no score, yet still spans 0..100 here,
  // so the overall range always contains the overall score (see docs/scoring.md).
  let low = 0;
  let high = 0;
  let rangeWeights = 0;
  for (const s of questionnaire.stages) {
    const r = rawRange.get(s.id);
    if (!r) continue;
    low += s.weight * r.min;
    high += s.weight * r.max;
    rangeWeights += s.weight;
  }
  const overallRange = rangeWeights > 0 ? { min: round1(low / rangeWeights), max: round1(high / rangeWeights) } : null;
  const answeredAll = stages.reduce((n, s) => n + s.answered, 0);
  const applicableAll = stages.reduce((n, s) => n + s.applicable, 0);
  const allComplete = stages.every((s) => s.complete);

  const { weakest, unknownBecause } = pickWeakest(stages);

  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version, lang: questionnaire.lang },
    overall: {
      score: overall,
      level: overall === null || !allComplete ? null : levelFor(questionnaire.levels, overall),
      complete: allComplete,
      completeness: applicableAll > 0 ? answeredAll / applicableAll : 1,
      range: overallRange,
    },
    stages,
    weakest,
    weakestUnknownBecause: unknownBecause,
    outcomes,
  };
}

/**
 * Names the weakest stage only when no other stage can end lower: a complete stage counts at its
 * score, an incomplete one anywhere in its range (docs/scoring.md, "Weakest stage").
 */
function pickWeakest(stages: readonly StageScore[]): { weakest: string | null; unknownBecause: string[] } {
  let low: StageScore | null = null;
  for (const s of stages) {
    if (s.complete && s.score !== null && (low === null || s.score < low.score!)) low = s;
  }
  if (low === null) return { weakest: null, unknownBecause: [] };
  const w = low.score!;
  const open = stages.filter((s) => !s.complete && s.range !== null);
  const below = open.filter((s) => s.range!.max < w);
  const certain = below.find((x) => open.every((o) => o === x || x.range!.max <= o.range!.min));
  if (certain) return { weakest: certain.id, unknownBecause: [] };
  const unknownBecause = open.filter((s) => s.range!.min < w).map((s) => s.id);
  return unknownBecause.length ? { weakest: null, unknownBecause } : { weakest: low.id, unknownBecause: [] };
}
