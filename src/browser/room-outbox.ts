import type { ParticipantAnswer } from '../core/workshop-model.js';

/** One answer as a phone sends it to the room. */
export interface OutgoingAnswer {
  q: string;
  rev: number;
  round: number;
  value?: string | string[];
  na?: true;
  dontKnow?: true;
  reason?: string;
}

/** What a phone keeps in its own storage for one room, so a reload or a dropped Wi-Fi loses nothing. */
export interface OutboxData {
  key: string;
  name?: string;
  role?: string;
  joined: boolean;
  /** Newest revision made per question (revisions only grow, across rounds too). */
  revs: Record<string, number>;
  /** The newest answer made per question, sent or not. */
  latest: Record<string, OutgoingAnswer>;
  /** Newest revision the laptop confirmed per question. */
  acked: Record<string, number>;
  /** Revision the room refused per question (it did not fit the questionnaire): never resent. */
  refused?: Record<string, number>;
}

function same(a: OutgoingAnswer | undefined, b: Omit<OutgoingAnswer, 'rev'>): boolean {
  if (!a) return false;
  const v = (x: OutgoingAnswer | Omit<OutgoingAnswer, 'rev'>) =>
    JSON.stringify([x.round, x.value ?? null, x.na ?? false, x.dontKnow ?? false, x.reason ?? '']);
  return v(a) === v(b);
}

/**
 * A phone's outbox for one room, kept in localStorage under the room's token. Every answer gets a
 * new revision; it stays in the outbox until the laptop confirms that revision (or a newer one), so
 * sending again after a reload or a lost connection can only ever store it once.
 */
export class Outbox {
  readonly data: OutboxData;

  /**
   * `key` is the participant's key for a new outbox: the same one the phone's workshop seat (and so
   * its QR hand-in) carries, so the board merges a room answer and a QR hand-in as one person.
   */
  constructor(
    private readonly storage: Storage | undefined,
    private readonly storageKey: string,
    key: string,
  ) {
    let loaded: OutboxData | undefined;
    try {
      const text = storage?.getItem(storageKey);
      if (text) loaded = JSON.parse(text) as OutboxData;
    } catch {
      loaded = undefined;
    }
    this.data = loaded && typeof loaded.key === 'string' ? loaded : { key, joined: false, revs: {}, latest: {}, acked: {} };
    this.save();
  }

  /** Whether this phone has never joined this room (a new participant). */
  get fresh(): boolean {
    return !this.data.joined;
  }

  save(): void {
    try {
      this.storage?.setItem(this.storageKey, JSON.stringify(this.data));
    } catch {
      /* storage full or disabled: the outbox still works for this page's life */
    }
  }

  /** Records the participant's answer to a question if it changed; returns whether it did. */
  record(q: string, answer: ParticipantAnswer | undefined, round: number): boolean {
    if (!answer || (answer.value === undefined && !answer.na && !answer.dontKnow)) return false;
    const given = answer.dontKnow
      ? { dontKnow: true as const, ...(answer.reason ? { reason: answer.reason } : {}) }
      : answer.na
        ? { na: true as const }
        : { value: answer.value! };
    const next: Omit<OutgoingAnswer, 'rev'> = { q, round, ...given };
    if (same(this.data.latest[q], next)) return false;
    const rev = (this.data.revs[q] ?? 0) + 1;
    this.data.revs[q] = rev;
    this.data.latest[q] = { ...next, rev };
    this.save();
    return true;
  }

  /** Answers the laptop has not confirmed yet. */
  pending(): OutgoingAnswer[] {
    return Object.values(this.data.latest).filter((a) => (this.data.acked[a.q] ?? 0) < a.rev && this.data.refused?.[a.q] !== a.rev);
  }

  /** The laptop holds this revision (or, for `stale`, a newer one): it leaves the outbox. */
  confirm(q: string, rev: number): void {
    if ((this.data.acked[q] ?? 0) < rev) this.data.acked[q] = rev;
    this.save();
  }

  /** Drops an answer the room refused (it can never be stored), so the rest still go. */
  drop(q: string): void {
    const a = this.data.latest[q];
    if (a) this.data.refused = { ...this.data.refused, [q]: a.rev };
    this.save();
  }

  /** Whether the question's newest answer is confirmed by the laptop. */
  stored(q: string): boolean {
    const a = this.data.latest[q];
    return Boolean(a) && (this.data.acked[q] ?? 0) >= a!.rev;
  }
}
