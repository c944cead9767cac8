import type { Questionnaire } from '../core/model.js';
import type { ConsensusEntry, ParticipantAnswer } from './board-core.js';
import { consensusAnswers, type QuestionRow } from './board-consensus.js';
import type { BoardState } from './board-state.js';

const ASSESSOR = { es: 'Taller', en: 'Workshop' } as const;

/** A participant answer in the assessment file's short form where it has no extras. */
function answerSource(a: ParticipantAnswer): unknown {
  if (a.dontKnow) return a.reason ? { dontKnow: true, reason: a.reason } : { dontKnow: true };
  if (a.na) return a.note ? { na: true, note: a.note } : { na: true };
  return a.note ? { value: a.value, note: a.note } : a.value;
}

/**
 * The workshop as an assessment document (participants and consensus), the format `digimat validate`,
 * `score` and `report` read. Its `answers` are the consensus values, so every command scores the
 * agreement exactly as the board shows it. Display names are left out in "nobody" mode.
 */
export function workshopDocument(board: BoardState, q: Questionnaire, rows: readonly QuestionRow[], date: string): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const [id, a] of Object.entries(consensusAnswers(rows))) answers[id] = a.na ? { na: true } : a.value;
  const consensus: Record<string, ConsensusEntry> = {};
  for (const r of rows) if (r.round1.count > 0 || r.entry.status !== 'open' || r.entry.note || r.entry.owner) consensus[r.question.id] = r.entry;
  const ordered = q.questions.map((x) => x.id).filter((id) => id in consensus);
  return {
    questionnaire: { id: q.id, version: q.version, lang: q.lang },
    company: { name: board.company, sector: '', employees: 0, location: '' },
    date,
    assessor: ASSESSOR[q.lang],
    publish: false,
    workshop: { anonymity: board.anonymity },
    answers,
    participants: board.participants.map((p) => ({
      key: p.key,
      revision: p.revision,
      ...(board.anonymity === 'facilitator' && p.name ? { name: p.name } : {}),
      ...(p.role ? { role: p.role } : {}),
      ...(p.proxy ? { proxy: true } : {}),
      answers: Object.fromEntries(q.questions.filter((x) => p.answers[x.id]).map((x) => [x.id, answerSource(p.answers[x.id]!)])),
    })),
    consensus: Object.fromEntries(ordered.map((id) => [id, consensus[id]])),
  };
}
