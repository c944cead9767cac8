// fontkit ships no types; we only parse a font file into the object pdfkit accepts as a font source.
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string | null): unknown;
}
