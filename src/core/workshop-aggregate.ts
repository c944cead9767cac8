import { disagreement } from './disagreement.js';
import type { Questionnaire } from './model.js';
import { stageSpreads, scorableAnswers, type StageSpread } from './stage-spread.js';
import { suggestConsensus, type ConsensusSuggestion } from './suggest-consensus.js';
import { visibleQuestions } from './visibility.js';
import type { Participant } from './workshop-model.js';

/** Disagreement from which a question counts as disputed. */
export const DISPUTED_FROM = 0.5;

/** How the group answered one question. */
export interface QuestionAggregate {
  id: string;
  stage: string;
  /** Participants to whom the question was shown (their own earlier answers can hide it). */
  shown: number;
  answered: number;
  na: number;
  dontKnow: number;
  unanswered: number;
  /** Votes per option id, in the questionnaire's order (for multiple choice: how many chose each). */
  distribution: Record<string, number>;
  /** 0..1, over the answers given; "not applicable", "I don't know" and no answer are left to `knowledgeGap`. */
  disagreement: number;
  /** Share of those shown the question who said "not applicable", "I don't know" or nothing. */
  knowledgeGap: number;
  suggestion: ConsensusSuggestion;
}

export interface WorkshopAggregate {
  participants: number;
  questions: QuestionAggregate[];
  stages: StageSpread[];
  /** Ids of questions with disagreement at least 0.5, most disputed first (questionnaire order on a tie). */
  disputed: string[];
}

/** Aggregates one round of participants' answers: pure, and the same in the CLI, the site and the PDF. */
export function aggregateQuestions(questionnaire: Questionnaire, participants: readonly Participant[]): QuestionAggregate[] {
  const visible = participants.map((p) => visibleQuestions(questionnaire.questions, scorableAnswers(p.answers)));
  return questionnaire.questions.map((q) => {
    const distribution: Record<string, number> = Object.fromEntries(q.options.map((o) => [o.id, 0]));
    const values: (string | string[])[] = [];
    const votes: (string | string[] | 'na')[] = [];
    let shown = 0;
    let na = 0;
    let dontKnow = 0;
    let unanswered = 0;
    participants.forEach((p, i) => {
      if (!visible[i]!.has(q.id)) return;
      shown++;
      const a = p.answers[q.id];
      if (a?.dontKnow) dontKnow++;
      else if (a?.na && q.allowNa) {
        na++;
        votes.push('na');
      } else if (a?.value === undefined) unanswered++;
      else {
        values.push(a.value);
        votes.push(a.value);
        for (const id of Array.isArray(a.value) ? a.value : [a.value]) if (id in distribution) distribution[id]!++;
      }
    });
    return {
      id: q.id,
      stage: q.stage,
      shown,
      answered: values.length,
      na,
      dontKnow,
      unanswered,
      distribution,
      disagreement: disagreement(q, values),
      knowledgeGap: shown === 0 ? 0 : (na + dontKnow + unanswered) / shown,
      suggestion: suggestConsensus(q, votes, shown),
    };
  });
}

/** Question ids whose disagreement is at least 0.5, most disputed first. */
export function disputedQuestions(questions: readonly QuestionAggregate[]): string[] {
  return questions
    .map((q, i) => ({ q, i }))
    .filter(({ q }) => q.disagreement >= DISPUTED_FROM)
    .sort((a, b) => b.q.disagreement - a.q.disagreement || a.i - b.i)
    .map(({ q }) => q.id);
}

/** Everything the board, `digimat score` and the report show about a workshop's answers. */
export function aggregateWorkshop(questionnaire: Questionnaire, participants: readonly Participant[]): WorkshopAggregate {
  const questions = aggregateQuestions(questionnaire, participants);
  return {
    participants: participants.length,
    questions,
    stages: stageSpreads(questionnaire, participants),
    disputed: disputedQuestions(questions),
  };
}
