import type { AssessmentResult } from '../core/assess.js';
import type { ActionIndex, Answer, Assessment, FundingNames, Question, Questionnaire } from '../core/model.js';

/** What the report documents (PDF, Markdown, CSV) are made from: an assessment and its result. */
export interface ReportInput {
  assessment: Assessment;
  questionnaire: Questionnaire;
  result: AssessmentResult;
  actions: ActionIndex;
  /** The funding scheme the actions name categories of (Kit Digital for the bundled model), in the report's language. */
  funding?: FundingNames;
}

/** " · Kit Digital: Website…": the scheme's name and the category's, or nothing when the item names none. */
export function fundingLabel(funding: FundingNames | undefined, category: string | undefined): string {
  return category && funding ? ` · ${funding.name}: ${funding.categories[category] ?? category}` : '';
}

/** The chosen option labels of an answer, as a reader would say them. */
export function answerLabel(q: Question, a: Answer | undefined, na: string): string {
  if (!a) return '—';
  if (a.na) return na;
  const ids = a.value === undefined ? [] : Array.isArray(a.value) ? a.value : [a.value];
  return ids.map((id) => q.options.find((o) => o.id === id)?.label ?? id).join(', ') || '—';
}

/** Each reason for a plan item: the question and what was answered. */
export function reasons(input: ReportInput, because: string[], na: string): { prompt: string; answer: string }[] {
  return because.map((id) => {
    const q = input.questionnaire.questions.find((x) => x.id === id)!;
    return { prompt: q.prompt, answer: answerLabel(q, input.assessment.answers[id], na) };
  });
}
