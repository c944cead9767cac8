/**
 * A participant's answer: like an assessment's (option id(s) or "not applicable", with a note), or
 * "I don't know" with an optional one-line reason. (Spelled out rather than extending `Answer`, so
 * model.ts can import these types without a cycle.)
 */
export interface ParticipantAnswer {
  value?: string | string[];
  na?: boolean;
  note?: string;
  dontKnow?: boolean;
  reason?: string;
  /** The hand-in revision this answer came from, when older than the participant's (kept by a merge). */
  revision?: number;
}

export type ParticipantAnswers = Record<string, ParticipantAnswer>;

/**
 * Who sees participants' display names: everyone (also the report), the facilitator only (the
 * default; never the projector nor the report), or nobody (no name is stored at all).
 */
export const ANONYMITY_MODES = ['everyone', 'facilitator', 'nobody'] as const;
export type Anonymity = (typeof ANONYMITY_MODES)[number];

/** One person's blind answers in a workshop, identified by a random key rather than a name. */
export interface Participant {
  /** 16 lower-case hex digits (64 random bits). */
  key: string;
  /** Grows each time the same person hands in again; the highest wins when merging. */
  revision: number;
  name?: string;
  role?: string;
  /** Typed in by the facilitator from paper, for someone without a device. */
  proxy?: boolean;
  notes?: string;
  answers: ParticipantAnswers;
}

/** Whose answers a hand-in carries, and for which questionnaire version. */
export interface HandIn {
  questionnaire: { id: string; version: number };
  participant: Participant;
}

/** Where a question stands in the group's discussion. */
export const CONSENSUS_STATUSES = ['unanimous', 'consensus', 'decided', 'open'] as const;
export type ConsensusStatus = (typeof CONSENSUS_STATUSES)[number];

/** One voting round on a question: how many answered and how the answers fell. */
export interface ConsensusRound {
  count: number;
  /** Votes per option id, plus `na` and `dontKnow` when anyone gave them. */
  distribution: Record<string, number>;
}

/** What the group recorded for one question. */
export interface ConsensusEntry {
  value?: string | string[];
  na?: boolean;
  status: ConsensusStatus;
  rounds: ConsensusRound[];
  note?: string;
  owner?: string;
}

export type Consensus = Record<string, ConsensusEntry>;

/** The workshop part of an assessment file: who took part, how they answered, what the group agreed. */
export interface Workshop {
  anonymity: Anonymity;
  participants: Participant[];
  consensus: Consensus;
}

const KEY = /^[0-9a-f]{16}$/;

/** Whether a text is a well-formed participant key. */
export function isParticipantKey(key: string): boolean {
  return KEY.test(key);
}

/** A participant key from 8 random bytes (the caller supplies them: core reads no randomness). */
export function participantKey(random: Uint8Array): string {
  if (random.length < 8) throw new RangeError('a participant key needs 8 random bytes');
  return [...random.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether a participant answer says anything (a value, "not applicable" or "I don't know"). */
export function isGiven(answer: ParticipantAnswer | undefined): boolean {
  return !!answer && (answer.value !== undefined || !!answer.na || !!answer.dontKnow);
}
