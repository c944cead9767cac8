import { parse } from 'yaml';
import type { Questionnaire } from '../core/model.js';
import { decodeHandIn, handInCodeFrom, type Decoded } from './board-core.js';
import { loadAnswersIo } from './load-answers-io.js';

/** A stable 64-bit FNV-1a hash as 16 hex digits: the same file dropped twice gets the same key. */
export function fileKey(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (i & 0xff), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/**
 * A dropped file as a hand-in: a file holding a hand-in link or code, or an answers file exported
 * from the results page (checked with the same loader as `digimat validate`). Another questionnaire
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
  if (!outcome.ok) return { ok: false, reason: outcome.reason };
  return { ok: true, handIn: { questionnaire: { id: q.id, version: q.version }, participant: { key: fileKey(text), revision: 1, answers: outcome.answers } } };
}
