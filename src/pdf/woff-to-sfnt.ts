/**
 * Unpacks a WOFF font into a plain TrueType/OpenType (sfnt) font. fontkit reads WOFF by inflating a
 * table every time it is touched, which made each report take hundreds of milliseconds; unpacked
 * once, the same font costs nothing to read. `inflate` is zlib's (Node) or fflate's (browser).
 */
export function woffToSfnt(woff: Uint8Array, inflate: (data: Uint8Array) => Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) return woff; // not 'wOFF': already an sfnt font
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag: view.getUint32(at), checksum: view.getUint32(at + 16), data: compLength < origLength ? inflate(raw) : raw });
  }
  const pad = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + numTables * 16;
  const total = tables.reduce((n, t) => n + pad(t.data.length), headerSize);
  const out = new Uint8Array(total);
  const o = new DataView(out.buffer);
  const pow = 2 ** Math.floor(Math.log2(numTables));
  o.setUint32(0, flavor);
  o.setUint16(4, numTables);
  o.setUint16(6, pow * 16);
  o.setUint16(8, Math.log2(pow));
  o.setUint16(10, numTables * 16 - pow * 16);
  let dataAt = headerSize;
  tables.forEach((t, i) => {
    const rec = 12 + i * 16;
    o.setUint32(rec, t.tag);
    o.setUint32(rec + 4, t.checksum);
    o.setUint32(rec + 8, dataAt);
    o.setUint32(rec + 12, t.data.length);
    out.set(t.data, dataAt);
    dataAt += pad(t.data.length);
  });
  return out;
}
