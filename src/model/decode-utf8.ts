import type { Issue } from '../core/issue.js';

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * Decodes a file's bytes as UTF-8. Bytes that are not UTF-8 (a file saved as Latin-1 or Windows-1252)
 * are reported at the first one's line and column, by character, and decoded as U+FFFD so the rest
 * of the file can still be checked.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string; issues: Issue[] } {
  try {
    return { text: strict.decode(bytes), issues: [] };
  } catch {
    const bad = firstInvalidByte(bytes);
    const before = lenient.decode(bytes.subarray(0, bad));
    const lines = before.split(/\r\n|\r|\n/);
    const line = lines.length;
    const col = [...lines[lines.length - 1]!].length + 1;
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      text: lenient.decode(bytes),
      issues: [
        {
          file,
          line,
          col,
          code: 'not-utf8',
          message: `byte 0x${hex} is not UTF-8: save the file as UTF-8 (it looks like Latin-1 or Windows-1252)`,
          severity: 'error',
        },
      ],
    };
  }
}

/** Offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points above U+10FFFF are invalid too.
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f))
      return i;
    i += need + 1;
  }
  return bytes.length;
}
