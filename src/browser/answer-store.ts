import type { Answers, Questionnaire } from '../core/model.js';
import { reconcileStored, type StoredDrop } from '../core/reconcile-stored.js';

/** The company details a visitor may give; employees decide which actions suit them. */
export interface VisitorCompany {
  name?: string;
  sector?: string;
  employees?: number;
}

export interface SavedAnswers {
  version: number;
  answers: Answers;
  company: VisitorCompany;
  savedAt: string;
}

const PREFIX = 'digimat:answers:';

/** Storage key for one questionnaire version. */
export function storageKey(id: string, version: number): string {
  return `${PREFIX}${id}@${version}`;
}

/**
 * Loads a visitor's answers. When only an older version's answers exist they are carried over to
 * this version, keeping what still fits, and the dropped answers are returned so the page can say so.
 */
export function loadAnswers(storage: Storage, q: Questionnaire): { saved?: SavedAnswers; dropped: StoredDrop[]; migratedFrom?: number } {
  const current = parse(storage.getItem(storageKey(q.id, q.version)));
  if (current) return { saved: current, dropped: [] };
  let newest: { version: number; key: string } | undefined;
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i) ?? '';
    const m = key.startsWith(`${PREFIX}${q.id}@`) ? Number(key.slice(`${PREFIX}${q.id}@`.length)) : NaN;
    if (Number.isInteger(m) && m < q.version && (!newest || m > newest.version)) newest = { version: m, key };
  }
  if (!newest) return { dropped: [] };
  const old = parse(storage.getItem(newest.key));
  if (!old) return { dropped: [] };
  const { answers, dropped } = reconcileStored(q, old.answers as Record<string, unknown>);
  const saved: SavedAnswers = { version: q.version, answers, company: old.company ?? {}, savedAt: new Date().toISOString() };
  storage.setItem(storageKey(q.id, q.version), JSON.stringify(saved));
  storage.removeItem(newest.key);
  return { saved, dropped, migratedFrom: newest.version };
}

/** Saves a visitor's answers for this questionnaire version. */
export function saveAnswers(storage: Storage, q: Questionnaire, answers: Answers, company: VisitorCompany): void {
  const saved: SavedAnswers = { version: q.version, answers, company, savedAt: new Date().toISOString() };
  storage.setItem(storageKey(q.id, q.version), JSON.stringify(saved));
}

export function clearAnswers(storage: Storage, q: Questionnaire): void {
  storage.removeItem(storageKey(q.id, q.version));
}

function parse(text: string | null): SavedAnswers | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as SavedAnswers;
    return v && typeof v === 'object' && v.answers && typeof v.answers === 'object' ? { ...v, company: v.company ?? {} } : undefined;
  } catch {
    return undefined;
  }
}

/** localStorage when the browser allows it (it can be disabled or throw in private modes). */
export function safeStorage(): Storage | undefined {
  try {
    const s = window.localStorage;
    s.getItem('digimat:probe');
    return s;
  } catch {
    return undefined;
  }
}
