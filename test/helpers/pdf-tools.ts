import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './run-cli.js';

/** Folder for page images, kept by CI as an artefact and looked at by people. */
export const ARTIFACTS = path.join(ROOT, 'test-artifacts/pdf');

/** Text of a PDF as poppler's pdftotext extracts it (reading order, UTF-8). */
export function pdfText(bytes: Uint8Array, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Renders page 1 to PNG with pdftoppm, next to the PDF in the artefacts folder; returns the PNG path. */
export function firstPagePng(name: string): string {
  const base = path.join(ARTIFACTS, name);
  execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-singlefile', '-png', `${base}.pdf`, base]);
  return `${base}.png`;
}

/** qpdf's structural check; throws with qpdf's output when the file is not a valid PDF. */
export function qpdfCheck(name: string): string {
  return execFileSync('qpdf', ['--check', path.join(ARTIFACTS, `${name}.pdf`)], { encoding: 'utf8' });
}

export function pdfInfo(name: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [path.join(ARTIFACTS, `${name}.pdf`)], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** Collapses whitespace, so wrapped lines compare equal to the source text. */
export function squash(text: string): string {
  return text.replace(/-\n/g, '-').replace(/\s+/g, ' ').trim();
}

/**
 * How far down each page's body the ink reaches, as a share of the body's height (0 = nothing
 * drawn, 1 = down to the bottom margin), from pages rendered by pdftoppm in greys. The footer in the
 * bottom margin is left out; coloured bands and drawings count like text.
 */
export function pageFill(name: string, margin = 48): number[] {
  const dpi = 36;
  const base = path.join(ARTIFACTS, `${name}-fill`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', path.join(ARTIFACTS, `${name}.pdf`), base]);
  const pages = readdirSync(ARTIFACTS)
    .filter((f) => f.startsWith(`${name}-fill-`) && f.endsWith('.pgm'))
    .sort((a, b) => pageNumber(a) - pageNumber(b));
  return pages.map((f) => {
    const file = path.join(ARTIFACTS, f);
    const { width, height, pixels } = readPgm(readFileSync(file));
    unlinkSync(file);
    const edge = Math.round((margin * dpi) / 72);
    let last = -1;
    for (let y = edge; y < height - edge; y++) {
      const row = pixels.subarray(y * width, (y + 1) * width);
      if (row.some((v) => v < 230)) last = y;
    }
    return last < 0 ? 0 : (last - edge + 1) / (height - 2 * edge);
  });
}

function pageNumber(file: string): number {
  return Number(/-(\d+)\.pgm$/.exec(file)![1]);
}

/** A binary PGM (P5, 8 bits) as pdftoppm writes it. */
function readPgm(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: bytes.subarray(header[0].length, header[0].length + width * height) };
}
