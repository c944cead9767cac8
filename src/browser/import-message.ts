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
  // Every way the YAML itself is broken (see src/model/yaml-source.ts) reads the same to a visitor.
  'yaml-syntax': 'damaged',
  'unclosed-bracket': 'damaged',
  'unclosed-quote': 'damaged',
  'bad-indent': 'damaged',
  'unresolved-alias': 'damaged',
  'alias-bomb': 'damaged',
  'too-deep': 'damaged',
  'not-utf8': 'damaged',
  'binary-file': 'damaged',
  'duplicate-key': 'duplicate',
  'unknown-question': 'unknownQuestion',
  'bad-answer': 'badAnswer',
  'na-not-allowed': 'naNotAllowed',
  'na-with-value': 'naWithValue',
  'missing-property': 'missingField',
  'unknown-property': 'unknownField',
};

const ABOUT_QUESTION = new Set(['bad-answer', 'na-not-allowed', 'na-with-value']);
const NAMES_FIELD = new Set(['unknown-question', 'missing-property', 'unknown-property']);

/** The question id an issue names in backticks (the loader's messages quote ids that way). */
function namedId(issue: Issue): string {
  return /`([^`]+)`/.exec(issue.message)?.[1] ?? '';
}

function plainIssue(issue: Issue, q: Questionnaire, ui: UiText): string {
  const whole = WHOLE_FILE[issue.code];
  if (whole) return ui[whole] as string;
  const id = namedId(issue);
  const question = q.questions.find((x) => x.id === id)?.prompt;
  // A message about one question or field needs its name; without one the general message is said.
  const named = ABOUT_QUESTION.has(issue.code) ? question : NAMES_FIELD.has(issue.code) ? id : 'none needed';
  const key = named ? (AT_LINE[issue.code] ?? 'badValue') : 'badValue';
  const message = fill(ui[key] as string, { id, question: question ?? id });
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
