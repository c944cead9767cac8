import { crc32Text } from '../core/crc32.js';
import { decodeHandIn, type HandInProblem } from '../core/hand-in-code.js';
import { formatIssue, hasErrors, sortIssues } from '../core/issue.js';
import type { Questionnaire } from '../core/model.js';
import type { Participant } from '../core/workshop-model.js';
import type { ContentSet } from './content-set.js';
import { loadAssessmentText } from './load-assessment.js';

/** Participants read from one argument of `digimat workshop merge`, with where they came from. */
export interface HandInBatch {
  label: string;
  questionnaire: { id: string; version: number };
  participants: Participant[];
}

/** Why one argument (or one line of a file) gave nobody: a hand-in problem code, or the file's own issues. */
export interface HandInRefusal {
  label: string;
  problem: HandInProblem | 'invalid-file';
  detail?: { questionnaire?: string; version?: number };
  /** For `invalid-file`: every issue, as `path:line:col: message [code]` lines. */
  issues?: string;
}

export type HandInRead = { ok: true; batch: HandInBatch } | { ok: false; refusal: HandInRefusal };

/** A hand-in code or share link, checked against the questionnaires the content knows. */
export function readHandInCode(label: string, text: string, questionnaires: readonly Questionnaire[]): HandInRead {
  const r = decodeHandIn(questionnaires, text);
  if (!r.ok) return { ok: false, refusal: { label, problem: r.reason, ...(r.detail ? { detail: r.detail } : {}) } };
  return { ok: true, batch: { label, questionnaire: r.handIn.questionnaire, participants: [r.handIn.participant] } };
}

/** A stable key for a participant who handed in a plain answers file, from its text: the same file gives the same key. */
export function fileParticipantKey(text: string): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return hex(crc32Text(`digimat hand-in file\n${text}`)) + hex(crc32Text(`${text}\ndigimat hand-in file`));
}

/**
 * The hand-ins in a file: an assessment or workshop file (YAML or JSON, checked like any
 * assessment: a plain one becomes one participant, a workshop gives all of its participants), or
 * a text file of hand-in codes and links, one a line.
 */
export function readHandInFile(label: string, text: string, content: ContentSet): HandInRead[] {
  if (/^\s*(\{\s*)?"?questionnaire"?\s*:/m.test(text)) {
    const parsed = loadAssessmentText(text, label, content);
    const issues = sortIssues(parsed.issues).filter((i) => i.severity === 'error');
    if (hasErrors(issues) || !parsed.value || !parsed.questionnaire) {
      return [
        {
          ok: false,
          refusal: { label, problem: 'invalid-file', issues: issues.map(formatIssue).join('\n') || `${label}: not an assessment file` },
        },
      ];
    }
    const a = parsed.value;
    const participants: Participant[] = a.workshop
      ? a.workshop.participants
      : [
          {
            key: fileParticipantKey(text),
            revision: 1,
            answers: Object.fromEntries(Object.entries(a.answers).map(([id, x]) => [id, { ...x }])),
          },
        ];
    return [
      { ok: true, batch: { label, questionnaire: { id: parsed.questionnaire.id, version: parsed.questionnaire.version }, participants } },
    ];
  }
  // One code or link a line; blank lines and `# comments` are skipped (a `#h=` fragment is not a comment).
  const lines = text
    .split('\n')
    .map((l, i) => ({ line: i + 1, text: l.replace(/\r$/, '') }))
    .filter((l) => l.text.trim() !== '' && !/^\s*#(\s|$)/.test(l.text));
  if (lines.length === 0) return [{ ok: false, refusal: { label, problem: 'empty' } }];
  return lines.map((l) => readHandInCode(`${label}:${l.line}`, l.text, content.questionnaires));
}
