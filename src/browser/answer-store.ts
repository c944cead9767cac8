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
  /** The questionnaire stage the visitor last had open, so the questionnaire resumes there. */
  step?: string;
}

/** What was found in storage: the usable answers, what had to be left out, and whether the record was unreadable. */
export interface LoadedAnswers {
  saved?: SavedAnswers;
  dropped: StoredDrop[];
  migratedFrom?: number;
  /** The current version's record was there but was not a readable answers record at all. */
  unreadable?: boolean;
}

const PREFIX = 'digimat:answers:';

/** Storage key for one questionnaire version. */
export function storageKey(id: string, version: number): string {
  return `${PREFIX}${id}@${version}`;
}

/**
 * Loads a visitor's answers. Storage is not trusted: the current version's answers are checked like an
 * imported file, and what does not fit is dropped, listed and removed from storage. When only an older
 * version's answers exist they are carried over to this version the same way.
 */
export function loadAnswers(storage: Storage, q: Questionnaire): LoadedAnswers {
  const key = storageKey(q.id, q.version);
  const text = storage.getItem(key);
  if (text !== null) {
    const current = parse(text);
    if (!current) {
      storage.removeItem(key);
      return { dropped: [], unreadable: true };
    }
    const { answers, dropped } = reconcileStored(q, current.answers);
    const saved: SavedAnswers = { ...current, version: q.version, answers };
    if (dropped.length) storage.setItem(key, JSON.stringify(saved));
    return { saved, dropped };
  }
  let newest: { version: number; key: string } | undefined;
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i) ?? '';
    const m = k.startsWith(`${PREFIX}${q.id}@`) ? Number(k.slice(`${PREFIX}${q.id}@`.length)) : NaN;
    if (Number.isInteger(m) && m < q.version && (!newest || m > newest.version)) newest = { version: m, key: k };
  }
  if (!newest) return { dropped: [] };
  const old = parse(storage.getItem(newest.key));
  if (!old) return { dropped: [] };
  const { answers, dropped } = reconcileStored(q, old.answers);
  const saved: SavedAnswers = { version: q.version, answers, company: old.company, savedAt: new Date().toISOString() };
  storage.setItem(key, JSON.stringify(saved));
  storage.removeItem(newest.key);
  return { saved, dropped, migratedFrom: newest.version };
}

/** Saves a visitor's answers for this questionnaire version, keeping the stage last seen unless a new one is given. */
export function saveAnswers(storage: Storage, q: Questionnaire, answers: Answers, company: VisitorCompany, step?: string): void {
  const key = storageKey(q.id, q.version);
  const keep = step ?? parse(storage.getItem(key))?.step;
  const saved: SavedAnswers = { version: q.version, answers, company, savedAt: new Date().toISOString(), ...(keep ? { step: keep } : {}) };
  storage.setItem(key, JSON.stringify(saved));
}

export function clearAnswers(storage: Storage, q: Questionnaire): void {
  storage.removeItem(storageKey(q.id, q.version));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The company details a stored record may hold, each kept only when it has the right shape. */
function readCompany(raw: unknown): VisitorCompany {
  if (!isRecord(raw)) return {};
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : undefined);
  const name = text(raw.name);
  const sector = text(raw.sector);
  const e = raw.employees;
  return {
    ...(name ? { name } : {}),
    ...(sector ? { sector } : {}),
    ...(typeof e === 'number' && Number.isInteger(e) && e >= 0 ? { employees: e } : {}),
  };
}

/** A stored record with every field checked; the answers themselves are checked by reconcileStored. */
function parse(text: string | null): (Omit<SavedAnswers, 'answers'> & { answers: unknown }) | undefined {
  if (!text) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(v) || !isRecord(v.answers)) return undefined;
  return {
    version: typeof v.version === 'number' ? v.version : 0,
    answers: v.answers,
    company: readCompany(v.company),
    savedAt: typeof v.savedAt === 'string' ? v.savedAt : '',
    ...(typeof v.step === 'string' ? { step: v.step } : {}),
  };
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
