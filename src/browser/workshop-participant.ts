import type { Answers, Questionnaire } from '../core/model.js';
import type { Participant, ParticipantAnswers } from './board-core.js';

/**
 * A participant's workshop state on their own device, per questionnaire version: whether the page is
 * in workshop mode (joined with `?workshop`), their random key, the revision of their hand-in, the
 * questions they marked "I don't know" with the reason, and an optional name and role.
 */
export interface WorkshopSeat {
  key: string;
  revision: number;
  /** The answers the current revision was made from, to know when to count up. */
  basis: string;
  dontKnow: Record<string, string>;
  name?: string;
  role?: string;
}

const PREFIX = 'digimat:workshop-seat:';

export function seatKey(q: Pick<Questionnaire, 'id' | 'version'>): string {
  return `${PREFIX}${q.id}@${q.version}`;
}

const isStr = (x: unknown): x is string => typeof x === 'string';

/** The saved seat, or undefined when none (or an unreadable one) is stored: then no workshop mode. */
export function loadSeat(storage: Storage | undefined, q: Questionnaire): WorkshopSeat | undefined {
  try {
    const raw = JSON.parse(storage?.getItem(seatKey(q)) ?? 'null') as Partial<WorkshopSeat> | null;
    if (
      !raw ||
      !isStr(raw.key) ||
      !/^[0-9a-f]{16}$/.test(raw.key) ||
      !Number.isInteger(raw.revision) ||
      typeof raw.dontKnow !== 'object' ||
      raw.dontKnow === null
    )
      return undefined;
    const dontKnow = Object.fromEntries(
      Object.entries(raw.dontKnow).filter(([id, why]) => isStr(why) && q.questions.some((x) => x.id === id)),
    );
    return {
      key: raw.key,
      revision: raw.revision!,
      basis: isStr(raw.basis) ? raw.basis : '',
      dontKnow,
      ...(isStr(raw.name) ? { name: raw.name } : {}),
      ...(isStr(raw.role) ? { role: raw.role } : {}),
    };
  } catch {
    return undefined;
  }
}

export function saveSeat(storage: Storage | undefined, q: Questionnaire, seat: WorkshopSeat): void {
  try {
    storage?.setItem(seatKey(q), JSON.stringify(seat));
  } catch {
    /* without storage the seat lives as long as the page */
  }
}

/** A new seat with a random key (getRandomValues works on plain http too, unlike randomUUID). */
export function newSeat(): WorkshopSeat {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return { key: [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(''), revision: 0, basis: '', dontKnow: {} };
}

/** Trims a reason to the one line the hand-in carries. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 120);
}

/**
 * The participant as a hand-in carries them: their answers, with "I don't know" where they said so,
 * and the revision counted up whenever the answers changed since the last hand-in was shown.
 */
export function seatParticipant(q: Questionnaire, seat: WorkshopSeat, answers: Answers): { seat: WorkshopSeat; participant: Participant } {
  const out: ParticipantAnswers = {};
  for (const question of q.questions) {
    if (question.id in seat.dontKnow) {
      const reason = oneLine(seat.dontKnow[question.id]!);
      out[question.id] = reason ? { dontKnow: true, reason } : { dontKnow: true };
    } else if (answers[question.id]) {
      const a = answers[question.id]!;
      out[question.id] = a.na ? { na: true } : { value: a.value! };
    }
  }
  const basis = JSON.stringify([out, seat.name ?? '', seat.role ?? '']);
  const next = basis === seat.basis ? seat : { ...seat, basis, revision: seat.revision + 1 };
  const participant: Participant = {
    key: next.key,
    revision: next.revision,
    answers: out,
    ...(next.name ? { name: next.name } : {}),
    ...(next.role ? { role: next.role } : {}),
  };
  return { seat: next, participant };
}
