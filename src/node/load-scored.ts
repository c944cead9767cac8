import { assess, type AssessmentResult } from '../core/assess.js';
import { ValidationError } from '../core/errors.js';
import { formatIssue, hasErrors, sortIssues, type Issue } from '../core/issue.js';
import type { Assessment, Questionnaire } from '../core/model.js';
import { loadAssessmentText } from '../model/load-assessment.js';
import { actionsFor, type ContentSet } from '../model/content-set.js';
import { displayPath } from './display-path.js';
import { loadContent } from './load-content.js';
import { readSource } from './read-text.js';

export interface ScoredAssessment {
  assessment: Assessment;
  questionnaire: Questionnaire;
  result: AssessmentResult;
  content: ContentSet;
  warnings: Issue[];
}

/** Loads an assessment with its content and scores it; throws ValidationError listing every problem. */
export async function loadScored(file: string, contentDir: string, content?: ContentSet): Promise<ScoredAssessment> {
  const set = content ?? (await loadContent(contentDir));
  const shown = displayPath(file);
  const read = await readSource(file, shown);
  const parsed = loadAssessmentText(read.text, shown, set);
  const issues = sortIssues([...read.issues, ...parsed.issues]);
  if (hasErrors(issues) || !parsed.value || !parsed.questionnaire) {
    throw new ValidationError(issues.map(formatIssue).join('\n'));
  }
  const actions = actionsFor(set, parsed.questionnaire);
  return {
    assessment: parsed.value,
    questionnaire: parsed.questionnaire,
    result: assess(parsed.questionnaire, actions, parsed.value),
    content: set,
    warnings: issues,
  };
}
