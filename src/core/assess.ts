import type { ActionIndex, Answers, Company, Questionnaire } from './model.js';
import { planActions, type Plan } from './plan.js';
import { scoreAnswers, type ScoreResult } from './score.js';

export interface AssessmentResult {
  score: ScoreResult;
  plan: Plan;
}

/**
 * Scores an assessment and plans its actions: the one entry point every face calls. A company whose
 * head count is unknown is planned like a visitor with no company: no size is assumed.
 */
export function assess(
  questionnaire: Questionnaire,
  actions: ActionIndex,
  assessment: { answers: Answers; company?: Partial<Pick<Company, 'employees'>> },
): AssessmentResult {
  const score = scoreAnswers(questionnaire, assessment.answers);
  const employees = assessment.company?.employees;
  return { score, plan: planActions(questionnaire, actions, score, employees === undefined ? undefined : { employees }) };
}
