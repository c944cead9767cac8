import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Random bytes in a room token: 128 bits, the least the room's threat model accepts. */
export const TOKEN_BYTES = 16;

/** A new random token, URL-safe (22 characters for 128 bits). */
export function newToken(bytes = TOKEN_BYTES): string {
  return randomBytes(bytes).toString('base64url');
}

/** Compares a presented token with the room's in constant time. */
export function tokenMatches(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
