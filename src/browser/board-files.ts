import { parse } from 'yaml';
import { formatIssue } from '../core/issue.js';
import type { Questionnaire } from '../core/model.js';
import { decodeHandIn, handInCodeFrom, type Decoded } from './board-core.js';
import { fileParticipantKey } from '../model/hand-in-sources.js';
import { loadAnswersIo } from './load-answers-io.js';

/**
 * A dropped file as a hand-in: a file holding a hand-in link or code, or an answers file exported
 * from the results page (checked with the same loader as `digimat validate`, and keyed like
 * `digimat workshop merge` keys it, so the same file is one person in both). Another questionnaire
 * or version is refused before anything is read into the board.
 */
export async function fileHandIn(file: File, q: Questionnaire, ioUrl: string): Promise<Decoded> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: 'bad-file' };
  }
  if (/[#&?]h=/.test(text)) return decodeHandIn([q], handInCodeFrom(text));
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    doc = undefined;
  }
  const ref = (doc as { questionnaire?: { id?: unknown; version?: unknown } } | undefined)?.questionnaire;
  if (!ref || typeof ref !== 'object') {
    // Perhaps a bare hand-in code saved as text.
    const decoded = decodeHandIn([q], text.trim());
    return decoded.ok ? decoded : { ok: false, reason: 'not-a-hand-in' };
  }
  if (ref.id !== q.id) return { ok: false, reason: 'foreign-questionnaire' };
  if (ref.version !== q.version) return { ok: false, reason: 'other-version' };
  const io = await loadAnswersIo(ioUrl);
  const outcome = io.importAnswers(q, text, file.name);
  if (!outcome.ok)
    return {
      ok: false,
      reason: outcome.problem.kind === 'issues' ? outcome.problem.issues.slice(0, 3).map(formatIssue).join(' · ') : 'not-a-hand-in',
    };
  return {
    ok: true,
    handIn: {
      questionnaire: { id: q.id, version: q.version },
      participant: { key: fileParticipantKey(text), revision: 1, answers: outcome.answers },
    },
  };
}
