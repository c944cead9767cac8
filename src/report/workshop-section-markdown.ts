import { workshopText } from '../i18n/workshop-text.js';
import type { ReportInput } from '../pdf/report-input.js';
import { workshopSummary, type WorkshopQuestionRow } from '../pdf/workshop-summary.js';
import { escapeMarkdownHtml as text } from './escape-markdown-html.js';
import { formatDecimal } from '../i18n/format-number.js';
import type { Lang } from '../core/lang.js';

const CELLS = 20;

/** A stage's spread as a line of text, 0 to 100 in 20 cells: the band from min to max, `|` the median, `◆` the consensus. */
export function spreadStrip(row: { min: number | null; median: number | null; max: number | null; consensus: number | null }): string {
  const cell = (x: number) => Math.min(CELLS - 1, Math.floor((x / 100) * CELLS));
  const chars = Array.from({ length: CELLS }, () => '·');
  if (row.min !== null && row.max !== null) for (let i = cell(row.min); i <= cell(row.max); i++) chars[i] = '━';
  if (row.median !== null) chars[cell(row.median)] = '┃';
  if (row.consensus !== null) chars[cell(row.consensus)] = '◆';
  return chars.join('');
}

/** A figure in the language's own number format, like the rest of the face. */
const num = (lang: Lang, x: number | null) => (x === null ? '—' : formatDecimal(lang, x));

function question(r: WorkshopQuestionRow, lang: string, withDisagreement: boolean): string[] {
  const t = workshopText(lang);
  const head = withDisagreement ? ` — ${t.disagreement} ${formatDecimal(lang, r.disagreement, 2)} · ${t.status[r.status]}` : '';
  const lines = [`- **${r.prompt}**${head}`, `  - ${r.status === 'open' ? '' : `${t.agreed}: `}${r.answer}`];
  // Notes, owners, roles and names are typed by people: escaped like the rest of the report's typed text.
  if (r.note) lines.push(`  - ${t.note}: ${text(r.note)}`);
  if (r.owner) lines.push(`  - ${t.owner}: ${text(r.owner)}`);
  return lines;
}

/** The workshop section of the Markdown report (nothing for a plain assessment). */
export function workshopMarkdown(input: ReportInput): string[] {
  const s = workshopSummary(input);
  if (!s) return [];
  const lang = input.questionnaire.lang;
  const t = workshopText(lang);
  const out = [
    `## ${t.section}`,
    '',
    `${t.participants(s.participants)}${s.proxies ? `, ${t.proxies(s.proxies)}` : ''}. ${t.roles}: ${s.roles.map((r) => `${text(r.role)} (${r.count})`).join(', ')}.`,
    '',
  ];
  out.push(s.names.length ? `${t.names}: ${s.names.map(text).join(', ')}.` : t.anonymous, '');
  out.push(
    `### ${t.spread}`,
    '',
    `| ${t.stage} | ${t.consensus} | ${t.min} | ${t.median} | ${t.max} | 0–100 |`,
    '|---|---|---|---|---|---|',
  );
  for (const r of s.stages)
    out.push(
      `| ${r.title} | ${num(lang, r.consensus)} | ${num(lang, r.min)} | ${num(lang, r.median)} | ${num(lang, r.max)} | \`${spreadStrip(r)}\` |`,
    );
  out.push('', `### ${t.disputed}`, '');
  if (s.disputed.length === 0) out.push(t.noDisputed);
  for (const r of s.disputed) out.push(...question(r, lang, true));
  if (s.moreDisputed) out.push('', t.moreDisputed(s.moreDisputed));
  out.push('', `### ${t.open}`, '');
  if (s.open.length === 0) out.push(t.noOpen);
  for (const r of s.open) out.push(...question(r, lang, false));
  out.push('');
  return out;
}
