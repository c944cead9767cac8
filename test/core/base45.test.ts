import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase45, encodeBase45 } from '../../src/core/base45.js';

const text = (s: string) => new TextEncoder().encode(s);

describe('Base45 (RFC 9285)', () => {
  it.each([
    ['AB', 'BB8'],
    ['Hello!!', '%69 VD92EX0'],
    ['base-45', 'UJCLQE7W581'],
    ['ietf!', 'QED8WEX0'],
  ])('encodes %j as the RFC example %j and back', (plain, encoded) => {
    expect(encodeBase45(text(plain))).toBe(encoded);
    const back = decodeBase45(encoded);
    expect(back.ok && new TextDecoder().decode(back.bytes)).toBe(plain);
  });

  it('round-trips any bytes, using only QR alphanumeric characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const s = encodeBase45(bytes);
        expect(s).toMatch(/^[0-9A-Z $%*+\-./:]*$/);
        const back = decodeBase45(s);
        expect(back.ok && [...back.bytes]).toEqual([...bytes]);
      }),
    );
  });

  it('refuses characters outside the alphabet, a lone last character and groups above 65535', () => {
    expect(decodeBase45('ab')).toEqual({ ok: false, problem: 'bad-character' });
    expect(decodeBase45('BB8B')).toEqual({ ok: false, problem: 'bad-length' });
    expect(decodeBase45('GGW')).toEqual({ ok: false, problem: 'out-of-range' });
    expect(decodeBase45('::')).toEqual({ ok: false, problem: 'bad-tail' });
  });
});
