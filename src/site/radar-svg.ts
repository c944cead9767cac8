import { escapeHtml } from './escape-html.js';

export interface RadarAxis {
  label: string;
  /** 0-100, or null when the stage has no score yet. */
  value: number | null;
}

const SIZE = 320;
const CENTER = SIZE / 2;
const RADIUS = 110;

function point(i: number, n: number, r: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return [CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle)];
}

function fmt([x, y]: [number, number]): string {
  return `${x.toFixed(1)},${y.toFixed(1)}`;
}

/** A radar chart of stage scores as inline SVG: rings at 25/50/75/100, one spoke per stage. */
export function radarSvg(axes: readonly RadarAxis[], title: string): string {
  const n = Math.max(axes.length, 3);
  const rings = [25, 50, 75, 100]
    .map((v) => `<polygon class="radar-ring" points="${Array.from({ length: n }, (_, i) => fmt(point(i, n, (RADIUS * v) / 100))).join(' ')}"/>`)
    .join('');
  const spokes = axes.map((_, i) => `<line class="radar-spoke" x1="${CENTER}" y1="${CENTER}" x2="${point(i, n, RADIUS)[0].toFixed(1)}" y2="${point(i, n, RADIUS)[1].toFixed(1)}"/>`).join('');
  const shape = axes.map((a, i) => fmt(point(i, n, (RADIUS * (a.value ?? 0)) / 100))).join(' ');
  const labels = axes
    .map((a, i) => {
      const [x, y] = point(i, n, RADIUS + 24);
      const anchor = Math.abs(x - CENTER) < 4 ? 'middle' : x > CENTER ? 'start' : 'end';
      const value = a.value === null ? '—' : a.value.toFixed(0);
      return `<text class="radar-label" x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="${anchor}">${escapeHtml(a.label)} <tspan class="radar-value">${value}</tspan></text>`;
    })
    .join('');
  const dots = axes.map((a, i) => (a.value === null ? '' : `<circle class="radar-dot" cx="${point(i, n, (RADIUS * a.value) / 100)[0].toFixed(1)}" cy="${point(i, n, (RADIUS * a.value) / 100)[1].toFixed(1)}" r="4"/>`)).join('');
  return `<svg class="radar" viewBox="-120 -10 ${SIZE + 240} ${SIZE + 20}" role="img" aria-labelledby="radar-title"><title id="radar-title">${escapeHtml(title)}</title>${rings}${spokes}<polygon class="radar-shape" points="${shape}"/>${dots}${labels}</svg>`;
}
