import type { Lang } from '../core/lang.js';

import { ANONYMITY_MODES, type Anonymity } from '../core/workshop-model.js';

/** Who may see participants' names (the workshop core's modes): everyone, the facilitator only, or nobody. */
export type { Anonymity };
export const ANONYMITY: readonly Anonymity[] = ANONYMITY_MODES;

/** A participant's answer as the room keeps it: one of a value, "not applicable" or "I don't know". */
export interface RoomAnswer {
  value?: string | string[];
  na?: true;
  /** "I don't know", with an optional one-line reason. */
  dontKnow?: true;
  reason?: string;
  note?: string;
}

/** The agreed answer to one question, as the facilitator recorded it. */
export interface RoomConsensus {
  value?: string | string[];
  na?: true;
  status: 'unanimous' | 'consensus' | 'decided' | 'open';
  note?: string;
  owner?: string;
}

export const CONSENSUS_STATUSES: readonly RoomConsensus['status'][] = ['unanimous', 'consensus', 'decided', 'open'];

/**
 * One line of the room's journal. The first line opens the room and holds what a restart needs to
 * take the same phones back (tokens, port, address); every later line is one accepted change.
 */
export type RoomEvent =
  | {
      t: 'open';
      at: string;
      token: string;
      facilitatorToken: string;
      questionnaire: { id: string; version: number; lang: Lang };
      port: number;
      host?: string;
      anonymity: Anonymity;
    }
  | { t: 'join'; at: string; p: string; name?: string; role?: string }
  | ({ t: 'answer'; at: string; p: string; q: string; rev: number; round: number } & RoomAnswer)
  | { t: 'reveal'; at: string }
  | { t: 'revote'; at: string; q: string }
  | { t: 'revote-end'; at: string }
  | ({ t: 'consensus'; at: string; q: string } & RoomConsensus)
  | { t: 'close'; at: string; file: string };

export type OpenEvent = Extract<RoomEvent, { t: 'open' }>;
export type AnswerEvent = Extract<RoomEvent, { t: 'answer' }>;
