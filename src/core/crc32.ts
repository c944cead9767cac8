/** CRC-32 (IEEE 802.3, the one zip and PNG use) lookup table, built once. */
const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 of bytes, unsigned; detects any burst of changed bits up to 32 long and most others. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** CRC-32 of a text's UTF-8 bytes: a short stable fingerprint of an id or a structure. */
export function crc32Text(text: string): number {
  return crc32(new TextEncoder().encode(text));
}
