import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Answers, Questionnaire } from '../core/model.js';
import { reconcileStored } from '../core/reconcile-stored.js';
import type { VisitorCompany } from './answer-store.js';

/** Why a shared link could not be read. */
export class ShareLinkError extends Error {}

interface Payload {
  q: string;
  v: number;
  a: Record<string, string | string[] | 0>;
  e?: number;
}

/** The URL fragment carrying the answers, compressed; fragments never reach a server. */
export function encodeShare(q: Questionnaire, answers: Answers, company: VisitorCompany): string {
  const a: Payload['a'] = {};
  for (const [id, ans] of Object.entries(answers)) {
    if (ans.na) a[id] = 0;
    else if (ans.value !== undefined) a[id] = ans.value;
  }
  const payload: Payload = { q: q.id, v: q.version, a, ...(company.employees !== undefined ? { e: company.employees } : {}) };
  return `#a=${compressToEncodedURIComponent(JSON.stringify(payload))}`;
}

/** Reads answers from a fragment; throws ShareLinkError for anything damaged, foreign or tampered with. */
export function decodeShare(hash: string, q: Questionnaire): { answers: Answers; company: VisitorCompany } {
  const m = /^#a=(.+)$/.exec(hash);
  if (!m) throw new ShareLinkError('no answers in the link');
  let payload: Payload;
  try {
    const json = decompressFromEncodedURIComponent(m[1]!);
    if (!json) throw new Error('empty');
    payload = JSON.parse(json) as Payload;
  } catch {
    throw new ShareLinkError('the link cannot be decompressed');
  }
  if (!payload || typeof payload !== 'object' || payload.q !== q.id || typeof payload.a !== 'object' || payload.a === null) {
    throw new ShareLinkError('the link is for another questionnaire');
  }
  const raw: Record<string, unknown> = {};
  for (const [id, v] of Object.entries(payload.a)) raw[id] = v === 0 ? { na: true } : { value: v };
  const { answers, dropped } = reconcileStored(q, raw);
  // A link from this same version must fit exactly; anything that does not was altered.
  if (payload.v === q.version && dropped.length > 0) throw new ShareLinkError('the link holds answers this questionnaire does not have');
  const e = payload.e;
  return { answers, company: typeof e === 'number' && Number.isInteger(e) && e >= 0 ? { employees: e } : {} };
}
