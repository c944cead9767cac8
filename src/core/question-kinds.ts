import type { Lang } from './lang.js';
import type { Option, Question, QuestionKindId } from './model.js';

/** What a raw answer turns into: option id(s), or why it is not acceptable. */
export type Normalized = { ok: true; value: string | string[] } | { ok: false; reason: string };

/** Behaviour of one question kind; the registry below is the only place kinds are defined. */
export interface QuestionKind {
  id: QuestionKindId;
  /** Options used when the author gives none (yes/no, 0-4), or undefined when options are required. */
  defaultOptions(lang: Lang): Option[] | undefined;
  /** Option ids an author's own options must use exactly, if the kind fixes them. */
  fixedIds?: readonly string[];
  /** Points of a full answer. */
  maxPoints(options: readonly Option[], max: number | undefined): number;
  /** Points earned by a normalised value. */
  points(q: Question, value: string | string[]): number;
  /** Turns what an assessor typed into option id(s). */
  normalize(q: Question, raw: unknown): Normalized;
}

// Core sits below the text catalogues, so the two words a yes/no question defaults to live here;
// content in another language gives its own labels (`options:` with ids yes and no) or reads English.
const YES_NO: Record<Lang, [string, string]> = { es: ['Sí', 'No'], en: ['Yes', 'No'] };
const yesNo = (lang: Lang): [string, string] => YES_NO[lang] ?? YES_NO.en!;
const SCALE_IDS = ['0', '1', '2', '3', '4'] as const;

function optionPoints(q: Question, id: string): number {
  return q.options.find((o) => o.id === id)?.points ?? 0;
}

function largest(options: readonly Option[]): number {
  return options.reduce((m, o) => Math.max(m, o.points), 0);
}

function oneOption(q: Question, raw: unknown): Normalized {
  const id = typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : raw;
  if (typeof id !== 'string') return { ok: false, reason: `expects one option id (${ids(q)})` };
  if (!q.options.some((o) => o.id === id)) {
    return { ok: false, reason: `has no option \`${id}\`; options: ${ids(q)}` };
  }
  return { ok: true, value: id };
}

function ids(q: Question): string {
  return q.options.map((o) => o.id).join(', ');
}

const single: QuestionKind = {
  id: 'single',
  defaultOptions: () => undefined,
  maxPoints: (options) => largest(options),
  points: (q, value) => optionPoints(q, value as string),
  normalize: oneOption,
};

const multiple: QuestionKind = {
  id: 'multiple',
  defaultOptions: () => undefined,
  maxPoints: (options, max) => max ?? options.reduce((s, o) => s + o.points, 0),
  points: (q, value) => {
    const chosen = new Set(value as string[]);
    const sum = q.options.filter((o) => chosen.has(o.id)).reduce((s, o) => s + o.points, 0);
    return Math.min(sum, q.maxPoints);
  },
  normalize: (q, raw) => {
    if (!Array.isArray(raw)) return { ok: false, reason: `expects a list of option ids (${ids(q)})` };
    const unknown = raw.map(String).filter((id) => !q.options.some((o) => o.id === id));
    if (unknown.length > 0) {
      return { ok: false, reason: `has no option ${unknown.map((u) => `\`${u}\``).join(', ')}; options: ${ids(q)}` };
    }
    return { ok: true, value: [...new Set(raw.map(String))] };
  },
};

const yesno: QuestionKind = {
  id: 'yesno',
  defaultOptions: (lang) => [
    { id: 'yes', label: yesNo(lang)[0], points: 1 },
    { id: 'no', label: yesNo(lang)[1], points: 0 },
  ],
  fixedIds: ['yes', 'no'],
  maxPoints: (options) => largest(options),
  points: (q, value) => optionPoints(q, value as string),
  // YAML 1.2 reads `yes` as a string, but an assessor may well type true/false.
  normalize: (q, raw) => oneOption(q, raw === true ? 'yes' : raw === false ? 'no' : raw),
};

const scale: QuestionKind = {
  id: 'scale',
  defaultOptions: () => SCALE_IDS.map((id) => ({ id, label: id, points: Number(id) })),
  fixedIds: SCALE_IDS,
  maxPoints: (options) => largest(options),
  points: (q, value) => optionPoints(q, value as string),
  normalize: (q, raw) => {
    if (typeof raw !== 'number' && typeof raw !== 'string') return { ok: false, reason: 'expects a number from 0 to 4' };
    const id = String(raw);
    if (!(SCALE_IDS as readonly string[]).includes(id)) return { ok: false, reason: `expects a number from 0 to 4, not \`${id}\`` };
    return oneOption(q, id);
  },
};

/** Ordered registry of question kinds, looked up by id. */
export const QUESTION_KINDS: readonly QuestionKind[] = [single, multiple, yesno, scale];

export function questionKind(id: QuestionKindId): QuestionKind {
  const kind = QUESTION_KINDS.find((k) => k.id === id);
  if (!kind) throw new Error(`unregistered question kind ${id}`);
  return kind;
}

/** Share of the full points a valid answer earns, from 0 to 1. */
export function answerRatio(q: Question, value: string | string[]): number {
  if (q.maxPoints <= 0) return 0;
  return Math.min(1, questionKind(q.kind).points(q, value) / q.maxPoints);
}
