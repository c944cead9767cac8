import type { ActionIndex, Assessment, Questionnaire } from './model.js';
import { planActions, type Plan } from './plan.js';
import { scoreAnswers, type ScoreResult } from './score.js';

export interface AssessmentResult {
  score: ScoreResult;
  plan: Plan;
}

/** Scores an assessment and plans its actions: the one entry point every face calls. */
export function assess(questionnaire: Questionnaire, actions: ActionIndex, assessment: Pick<Assessment, 'answers' | 'company'>): AssessmentResult {
  const score = scoreAnswers(questionnaire, assessment.answers);
  return { score, plan: planActions(questionnaire, actions, score, assessment.company) };
}
