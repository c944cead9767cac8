import { escapeHtml } from './escape-html.js';

export interface RadarAxis {
  label: string;
  /** 0-100, or null when the stage has no score yet. */
  value: number | null;
}

const SIZE = 320;
const CENTER = SIZE / 2;
const RADIUS = 110;
/** Matches `.radar-label` in site.css; the SVG scales, so these are user units. */
const FONT = 13;
const LINE = 16;
/**
 * A generous average glyph width (in ems) for the sans-serif fonts the site uses. The text cannot be
 * measured where this runs (the build has no layout engine), so boxes are over-estimated rather than
 * risk a clipped label.
 */
const GLYPH = 0.62;
/** Characters per line before a label wraps: narrower beside the chart, wider above and below it. */
const WRAP_SIDE = 14;
const WRAP_MIDDLE = 26;
const MARGIN = 6;

function point(i: number, n: number, r: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return [CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle)];
}

function fmt([x, y]: [number, number]): string {
  return `${x.toFixed(1)},${y.toFixed(1)}`;
}

/** Splits a label into lines of at most `max` characters, at spaces where it can, mid-word where it must. */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.trim().split(/\s+/)) {
    let rest = word;
    while (rest.length > max) {
      if (line) lines.push(line);
      line = '';
      lines.push(rest.slice(0, max));
      rest = rest.slice(max);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= max) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One axis label, laid out away from the chart so it never covers the shape, with its estimated box. */
function labelLayout(axis: RadarAxis, i: number, n: number): { svg: string; box: Box } {
  const [x, y] = point(i, n, RADIUS + 18);
  const dx = x - CENTER;
  const dy = y - CENTER;
  const anchor = Math.abs(dx) < 4 ? 'middle' : dx > 0 ? 'start' : 'end';
  const value = axis.value === null ? '—' : axis.value.toFixed(0);
  const lines = wrapLabel(`${axis.label} ${value}`, anchor === 'middle' ? WRAP_MIDDLE : WRAP_SIDE);
  const height = LINE * (lines.length - 1) + FONT;
  // Above the chart the block grows upwards, below it downwards, beside it it is centred on the spoke.
  const top = Math.abs(dy) < 4 || anchor !== 'middle' ? y - height / 2 : dy < 0 ? y - height : y;
  const width = Math.max(...lines.map((l) => l.length)) * FONT * GLYPH;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const firstBaseline = top + FONT * 0.8;
  const last = lines.length - 1;
  const tspans = lines
    .map((l, k) => {
      // The score is the last word; show it in bold.
      const text =
        k === last
          ? `${escapeHtml(l.slice(0, l.length - value.length))}<tspan class="radar-value">${escapeHtml(value)}</tspan>`
          : escapeHtml(l);
      return `<tspan x="${x.toFixed(1)}" ${k === 0 ? `y="${firstBaseline.toFixed(1)}"` : `dy="${LINE}"`}>${text}</tspan>`;
    })
    // A space between lines keeps the words apart in the text a reader or a copy gets.
    .join(' ');
  return {
    svg: `<text class="radar-label" text-anchor="${anchor}">${tspans}</text>`,
    box: { x0, y0: top, x1: x0 + width, y1: top + height },
  };
}

/** A radar chart of stage scores as inline SVG: rings at 25/50/75/100, one spoke per stage, labels wrapped to fit. */
export function radarSvg(axes: readonly RadarAxis[], title: string): string {
  const n = Math.max(axes.length, 3);
  const rings = [25, 50, 75, 100]
    .map(
      (v) =>
        `<polygon class="radar-ring" points="${Array.from({ length: n }, (_, i) => fmt(point(i, n, (RADIUS * v) / 100))).join(' ')}"/>`,
    )
    .join('');
  const spokes = axes
    .map(
      (_, i) =>
        `<line class="radar-spoke" x1="${CENTER}" y1="${CENTER}" x2="${point(i, n, RADIUS)[0].toFixed(1)}" y2="${point(i, n, RADIUS)[1].toFixed(1)}"/>`,
    )
    .join('');
  const shape = axes.map((a, i) => fmt(point(i, n, (RADIUS * (a.value ?? 0)) / 100))).join(' ');
  const labels = axes.map((a, i) => labelLayout(a, i, n));
  const dots = axes
    .map((a, i) =>
      a.value === null
        ? ''
        : `<circle class="radar-dot" cx="${point(i, n, (RADIUS * a.value) / 100)[0].toFixed(1)}" cy="${point(i, n, (RADIUS * a.value) / 100)[1].toFixed(1)}" r="4"/>`,
    )
    .join('');
  // The view box holds the chart and every label's box, so nothing is cut off at any width.
  const all = [{ x0: CENTER - RADIUS, y0: CENTER - RADIUS, x1: CENTER + RADIUS, y1: CENTER + RADIUS }, ...labels.map((l) => l.box)];
  const x0 = Math.floor(Math.min(...all.map((b) => b.x0)) - MARGIN);
  const y0 = Math.floor(Math.min(...all.map((b) => b.y0)) - MARGIN);
  const x1 = Math.ceil(Math.max(...all.map((b) => b.x1)) + MARGIN);
  const y1 = Math.ceil(Math.max(...all.map((b) => b.y1)) + MARGIN);
  return `<svg class="radar" viewBox="${x0} ${y0} ${x1 - x0} ${y1 - y0}" role="img" aria-labelledby="radar-title"><title id="radar-title">${escapeHtml(title)}</title>${rings}${spokes}<polygon class="radar-shape" points="${shape}"/>${dots}${labels.map((l) => l.svg).join('')}</svg>`;
}
