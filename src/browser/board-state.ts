import type { Questionnaire } from '../core/model.js';
import { ANONYMITY_MODES } from '../core/workshop-model.js';
import type { Anonymity, Participant, ParticipantAnswer } from './board-core.js';

/** How a hand-in reached the board. */
export type Via = 'link' | 'file' | 'qr';

export interface BoardParticipant extends Participant {
  via: Via;
}

/** What the facilitator recorded for one question: the agreed answer, or only a note and owner. */
export interface Decision {
  status: 'consensus' | 'decided';
  value?: string | string[];
  na?: boolean;
  note?: string;
  owner?: string;
}

/** One workshop as the board keeps it in the browser between visits. */
export interface BoardState {
  format: 'digimat-board';
  v: 1;
  company: string;
  /** Head count when the facilitator typed one; absent while unknown, so the export leaves it empty. */
  employees?: number;
  questionnaire: { id: string; version: number; lang: string };
  anonymity: Anonymity;
  started: string;
  revealed: boolean;
  participants: BoardParticipant[];
  /** Round-2 votes per question, by participant key. */
  round2: Record<string, Record<string, ParticipantAnswer>>;
  notes: Record<string, { note?: string; owner?: string }>;
  decisions: Record<string, Decision>;
}

export const BOARD_KEY = 'digimat:workshop-board';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const optStr = (x: unknown) => x === undefined || isStr(x);

function isValue(x: unknown): boolean {
  return x === undefined || isStr(x) || (Array.isArray(x) && x.every(isStr));
}

function isAnswer(x: unknown): x is ParticipantAnswer {
  return (
    isObject(x) &&
    isValue(x.value) &&
    optStr(x.note) &&
    optStr(x.reason) &&
    ['undefined', 'boolean'].includes(typeof x.na) &&
    ['undefined', 'boolean'].includes(typeof x.dontKnow)
  );
}

function isAnswers(x: unknown): boolean {
  return isObject(x) && Object.values(x).every(isAnswer);
}

function isParticipant(x: unknown): x is BoardParticipant {
  return (
    isObject(x) &&
    isStr(x.key) &&
    Number.isInteger(x.revision) &&
    optStr(x.name) &&
    optStr(x.role) &&
    ['link', 'file', 'qr'].includes(x.via as string) &&
    isAnswers(x.answers)
  );
}

/** Whether a value read back from storage (or an exported board) has the board's shape throughout. */
export function isBoardState(x: unknown): x is BoardState {
  if (!isObject(x) || x.format !== 'digimat-board' || x.v !== 1) return false;
  const q = x.questionnaire;
  return (
    isStr(x.company) &&
    (x.employees === undefined || isHeadCount(x.employees)) &&
    isObject(q) &&
    isStr(q.id) &&
    Number.isInteger(q.version) &&
    isStr(q.lang) &&
    ANONYMITY_MODES.includes(x.anonymity as Anonymity) &&
    isStr(x.started) &&
    typeof x.revealed === 'boolean' &&
    Array.isArray(x.participants) &&
    x.participants.every(isParticipant) &&
    isObject(x.round2) &&
    Object.values(x.round2).every(isAnswers) &&
    isObject(x.notes) &&
    Object.values(x.notes).every((n) => isObject(n) && optStr(n.note) && optStr(n.owner)) &&
    isObject(x.decisions) &&
    Object.values(x.decisions).every((d) => isObject(d) && (d.status === 'consensus' || d.status === 'decided') && isValue(d.value))
  );
}

/** Whether a value is a head count an assessment accepts: a whole number, 0 or more. */
export function isHeadCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

/** A new, empty workshop; `employees` left out while the head count is unknown. */
export function newBoard(q: Questionnaire, company: string, anonymity: Anonymity, now: Date, employees?: number): BoardState {
  return {
    format: 'digimat-board',
    v: 1,
    company,
    ...(employees === undefined ? {} : { employees }),
    questionnaire: { id: q.id, version: q.version, lang: q.lang },
    anonymity,
    started: now.toISOString(),
    revealed: false,
    participants: [],
    round2: {},
    notes: {},
    decisions: {},
  };
}

/**
 * Reads the saved workshop. Anything unreadable is set aside under a backup key rather than thrown
 * away or allowed to break the page; the caller says so.
 */
export function loadBoard(
  storage: Storage | undefined,
  questionnaires: readonly Questionnaire[],
): { board?: BoardState; setAside?: string } {
  const text = storage?.getItem(BOARD_KEY);
  if (!storage || !text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (isBoardState(parsed) && questionnaires.some((q) => q.id === parsed.questionnaire.id && q.version === parsed.questionnaire.version))
    return { board: parsed };
  const setAside = `${BOARD_KEY}:unreadable:${Date.now()}`;
  try {
    storage.setItem(setAside, text);
    storage.removeItem(BOARD_KEY);
  } catch {
    /* storage full: leave it where it is, the board still starts empty */
  }
  return { setAside };
}

/** Saves the workshop; false when the browser refused (full or disabled storage). */
export function saveBoard(storage: Storage | undefined, board: BoardState): boolean {
  if (!storage) return false;
  try {
    storage.setItem(BOARD_KEY, JSON.stringify(board));
    return true;
  } catch {
    return false;
  }
}
