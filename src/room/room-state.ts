import type { CheckedAnswer } from './check-submission.js';
import type { AnswerEvent, OpenEvent, RoomAnswer, RoomConsensus, RoomEvent } from './room-events.js';

/** One participant as the room knows them: key, optional name and role, latest answer per round. */
export interface RoomParticipant {
  key: string;
  name?: string;
  role?: string;
  /** How many times the participant joined or changed their name or role. */
  joins: number;
  /** question id -> round -> the newest revision stored. */
  answers: Map<string, Map<number, AnswerEvent>>;
}

/** What became of one submitted answer: stored now, already stored, or superseded by a newer one. */
export type AnswerOutcome = 'stored' | 'duplicate' | 'stale';

/**
 * The room's whole state, rebuilt by applying journal events in order; the server applies an event
 * only after the journal holds it. No I/O here, so replay and the live room share every rule.
 */
export class RoomState {
  readonly participants = new Map<string, RoomParticipant>();
  readonly consensus = new Map<string, RoomConsensus>();
  revealed = false;
  /** The question being re-voted right now (round 2), if any. */
  revote: string | undefined;
  /** Questions that have had a re-vote: their round 2 answers are kept apart. */
  readonly revoted = new Set<string>();
  closed: { at: string; file: string } | undefined;
  /** Events applied so far; the id of the last one. Used as the SSE event id. */
  seq = 0;
  /** Answer events stored so far. */
  storedAnswers = 0;

  constructor(public opened: OpenEvent) {}

  /** Applies one journal event (already durable). */
  apply(event: RoomEvent): void {
    this.seq++;
    switch (event.t) {
      case 'open':
        break;
      case 'join': {
        const p: RoomParticipant = this.participants.get(event.p) ?? { key: event.p, joins: 0, answers: new Map() };
        p.joins++;
        if (event.name !== undefined) p.name = event.name;
        if (event.role !== undefined) p.role = event.role;
        this.participants.set(event.p, p);
        break;
      }
      case 'answer': {
        const p: RoomParticipant = this.participants.get(event.p) ?? { key: event.p, joins: 0, answers: new Map() };
        this.participants.set(event.p, p);
        const rounds = p.answers.get(event.q) ?? new Map<number, AnswerEvent>();
        const current = rounds.get(event.round);
        if (!current || current.rev < event.rev) rounds.set(event.round, event);
        p.answers.set(event.q, rounds);
        this.storedAnswers++;
        break;
      }
      case 'reveal':
        this.revealed = true;
        break;
      case 'revote':
        this.revote = event.q;
        this.revoted.add(event.q);
        break;
      case 'revote-end':
        this.revote = undefined;
        break;
      case 'consensus': {
        const { t: _t, at: _at, q, ...rest } = event;
        this.consensus.set(q, rest);
        if (this.revote === q) this.revote = undefined;
        break;
      }
      case 'close':
        this.closed = { at: event.at, file: event.file };
        break;
    }
  }

  /**
   * What storing this answer would do. Idempotent by (participant, question, revision): the same
   * revision again is a duplicate; an older revision than the one kept is stale. Revisions grow
   * per question across rounds on the phone, so a round is told by the revision alone.
   */
  outcome(participant: string, a: CheckedAnswer): AnswerOutcome {
    const rounds = this.participants.get(participant)?.answers.get(a.q);
    if (!rounds) return 'stored';
    for (const kept of rounds.values()) {
      if (kept.rev === a.rev) return 'duplicate';
      if (kept.round === a.round && kept.rev > a.rev) return 'stale';
    }
    return 'stored';
  }

  /** The newest answer of each participant to a question in a round (round 2 only after a re-vote). */
  answersTo(q: string, round: number): { participant: RoomParticipant; answer: RoomAnswer }[] {
    const out: { participant: RoomParticipant; answer: RoomAnswer }[] = [];
    for (const p of this.participants.values()) {
      const a = p.answers.get(q)?.get(round);
      if (a) out.push({ participant: p, answer: a });
    }
    return out;
  }

  /** How many questions a participant has answered (any round). */
  answeredBy(p: RoomParticipant): number {
    return p.answers.size;
  }
}

/**
 * A participant's hand-in revision as the board counts it: it grows whenever any of their answers,
 * their name or their role changes (each answer's revision only grows on the phone).
 */
export function participantRevision(p: RoomParticipant): number {
  let sum = p.joins;
  for (const rounds of p.answers.values()) sum += Math.max(...[...rounds.values()].map((a) => a.rev));
  return sum;
}

/** A participant's answer as kept for the workshop file: round 1, and round 2 where re-voted. */
export function latestAnswer(p: RoomParticipant, q: string): AnswerEvent | undefined {
  const rounds = p.answers.get(q);
  return rounds?.get(2) ?? rounds?.get(1);
}
