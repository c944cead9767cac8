import type { Answers, Questionnaire } from '../core/model.js';
import type { VisitorCompany } from './answer-store.js';

/**
 * Reads answers from name/value pairs as the questionnaire form submits them (`a.<question>` for
 * options, `na.<question>` for "not applicable", `none.<question>` for a multiple choice's explicit
 * "none of these", `company.*`). The same reading serves the live form and a form submitted without
 * JavaScript (the query string of the results page). "None of these" is an answer worth no points,
 * stored as `[]` like the YAML, so an honest "we have none" counts towards completeness.
 */
export function answersFromPairs(q: Questionnaire, pairs: Iterable<[string, string]>): { answers: Answers; company: VisitorCompany } {
  const values = new Map<string, string[]>();
  const na = new Set<string>();
  const none = new Set<string>();
  const company: VisitorCompany = {};
  for (const [name, value] of pairs) {
    if (name.startsWith('a.')) values.set(name.slice(2), [...(values.get(name.slice(2)) ?? []), value]);
    else if (name.startsWith('na.')) na.add(name.slice(3));
    else if (name.startsWith('none.')) none.add(name.slice(5));
    else if (name === 'company.name' && value.trim()) company.name = value.trim();
    else if (name === 'company.sector' && value.trim()) company.sector = value.trim();
    else if (name === 'company.employees' && /^\d+$/.test(value.trim())) company.employees = Number(value.trim());
  }
  const answers: Answers = {};
  for (const question of q.questions) {
    if (na.has(question.id) && question.allowNa) {
      answers[question.id] = { na: true };
      continue;
    }
    const chosen = (values.get(question.id) ?? []).filter((v) => question.options.some((o) => o.id === v));
    if (chosen.length === 0) {
      if (question.kind === 'multiple' && none.has(question.id)) answers[question.id] = { value: [] };
      continue;
    }
    answers[question.id] = { value: question.kind === 'multiple' ? chosen : chosen[0]! };
  }
  return { answers, company };
}
