import type { Questionnaire } from '../core/model.js';
import { participantRevision, type RoomState } from './room-state.js';

/** What every phone may know about the room: the phase, never anyone's answers. */
export interface RoomPhase {
  seq: number;
  revealed: boolean;
  revote?: string;
  closed: boolean;
}

export function phaseView(state: RoomState): RoomPhase {
  return { seq: state.seq, revealed: state.revealed, ...(state.revote ? { revote: state.revote } : {}), closed: Boolean(state.closed) };
}

/** One phone's own view: which of its answers the laptop holds (question -> newest stored revision). */
export function participantView(state: RoomState, key: string): RoomPhase & { joined: boolean; stored: Record<string, number> } {
  const p = state.participants.get(key);
  const stored: Record<string, number> = {};
  for (const [q, rounds] of p?.answers ?? []) stored[q] = Math.max(...[...rounds.values()].map((a) => a.rev));
  return { ...phaseView(state), joined: Boolean(p), stored };
}

/**
 * The facilitator's live progress: who has joined and how far each is. Counts only; the board
 * decides what the projector shows. Names are left out when the room is anonymous to everyone.
 */
export function progressView(
  state: RoomState,
  q: Questionnaire,
): RoomPhase & {
  questions: number;
  stored: number;
  participants: { key: string; name?: string; role?: string; answered: number }[];
} {
  const named = state.opened.anonymity !== 'nobody';
  return {
    ...phaseView(state),
    questions: q.questions.length,
    stored: state.storedAnswers,
    participants: [...state.participants.values()].map((p) => ({
      key: p.key,
      ...(named && p.name ? { name: p.name } : {}),
      ...(p.role ? { role: p.role } : {}),
      answered: state.answeredBy(p),
    })),
  };
}

/** Everything the facilitator's board needs after reveal: each participant's newest answers per round, and the consensus. */
export function workshopView(state: RoomState) {
  const named = state.opened.anonymity !== 'nobody';
  return {
    ...phaseView(state),
    revoted: [...state.revoted],
    participants: [...state.participants.values()].map((p) => ({
      key: p.key,
      revision: participantRevision(p),
      ...(named && p.name ? { name: p.name } : {}),
      ...(p.role ? { role: p.role } : {}),
      answers: Object.fromEntries(
        [...p.answers].map(([q, rounds]) => [
          q,
          Object.fromEntries([...rounds].map(([round, { t: _t, at: _at, p: _p, q: _q, ...a }]) => [round, a])),
        ]),
      ),
    })),
    consensus: Object.fromEntries(state.consensus),
  };
}
