import { planByHorizon } from '../core/plan.js';
import { reasons, type ReportInput } from '../pdf/report-input.js';

function cell(value: string | number): string {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The plan as CSV (RFC 4180, CRLF line ends) for a consultant's spreadsheet or project tool. */
export function planCsv(input: ReportInput): string {
  const header = ['action', 'title', 'stage', 'priority', 'horizon', 'impact', 'effort', 'category', 'reasons'];
  const na = input.questionnaire.lang === 'es' ? 'No aplica' : 'Not applicable';
  const rows = planByHorizon(input.result.plan, { later: true }).flatMap((g) =>
    g.items.map((i) => [
      i.action,
      i.title,
      i.stage,
      i.priority.toFixed(2),
      i.horizon,
      i.impact,
      i.effort,
      i.kitDigital ? input.kitNames[i.kitDigital] ?? i.kitDigital : '',
      reasons(input, i.because, na).map((r) => `${r.prompt} — ${r.answer}`).join('; '),
    ]),
  );
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
