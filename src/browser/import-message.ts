import type { Issue } from '../core/issue.js';
import type { Questionnaire } from '../core/model.js';
import { fill, type UiText } from '../site/site-text.js';
import type { ImportProblem } from './answers-io.js';

/** Codes that concern the whole file, said without a line number. */
const WHOLE_FILE: Record<string, keyof UiText> = {
  'empty-file': 'notAnswersFile',
  'unknown-questionnaire': 'otherQuestionnaire',
  'unknown-language': 'otherLanguage',
  'unknown-version': 'newerVersion',
};

/** Codes about one place in the file, said as "line N: …"; anything else is a value in the wrong form. */
const AT_LINE: Record<string, keyof UiText> = {
  'yaml-syntax': 'damaged',
  'duplicate-key': 'duplicate',
  'unknown-question': 'unknownQuestion',
  'bad-answer': 'badAnswer',
  'na-not-allowed': 'naNotAllowed',
  'na-with-value': 'naWithValue',
};

/** The question id an issue names in backticks (the loader's messages quote ids that way). */
function namedId(issue: Issue): string {
  return /`([^`]+)`/.exec(issue.message)?.[1] ?? '';
}

function plainIssue(issue: Issue, q: Questionnaire, ui: UiText): string {
  const whole = WHOLE_FILE[issue.code];
  if (whole) return ui[whole] as string;
  const id = namedId(issue);
  const question = q.questions.find((x) => x.id === id)?.prompt ?? id;
  const message = fill(ui[AT_LINE[issue.code] ?? 'badValue'] as string, { id, question });
  return fill(ui.atLine, { line: issue.line, message });
}

/**
 * Why a file was not imported, in the page's language and in plain words: what the visitor can act
 * on (the file is something else, or line N has this problem), never the parser's or validator's terms.
 */
export function importMessage(problem: ImportProblem, q: Questionnaire, ui: UiText): string {
  if (problem.kind === 'not-answers') return ui.notAnswersFile;
  const said = [...new Set(problem.issues.map((i) => plainIssue(i, q, ui)))];
  return said.slice(0, 3).join('; ') + (said.length > 3 ? '; …' : '');
}
