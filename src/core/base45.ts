/** The 45 characters of RFC 9285, all inside the QR code's alphanumeric mode. */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Why a text is not Base45. */
/** `bad-tail`: a last pair above one byte, what a three-character group cut short usually looks like. */
export type Base45Problem = 'bad-character' | 'bad-length' | 'out-of-range' | 'bad-tail';

/** Encodes bytes as Base45 (RFC 9285): every two bytes become three characters, a last byte two. */
export function encodeBase45(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    if (i + 1 < bytes.length) {
      const n = bytes[i]! * 256 + bytes[i + 1]!;
      out += ALPHABET[n % 45]! + ALPHABET[Math.floor(n / 45) % 45]! + ALPHABET[Math.floor(n / 2025)]!;
    } else {
      const n = bytes[i]!;
      out += ALPHABET[n % 45]! + ALPHABET[Math.floor(n / 45)]!;
    }
  }
  return out;
}

/** Decodes Base45 back to bytes, or says why the text cannot be Base45. */
export function decodeBase45(text: string): { ok: true; bytes: Uint8Array } | { ok: false; problem: Base45Problem } {
  const digits: number[] = [];
  for (const c of text) {
    const d = INDEX.get(c);
    if (d === undefined) return { ok: false, problem: 'bad-character' };
    digits.push(d);
  }
  // A group is three characters; a last group of two holds one byte; one character alone is never valid.
  if (digits.length % 3 === 1) return { ok: false, problem: 'bad-length' };
  const bytes: number[] = [];
  for (let i = 0; i < digits.length; i += 3) {
    if (i + 2 < digits.length) {
      const n = digits[i]! + digits[i + 1]! * 45 + digits[i + 2]! * 2025;
      if (n > 0xffff) return { ok: false, problem: 'out-of-range' };
      bytes.push(n >> 8, n & 0xff);
    } else {
      const n = digits[i]! + digits[i + 1]! * 45;
      if (n > 0xff) return { ok: false, problem: 'bad-tail' };
      bytes.push(n);
    }
  }
  return { ok: true, bytes: Uint8Array.from(bytes) };
}
