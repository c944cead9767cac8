import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
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
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/** Collapses whitespace, so wrapped lines compare equal to the source text. */
export function squash(text: string): string {
  return text.replace(/-\n/g, '-').replace(/\s+/g, ' ').trim();
}
