import { parseDocument } from 'yaml';
import type { Questionnaire } from '../core/model.js';
import type { RoomAnswer } from './room-events.js';
import { latestAnswer, type RoomState } from './room-state.js';

function answerValue(a: RoomAnswer): unknown {
  if (a.na) return { na: true, ...(a.note ? { note: a.note } : {}) };
  if (a.dontKnow) return null;
  return a.note ? { value: a.value, note: a.note } : a.value;
}

/** What the board's export decides; the rest of the file (company, date, assessor, notes) stays the facilitator's. */
const FROM_BOARD = ['anonymity', 'answers', 'participants', 'consensus'] as const;

/**
 * The workshop file from the board's own export (the same document its "Export YAML" button
 * writes), laid into the facilitator's assessment file so its company details and comments stay.
 */
export function withBoardDocument(original: string, board: Record<string, unknown>): string {
  const doc = parseDocument(original);
  for (const key of FROM_BOARD) {
    if (board[key] === undefined) doc.delete(key);
    else doc.set(key, board[key]);
  }
  return doc.toString({ lineWidth: 0 });
}

/**
 * The workshop assessment the room writes when it closes: the facilitator's assessment file as it
 * was (comments kept), with the participants' answers and the agreed answers as `answers`.
 *
 * This is the one place that knows the workshop file's shape; it is meant to give way to the
 * workshop core's own serializer so the room and the static board write the same file.
 */
export function workshopFileText(original: string, state: RoomState, q: Questionnaire): string {
  const doc = parseDocument(original);
  const named = state.opened.anonymity === 'facilitator';
  const participants = [...state.participants.values()].map((p, i) => ({
    name: named && p.name ? p.name : `P${i + 1}`,
    ...(p.role ? { role: p.role } : {}),
    answers: Object.fromEntries(
      q.questions.flatMap((question) => {
        const a = latestAnswer(p, question.id);
        return a ? [[question.id, answerValue(a)]] : [];
      }),
    ),
  }));
  const answers: Record<string, unknown> = {};
  for (const question of q.questions) {
    const c = state.consensus.get(question.id);
    if (!c || c.status === 'open') continue;
    answers[question.id] = answerValue(c);
  }
  doc.set('answers', answers);
  doc.set('participants', participants);
  return doc.toString({ lineWidth: 0 });
}
