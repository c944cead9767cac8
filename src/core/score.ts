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

export interface StageScore {
  id: string;
  title: string;
  weight: number;
  /** 0-100, one decimal; null when no applicable question is answered yet. */
  score: number | null;
  level: Level | null;
  answered: number;
  applicable: number;
  /** Sum of the weights of the answered applicable questions: the stage's denominator. */
  scoredWeight: number;
}

export interface ScoreResult {
  questionnaire: { id: string; version: number; lang: string };
  overall: { score: number | null; level: Level | null };
  stages: StageScore[];
  /** The stage with the lowest score (earliest on a tie), or null when nothing is scored. */
  weakest: string | null;
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

  const raw = new Map<string, number>();
  const stages: StageScore[] = questionnaire.stages.map((stage) => {
    let earned = 0;
    let scoredWeight = 0;
    let answered = 0;
    let applicable = 0;
    for (const o of outcomes.values()) {
      if (o.stage !== stage.id || o.status === 'hidden' || o.status === 'na') continue;
      applicable++;
      if (o.status !== 'answered') continue;
      answered++;
      scoredWeight += o.weight;
      earned += o.weight * o.ratio!;
    }
    const value = scoredWeight > 0 ? (100 * earned) / scoredWeight : null;
    if (value !== null) raw.set(stage.id, value);
    const score = value === null ? null : round1(value);
    return {
      id: stage.id,
      title: stage.title,
      weight: stage.weight,
      score,
      level: score === null ? null : levelFor(questionnaire.levels, score),
      answered,
      applicable,
      scoredWeight,
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

  let weakest: StageScore | null = null;
  for (const s of stages) if (s.score !== null && (weakest === null || s.score < weakest.score!)) weakest = s;

  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version, lang: questionnaire.lang },
    overall: { score: overall, level: overall === null ? null : levelFor(questionnaire.levels, overall) },
    stages,
    weakest: weakest?.id ?? null,
    outcomes,
  };
}
