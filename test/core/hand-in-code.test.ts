import fc from 'fast-check';
import { generate, correction } from 'lean-qr';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  decodeHandIn,
  encodeHandIn,
  encodeHandInForQr,
  handInCodeFrom,
  handInFragment,
  HAND_IN_NAME_BYTES,
  HAND_IN_QR_CHARS,
  HAND_IN_ROLE_BYTES,
} from '../../src/core/hand-in-code.js';
import type { Questionnaire } from '../../src/core/model.js';
import type { Participant } from '../../src/core/workshop-model.js';
import { loadContent } from '../../src/node/load-content.js';
import { buildQuestionnaire } from '../helpers/build-questionnaire.js';
import { MIXED, participantArb } from '../helpers/workshop-arbitraries.js';

/** QR version 5 at error correction M holds at most this many alphanumeric characters. */
const V5_M_ALPHANUMERIC = 154;

let bundled: Questionnaire[];
beforeAll(async () => {
  bundled = (await loadContent('content')).questionnaires;
});

const KEY = '0123456789abcdef';

/** The longest hand-in the bundled questionnaire allows: every multiple choice fully ticked, every other question on its last option. */
function fullest(q: Questionnaire): Participant {
  const answers: Participant['answers'] = {};
  for (const x of q.questions)
    answers[x.id] = x.kind === 'multiple' ? { value: x.options.map((o) => o.id) } : { value: x.options.at(-1)!.id };
  return { key: 'ffffffffffffffff', revision: 1_000_000, name: 'Ñ'.repeat(40), role: 'r'.repeat(40), proxy: true, answers };
}

describe('hand-in code', () => {
  it('round-trips any participant of a mixed questionnaire, notes and reasons included', () => {
    fc.assert(
      fc.property(participantArb(MIXED), (p) => {
        const decoded = decodeHandIn([MIXED], encodeHandIn(MIXED, p));
        expect(decoded.ok && decoded.handIn).toEqual({ questionnaire: { id: 'test', version: 1 }, participant: p });
      }),
    );
  });

  it('leaves notes and reasons out when asked for the short form', () => {
    const p: Participant = {
      key: KEY,
      revision: 2,
      notes: 'long day',
      answers: { 'yes-q': { dontKnow: true, reason: 'ask Ana' }, 'scale-q': { value: '3', note: 'roughly' } },
    };
    const decoded = decodeHandIn([MIXED], encodeHandIn(MIXED, p, { texts: false }));
    expect(decoded.ok && decoded.handIn.participant).toEqual({
      key: KEY,
      revision: 2,
      answers: { 'yes-q': { dontKnow: true }, 'scale-q': { value: '3' } },
    });
  });

  it('fits a version 5 QR code at error correction M for the fullest hand-in of the bundled questionnaire', () => {
    for (const q of bundled) {
      const code = encodeHandIn(q, fullest(q), { texts: false });
      expect(code.length).toBeLessThanOrEqual(V5_M_ALPHANUMERIC);
      const qr = generate(code, { minCorrectionLevel: correction.M, maxVersion: 5 });
      expect((qr.size - 17) / 4).toBeLessThanOrEqual(5);
      const back = decodeHandIn(bundled, code);
      expect(back.ok && back.handIn.participant.answers).toEqual(fullest(q).answers);
      expect(back.ok && new TextEncoder().encode(back.handIn.participant.name).length).toBeLessThanOrEqual(HAND_IN_NAME_BYTES);
      expect(back.ok && back.handIn.participant.role).toBe('r'.repeat(HAND_IN_ROLE_BYTES));
    }
  });

  it('keeps notes in the QR code while they fit version 5, and drops them rather than grow past it', () => {
    expect(HAND_IN_QR_CHARS).toBe(V5_M_ALPHANUMERIC);
    const q = bundled[0]!;
    const short = { key: KEY, revision: 1, answers: { website: { value: 'current', note: 'nueva' } } };
    expect(encodeHandInForQr(q, short)).toBe(encodeHandIn(q, short));
    const long = { ...fullest(q), notes: 'x'.repeat(150) };
    const code = encodeHandInForQr(q, long);
    expect(code).toBe(encodeHandIn(q, long, { texts: false }));
    expect(code.length).toBeLessThanOrEqual(HAND_IN_QR_CHARS);
  });

  it('carries the questionnaire it was made for, whichever language the phone used', () => {
    const en = bundled.find((q) => q.lang === 'en')!;
    const decoded = decodeHandIn(bundled, encodeHandIn(en, { key: KEY, revision: 1, answers: { website: { value: 'current' } } }));
    expect(decoded.ok && decoded.handIn.questionnaire).toEqual({ id: en.id, version: en.version });
  });

  it('travels in a share link and is found again in the link, the fragment or alone', () => {
    const code = encodeHandIn(MIXED, { key: KEY, revision: 1, name: 'Ana', answers: { 'scale-q': { value: '4' } } });
    const fragment = handInFragment(code);
    expect(fragment).toMatch(/^#h=[A-Za-z0-9%*+\-./:]+$/);
    for (const text of [code, fragment, `file:///media/usb/es/workshop/index.html${fragment}`, `${fragment}&lang=es`, `${code}\r\n`]) {
      expect(handInCodeFrom(text)).toBe(code);
      expect(decodeHandIn([MIXED], text).ok).toBe(true);
    }
  });
});

describe('hand-in code refusals', () => {
  const p: Participant = { key: KEY, revision: 3, name: 'Luis', answers: { 'scale-q': { value: '2' }, 'multi-q': { value: ['a', 'c'] } } };
  const code = () => encodeHandIn(MIXED, p);

  it('refuses a hand-in for another questionnaire', () => {
    const other = buildQuestionnaire([{ id: 'scale-q', stage: 'presence', kind: 'scale', prompt: 'S?' }]);
    const foreign = { ...other, id: 'someone-else' };
    expect(decodeHandIn([MIXED], encodeHandIn(foreign, p))).toEqual({ ok: false, reason: 'foreign-questionnaire' });
  });

  it('refuses a hand-in made on another version, and one whose questions changed under the same version', () => {
    expect(decodeHandIn([{ ...MIXED, version: 2 }], code())).toEqual({
      ok: false,
      reason: 'other-version',
      detail: { questionnaire: 'test', version: 1 },
    });
    const reordered = { ...MIXED, questions: [...MIXED.questions].reverse() };
    expect(decodeHandIn([reordered], code())).toEqual({
      ok: false,
      reason: 'questionnaire-changed',
      detail: { questionnaire: 'test', version: 1 },
    });
  });

  it('calls any single changed character tampered or truncated, never accepted', () => {
    const good = code();
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
    fc.assert(
      fc.property(fc.nat({ max: good.length - 1 }), fc.constantFrom(...alphabet), (at, c) => {
        fc.pre(good[at] !== c);
        const bad = good.slice(0, at) + c + good.slice(at + 1);
        const r = decodeHandIn([MIXED], bad);
        expect(r.ok).toBe(false);
        expect(['tampered', 'truncated']).toContain(!r.ok && r.reason);
      }),
    );
  });

  it('calls a cut-off code truncated at every length', () => {
    const good = code();
    for (let n = 1; n < good.length; n++) {
      const r = decodeHandIn([MIXED], good.slice(0, n));
      expect({ n, reason: !r.ok && r.reason }).toEqual({ n, reason: 'truncated' });
    }
  });

  it('says what is wrong with empty text and text that is no code at all', () => {
    expect(decodeHandIn([MIXED], ' \n')).toEqual({ ok: false, reason: 'empty' });
    expect(decodeHandIn([MIXED], 'hello there')).toEqual({ ok: false, reason: 'not-a-hand-in' });
    expect(decodeHandIn([MIXED], '#a=N4Ig')).toEqual({ ok: false, reason: 'not-a-hand-in' });
  });

  it('refuses a participant key that is not 16 hex digits when encoding', () => {
    expect(() => encodeHandIn(MIXED, { ...p, key: 'Ana' })).toThrow(RangeError);
  });
});
