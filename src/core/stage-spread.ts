import type { Answers, Questionnaire } from './model.js';
import { round1, scoreAnswers } from './score.js';
import type { Participant, ParticipantAnswers } from './workshop-model.js';

/** One stage across the group: each participant's score and the group's median, minimum and maximum. */
export interface StageSpread {
  stage: string;
  /** Score by participant key; null when that participant answered nothing scorable in the stage. */
  scores: Record<string, number | null>;
  /** Over the participants with a score; null when nobody has one. */
  min: number | null;
  median: number | null;
  max: number | null;
}

/** A participant's answers as an assessment's: "I don't know" counts as not answered. */
export function scorableAnswers(answers: ParticipantAnswers): Answers {
  const out: Answers = {};
  for (const [id, a] of Object.entries(answers)) {
    if (a.dontKnow) continue;
    out[id] = { ...(a.value === undefined ? {} : { value: a.value }), ...(a.na ? { na: true } : {}), ...(a.note ? { note: a.note } : {}) };
  }
  return out;
}

/** Median of numbers (mean of the middle two for an even count), rounded to one decimal. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return round1(s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2);
}

/** Scores every participant with the same scoring as an assessment and summarises each stage. */
export function stageSpreads(questionnaire: Questionnaire, participants: readonly Participant[]): StageSpread[] {
  const results = participants.map((p) => ({ key: p.key, score: scoreAnswers(questionnaire, scorableAnswers(p.answers)) }));
  return questionnaire.stages.map((stage) => {
    const scores: Record<string, number | null> = {};
    const present: number[] = [];
    for (const r of results) {
      const s = r.score.stages.find((x) => x.id === stage.id)?.score ?? null;
      scores[r.key] = s;
      if (s !== null) present.push(s);
    }
    return {
      stage: stage.id,
      scores,
      min: present.length ? Math.min(...present) : null,
      median: median(present),
      max: present.length ? Math.max(...present) : null,
    };
  });
}
