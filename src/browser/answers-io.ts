import { stringify } from 'yaml';
import type { Answers, Questionnaire } from '../core/model.js';
import type { ContentSet } from '../model/content-set.js';
import { loadAssessmentText } from '../model/load-assessment.js';
import type { Issue } from '../core/issue.js';
import { parseYaml } from '../model/yaml-source.js';
import type { VisitorCompany } from './answer-store.js';
import { visitorAssessment } from './visitor-assessment.js';
import type { IssueCode } from '../core/issue-codes.js';

/** Why a file was refused: it is not an answers file at all, or it is one with these problems. */
export type ImportProblem = { kind: 'not-answers' } | { kind: 'issues'; issues: Issue[] };

export type ImportOutcome = { ok: true; answers: Answers; company: VisitorCompany } | { ok: false; problem: ImportProblem };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whose answers these are, checked before the file's other fields: a file for another questionnaire,
 * language or a newer version is refused for that reason alone, not for fields it lacks.
 */
function wrongQuestionnaire(q: Questionnaire, text: string, fileName: string): Issue | undefined {
  const { data } = parseYaml(text, fileName);
  const head = isRecord(data) && isRecord(data.questionnaire) ? data.questionnaire : undefined;
  if (!head) return undefined;
  const issue = (code: IssueCode) => ({ file: fileName, line: 1, col: 1, code, message: code, severity: 'error' as const });
  if (typeof head.id === 'string' && head.id !== q.id) return issue('unknown-questionnaire');
  if (typeof head.lang === 'string' && head.lang !== q.lang) return issue('unknown-language');
  if (typeof head.version === 'number' && head.version > q.version) return issue('unknown-version');
  return undefined;
}

/** A file that neither parses into a mapping nor mentions a questionnaire is something else entirely (a photo, a letter). */
function looksLikeAnswers(text: string, fileName: string): boolean {
  if (text.includes('\u0000')) return false;
  const { data, issues } = parseYaml(text, fileName);
  if (issues.length) return /\bquestionnaire\b/.test(text);
  return isRecord(data) && 'questionnaire' in data;
}

export interface AnswersIo {
  exportAnswers(q: Questionnaire, answers: Answers, company: VisitorCompany, date: string, format: 'yaml' | 'json'): string;
  importAnswers(q: Questionnaire, text: string, fileName: string): ImportOutcome;
}

/** The visitor's answers as an assessment file, the same format a consultant keeps in assessments/. */
function toAssessment(q: Questionnaire, answers: Answers, company: VisitorCompany, date: string) {
  const out: Record<string, unknown> = {};
  for (const question of q.questions) {
    const a = answers[question.id];
    if (!a) continue;
    if (a.na) out[question.id] = a.note ? { na: true, note: a.note } : { na: true };
    else if (a.value !== undefined) out[question.id] = a.note ? { value: a.value, note: a.note } : a.value;
  }
  return { ...visitorAssessment(q, answers, company, date), answers: out };
}

/** Import and export of answers, run in the browser with the same loader and checks as the CLI. */
export const answersIo: AnswersIo = {
  exportAnswers(q, answers, company, date, format) {
    const doc = toAssessment(q, answers, company, date);
    return format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : stringify(doc);
  },
  importAnswers(q, text, fileName) {
    // JSON is YAML too, so one loader reads both and reports positions the same way.
    const content: ContentSet = {
      files: { questionnaires: [], actionLibraries: [], fundingSchemes: [] },
      coursePages: [],
      questionnaires: [q],
      libraries: new Map(),
      fundingSchemes: new Map(),
      issues: [],
    };
    if (!looksLikeAnswers(text, fileName)) return { ok: false, problem: { kind: 'not-answers' } };
    const foreign = wrongQuestionnaire(q, text, fileName);
    if (foreign) return { ok: false, problem: { kind: 'issues', issues: [foreign] } };
    let parsed: ReturnType<typeof loadAssessmentText>;
    try {
      parsed = loadAssessmentText(text, fileName, content);
    } catch {
      // The loader reports problems as issues; anything it throws means the file is not one we can read.
      return { ok: false, problem: { kind: 'not-answers' } };
    }
    const errors = parsed.issues.filter((i) => i.severity === 'error');
    if (errors.length || !parsed.value)
      return { ok: false, problem: errors.length ? { kind: 'issues', issues: errors } : { kind: 'not-answers' } };
    const c = parsed.value.company;
    return { ok: true, answers: parsed.value.answers, company: { name: c.name, sector: c.sector, employees: c.employees } };
  },
};
