import { correction, generate } from 'lean-qr';

/**
 * A QR code drawn with half-block characters, two modules per character cell, dark on light with a
 * quiet zone, so a phone can scan it from the facilitator's terminal whatever its colour scheme:
 * with `color` the light and dark are set explicitly (ANSI), without it dark modules are printed.
 */
export function terminalQr(text: string, color: boolean): string {
  const code = generate(text, { minCorrectionLevel: correction.M });
  const pad = 2;
  const lines: string[] = [];
  const dark = (x: number, y: number) => x >= 0 && y >= 0 && x < code.size && y < code.size && code.get(x, y);
  for (let y = -pad; y < code.size + pad; y += 2) {
    let line = '';
    for (let x = -pad; x < code.size + pad; x++) {
      const top = dark(x, y);
      const bottom = dark(x, y + 1);
      line += top ? (bottom ? '\u2588' : '\u2580') : bottom ? '\u2584' : ' ';
    }
    lines.push(color ? `\x1b[30;107m${line}\x1b[0m` : line);
  }
  return lines.join('\n');
}
