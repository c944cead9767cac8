import { decodeBase45, encodeBase45 } from './base45.js';
import { BitReader, BitWriter, BitsExhaustedError } from './bit-stream.js';
import { crc32, crc32Text } from './crc32.js';
import type { Question, Questionnaire } from './model.js';
import type { HandIn, Participant, ParticipantAnswer } from './workshop-model.js';
import { isParticipantKey } from './workshop-model.js';

/**
 * The compact hand-in code a participant's phone shows as a QR code. Answers are packed against the
 * questionnaire itself (its id, version and question order), so a question costs 1 to 6 bits, and
 * the bytes are written in Base45 so the QR code can use its dense alphanumeric mode.
 *
 * Layout, most significant bit first:
 *   4 format (1) | 4 flags (name, role, proxy, texts) | 24 id fingerprint | varint version
 *   16 question-list fingerprint | 64 key | varint revision
 *   per question, in order: a code below 2 + (n/a allowed) + choices, in just enough bits
 *   [name] [role] [texts] | padding to a byte | 32 CRC-32 of everything before
 */
const FORMAT = 1;
const FLAG_NAME = 8;
const FLAG_ROLE = 4;
const FLAG_PROXY = 2;
const FLAG_TEXTS = 1;

/** Longest display name and role carried, in UTF-8 bytes; longer ones are cut at a character. */
export const HAND_IN_NAME_BYTES = 24;
export const HAND_IN_ROLE_BYTES = 16;
/** Longest note or reason carried, in UTF-8 bytes. */
export const HAND_IN_TEXT_BYTES = 200;

/** Why a hand-in code was refused; stable codes that each face translates. */
export const HAND_IN_PROBLEMS = [
  'empty',
  'not-a-hand-in',
  'unsupported-format',
  'truncated',
  'tampered',
  'foreign-questionnaire',
  'other-version',
  'questionnaire-changed',
] as const;
export type HandInProblem = (typeof HAND_IN_PROBLEMS)[number];

export type DecodedHandIn =
  | { ok: true; handIn: HandIn; questionnaire: Questionnaire }
  | { ok: false; reason: HandInProblem; detail?: { questionnaire?: string; version?: number } };

const TEXT_NOTE = 0;
const TEXT_REASON = 1;

/** 24-bit fingerprint of a questionnaire id. */
function idPrint(id: string): number {
  return crc32Text(id) & 0xffffff;
}

/** 16-bit fingerprint of what the answer codes depend on: ids, kinds, options, n/a, in order. */
export function questionListPrint(q: Questionnaire): number {
  const shape = q.questions.map((x) => `${x.id}:${x.kind}:${x.allowNa ? 1 : 0}:${x.options.map((o) => o.id).join(',')}`).join(';');
  return crc32Text(shape) & 0xffff;
}

/** How many different codes a question's answer can take. */
function codeCount(q: Question): number {
  const choices = q.kind === 'multiple' ? 2 ** q.options.length : q.options.length;
  return 2 + (q.allowNa ? 1 : 0) + choices;
}

function widthFor(count: number): number {
  return Math.max(1, Math.ceil(Math.log2(count)));
}

function answerCode(q: Question, a: ParticipantAnswer | undefined): number {
  if (!a) return 0;
  if (a.dontKnow) return 1;
  const base = q.allowNa ? 3 : 2;
  if (a.na) return q.allowNa ? 2 : 0;
  if (a.value === undefined) return 0;
  if (q.kind === 'multiple') {
    const chosen = new Set(Array.isArray(a.value) ? a.value : [a.value]);
    return base + q.options.reduce((mask, o, i) => (chosen.has(o.id) ? mask + 2 ** i : mask), 0);
  }
  const index = q.options.findIndex((o) => o.id === a.value);
  return index < 0 ? 0 : base + index;
}

function answerFromCode(q: Question, code: number): ParticipantAnswer | undefined | null {
  if (code >= codeCount(q)) return null;
  if (code === 0) return undefined;
  if (code === 1) return { dontKnow: true };
  if (q.allowNa && code === 2) return { na: true };
  const n = code - (q.allowNa ? 3 : 2);
  if (q.kind === 'multiple') return { value: q.options.filter((_, i) => Math.floor(n / 2 ** i) % 2 === 1).map((o) => o.id) };
  return { value: q.options[n]!.id };
}

/** UTF-8 bytes of a text, cut at a character boundary so they fit `limit`. */
function cutUtf8(text: string, limit: number): Uint8Array {
  const encoder = new TextEncoder();
  let bytes = encoder.encode(text);
  if (bytes.length <= limit) return bytes;
  let out = '';
  for (const ch of text) {
    const next = encoder.encode(out + ch);
    if (next.length > limit) break;
    out += ch;
    bytes = next;
  }
  return encoder.encode(out);
}

interface Text {
  question: number;
  kind: number;
  text: string;
}

function textsOf(q: Questionnaire, p: Participant): Text[] {
  const texts: Text[] = [];
  if (p.notes) texts.push({ question: 0, kind: TEXT_NOTE, text: p.notes });
  q.questions.forEach((question, i) => {
    const a = p.answers[question.id];
    if (a?.note) texts.push({ question: i + 1, kind: TEXT_NOTE, text: a.note });
    if (a?.dontKnow && a.reason) texts.push({ question: i + 1, kind: TEXT_REASON, text: a.reason });
  });
  return texts;
}

/**
 * Encodes a participant's hand-in for a questionnaire as Base45. Answers to questions the
 * questionnaire does not have are left out, and so are notes and reasons when `texts` is false
 * (the shortest code, for the QR code).
 */
export function encodeHandIn(questionnaire: Questionnaire, participant: Participant, options: { texts?: boolean } = {}): string {
  if (!isParticipantKey(participant.key)) throw new RangeError(`not a participant key: ${participant.key}`);
  const texts = options.texts === false ? [] : textsOf(questionnaire, participant);
  const w = new BitWriter();
  const flags =
    (participant.name ? FLAG_NAME : 0) |
    (participant.role ? FLAG_ROLE : 0) |
    (participant.proxy ? FLAG_PROXY : 0) |
    (texts.length ? FLAG_TEXTS : 0);
  w.write(FORMAT, 4);
  w.write(flags, 4);
  w.write(idPrint(questionnaire.id), 24);
  w.writeVarint(questionnaire.version);
  w.write(questionListPrint(questionnaire), 16);
  w.write(parseInt(participant.key.slice(0, 8), 16), 32);
  w.write(parseInt(participant.key.slice(8), 16), 32);
  w.writeVarint(participant.revision);
  for (const q of questionnaire.questions) w.write(answerCode(q, participant.answers[q.id]), widthFor(codeCount(q)));
  if (participant.name) w.writeText(cutUtf8(participant.name, HAND_IN_NAME_BYTES));
  if (participant.role) w.writeText(cutUtf8(participant.role, HAND_IN_ROLE_BYTES));
  if (texts.length) {
    w.writeVarint(texts.length);
    for (const t of texts) {
      w.writeVarint(t.question);
      w.write(t.kind, 1);
      w.writeText(cutUtf8(t.text, HAND_IN_TEXT_BYTES));
    }
  }
  const body = w.toBytes();
  const sum = crc32(body);
  const out = new Uint8Array(body.length + 4);
  out.set(body);
  out.set([sum >>> 24, (sum >>> 16) & 0xff, (sum >>> 8) & 0xff, sum & 0xff], body.length);
  return encodeBase45(out);
}

/** Most alphanumeric characters a version 5 QR code holds at error correction M. */
export const HAND_IN_QR_CHARS = 154;

/**
 * The code for the participant's QR code: with notes and reasons when they still fit a version 5
 * code at correction M, otherwise without them (the answers always fit; notes travel by link or file).
 */
export function encodeHandInForQr(questionnaire: Questionnaire, participant: Participant): string {
  const full = encodeHandIn(questionnaire, participant);
  return full.length <= HAND_IN_QR_CHARS ? full : encodeHandIn(questionnaire, participant, { texts: false });
}

interface Header {
  flags: number;
  idPrint: number;
  version: number;
  listPrint: number;
  key: string;
  revision: number;
}

function readHeader(r: BitReader): Header | 'unsupported-format' {
  if (r.read(4) !== FORMAT) return 'unsupported-format';
  const flags = r.read(4);
  const id = r.read(24);
  const version = r.readVarint();
  const listPrint = r.read(16);
  const key = r.read(32).toString(16).padStart(8, '0') + r.read(32).toString(16).padStart(8, '0');
  return { flags, idPrint: id, version, listPrint, key, revision: r.readVarint() };
}

function readBody(r: BitReader, q: Questionnaire, header: Header): Participant | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const answers: Participant['answers'] = {};
  for (const question of q.questions) {
    const a = answerFromCode(question, r.read(widthFor(codeCount(question))));
    if (a === null) return null;
    if (a) answers[question.id] = a;
  }
  const p: Participant = { key: header.key, revision: header.revision, answers };
  try {
    if (header.flags & FLAG_NAME) p.name = decoder.decode(r.readText());
    if (header.flags & FLAG_ROLE) p.role = decoder.decode(r.readText());
    if (header.flags & FLAG_PROXY) p.proxy = true;
    if (header.flags & FLAG_TEXTS) {
      const count = r.readVarint();
      for (let i = 0; i < count; i++) {
        const at = r.readVarint();
        const kind = r.read(1);
        const text = decoder.decode(r.readText());
        if (at === 0 && kind === TEXT_NOTE) p.notes = text;
        else {
          const question = q.questions[at - 1];
          const a = question ? answers[question.id] : undefined;
          if (!a) return null;
          if (kind === TEXT_NOTE) a.note = text;
          else if (a.dontKnow) a.reason = text;
          else return null;
        }
      }
    }
  } catch (e) {
    if (e instanceof BitsExhaustedError) throw e;
    return null; // not UTF-8
  }
  return p;
}

/** Decodes a hand-in code (or a share link holding one) against the known questionnaires. */
export function decodeHandIn(questionnaires: readonly Questionnaire[], code: string): DecodedHandIn {
  const text = handInCodeFrom(code);
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  const decoded = decodeBase45(text);
  if (!decoded.ok)
    return {
      ok: false,
      reason:
        decoded.problem === 'bad-character'
          ? 'not-a-hand-in'
          : decoded.problem === 'bad-length' || decoded.problem === 'bad-tail'
            ? 'truncated'
            : 'tampered',
    };
  const bytes = decoded.bytes;
  if (bytes.length < 5) return { ok: false, reason: 'truncated' };
  const body = bytes.subarray(0, bytes.length - 4);
  const stored =
    ((bytes[bytes.length - 4]! << 24) | (bytes[bytes.length - 3]! << 16) | (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!) >>>
    0;
  const intact = crc32(body) === stored;
  const r = new BitReader(body);
  try {
    const header = readHeader(r);
    if (header === 'unsupported-format') return { ok: false, reason: intact ? 'unsupported-format' : 'tampered' };
    const sameId = questionnaires.filter((q) => idPrint(q.id) === header.idPrint);
    if (!intact) {
      // Read on to tell a cut-off code from an altered one: a cut-off one runs out of bits.
      const q = sameId.find((x) => x.version === header.version) ?? sameId[0];
      if (q) readBody(r, q, header);
      return { ok: false, reason: 'tampered' };
    }
    if (sameId.length === 0) return { ok: false, reason: 'foreign-questionnaire' };
    const sameVersion = sameId.filter((q) => q.version === header.version);
    if (sameVersion.length === 0)
      return { ok: false, reason: 'other-version', detail: { questionnaire: sameId[0]!.id, version: header.version } };
    const questionnaire = sameVersion.find((q) => questionListPrint(q) === header.listPrint);
    if (!questionnaire)
      return { ok: false, reason: 'questionnaire-changed', detail: { questionnaire: sameVersion[0]!.id, version: header.version } };
    const participant = readBody(r, questionnaire, header);
    if (!participant || r.bytesUsed() !== body.length) return { ok: false, reason: 'tampered' };
    return { ok: true, handIn: { questionnaire: { id: questionnaire.id, version: questionnaire.version }, participant }, questionnaire };
  } catch (e) {
    if (e instanceof BitsExhaustedError) return { ok: false, reason: intact ? 'tampered' : 'truncated' };
    throw e;
  }
}

/** The fragment a share link carries a hand-in in; `%` and spaces of Base45 are percent-encoded. */
export function handInFragment(code: string): string {
  return `#h=${encodeURIComponent(code)}`;
}

/**
 * The bare code inside what someone pasted or scanned: the code itself, a `#h=` fragment, or a
 * whole link ending in one.
 */
export function handInCodeFrom(text: string): string {
  // Spaces belong to Base45, so only line breaks and tabs around the text are dropped.
  const trimmed = text.replace(/^[\r\n\t]+|[\r\n\t]+$/g, '');
  // Base45 has neither `=` nor `&`, so `h=` can only start the fragment's parameter.
  const m = /(?:^|[#&?])h=([^&]*)/.exec(trimmed);
  if (!m) return trimmed;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}
