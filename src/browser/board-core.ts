/**
 * The workshop core as the board uses it. Until the workshop branch's core is merged these are
 * stand-ins with the same shapes; after the merge this file only re-exports and adapts.
 */
import type { Answer, Question, Questionnaire } from '../core/model.js';
import { scoreAnswers } from '../core/score.js';

export interface ParticipantAnswer extends Answer {
  dontKnow?: boolean;
  reason?: string;
}
export type ParticipantAnswers = Record<string, ParticipantAnswer>;
export type Anonymity = 'facilitator' | 'nobody';
export interface Participant {
  key: string;
  revision: number;
  name?: string;
  role?: string;
  proxy?: boolean;
  notes?: string;
  answers: ParticipantAnswers;
}
export interface HandIn {
  questionnaire: { id: string; version: number };
  participant: Participant;
}
export type ConsensusStatus = 'unanimous' | 'consensus' | 'decided' | 'open';
export interface ConsensusRound {
  count: number;
  distribution: Record<string, number>;
}
export interface ConsensusEntry {
  value?: string | string[];
  na?: boolean;
  status: ConsensusStatus;
  rounds: ConsensusRound[];
  note?: string;
  owner?: string;
}

export type Decoded = { ok: true; handIn: HandIn } | { ok: false; reason: string };

/** The hand-in code of one participant's answers, for a QR code or a link. */
export function encodeHandIn(q: Questionnaire, participant: Participant): string {
  const json = JSON.stringify({ q: q.id, v: q.version, p: participant });
  return btoa(unescape(encodeURIComponent(json))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads a hand-in code; a stable reason code when it cannot be used. */
export function decodeHandIn(questionnaires: readonly Questionnaire[], code: string): Decoded {
  let data: { q: string; v: number; p: Participant };
  try {
    data = JSON.parse(decodeURIComponent(escape(atob(code.replace(/-/g, '+').replace(/_/g, '/')))));
  } catch {
    return { ok: false, reason: 'truncated' };
  }
  const same = questionnaires.filter((q) => q.id === data.q);
  if (same.length === 0) return { ok: false, reason: 'foreign-questionnaire' };
  if (!same.some((q) => q.version === data.v)) return { ok: false, reason: 'other-version' };
  return { ok: true, handIn: { questionnaire: { id: data.q, version: data.v }, participant: data.p } };
}

/** The code inside a pasted link or text (`#h=<code>`), or the text itself. */
export function handInCodeFrom(text: string): string {
  const m = /[#&?]h=([^&\s#]+)/.exec(text);
  return (m ? decodeURIComponent(m[1]!) : text).trim();
}

/** The link form of a hand-in code. */
export function handInFragment(code: string): string {
  return `#h=${code}`;
}

export interface QuestionAggregate {
  count: number;
  distribution: Record<string, number>;
  disagreement: number;
  knowledgeGap: number;
  suggestion: { status: ConsensusStatus; value?: string | string[]; na?: boolean };
}

/** Distribution, disagreement, knowledge gap and suggested consensus of one question's answers. */
export function aggregateQuestion(question: Question, answers: readonly (ParticipantAnswer | undefined)[]): QuestionAggregate {
  const distribution: Record<string, number> = {};
  let gap = 0;
  const values: string[] = [];
  for (const a of answers) {
    if (!a || a.na || a.dontKnow || a.value === undefined) gap++;
    const key = !a ? undefined : a.na ? 'na' : a.dontKnow ? 'dontKnow' : a.value === undefined ? undefined : [a.value].flat().join('+');
    if (key) {
      distribution[key] = (distribution[key] ?? 0) + 1;
      if (key !== 'na' && key !== 'dontKnow') values.push(key);
    }
  }
  const top = Math.max(0, ...values.map((v) => values.filter((x) => x === v).length));
  const disagreement = values.length ? 1 - top / values.length : 0;
  const topValue = values.find((v) => values.filter((x) => x === v).length === top);
  const unanimous = values.length > 0 && top === values.length && gap === 0;
  const value = topValue === undefined ? undefined : question.kind === 'multiple' ? topValue.split('+') : topValue;
  return {
    count: answers.filter((a) => a && (a.value !== undefined || a.na || a.dontKnow)).length,
    distribution,
    disagreement,
    knowledgeGap: answers.length ? gap / answers.length : 0,
    suggestion: unanimous ? { status: 'unanimous', value } : top / Math.max(1, answers.length) >= 0.75 ? { status: 'consensus', value } : { status: 'open' },
  };
}

/** Each participant's score per stage, and the group's minimum, median and maximum. */
export function stageSpread(q: Questionnaire, participants: readonly Participant[]): Record<string, { min: number; median: number; max: number } | null> {
  const per = participants.map((p) => scoreAnswers(q, Object.fromEntries(Object.entries(p.answers).filter(([, a]) => !a.dontKnow)) as Record<string, Answer>));
  const out: Record<string, { min: number; median: number; max: number } | null> = {};
  for (const s of q.stages) {
    const xs = per.map((r) => r.stages.find((x) => x.id === s.id)?.score).filter((x): x is number => typeof x === 'number').sort((a, b) => a - b);
    out[s.id] = xs.length ? { min: xs[0]!, max: xs[xs.length - 1]!, median: xs.length % 2 ? xs[(xs.length - 1) / 2]! : (xs[xs.length / 2 - 1]! + xs[xs.length / 2]!) / 2 } : null;
  }
  return out;
}
