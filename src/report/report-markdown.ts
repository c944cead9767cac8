import { planByHorizon } from '../core/plan.js';
import type { ScoreRange } from '../core/score.js';
import { priorityWords } from '../i18n/priority-words.js';
import { cliText } from '../i18n/cli-text.js';
import { funnelNote } from '../i18n/funnel-note.js';
import { weakestMissing } from '../i18n/weakest-missing.js';
import { formatDecimal, formatPercent, formatRange, rangeIsOpen } from '../i18n/format-number.js';
import { pdfText } from '../pdf/pdf-text.js';
import { fundingLabel, reasons, type ReportInput } from '../pdf/report-input.js';
import { escapeMarkdownHtml } from './escape-markdown-html.js';
import { workshopMarkdown } from './workshop-section-markdown.js';

/** The report as Markdown, for editing with track changes; same content and order as the PDF. */
export function reportMarkdown(input: ReportInput): string {
  const { assessment: a, questionnaire: q, result } = input;
  const lang = q.lang;
  const t = pdfText(lang);
  // The PDF catalogue is the report's; words the PDF does not have yet come from the CLI's.
  const c = cliText(lang);
  const na = lang === 'es' ? 'No aplica' : 'Not applicable';
  const text = escapeMarkdownHtml;
  const figure = (v: number | null, range: ScoreRange | null, unit = '') => {
    const shown = v === null ? t.notScored : formatDecimal(lang, v);
    return `${shown}${unit}${rangeIsOpen(range) ? ` (${formatRange(lang, range)})` : ''}`;
  };
  const { overall, stages, weakest } = result.score;
  const remaining = stages.reduce((n, s) => n + s.remaining, 0);
  const overallLevel = overall.complete ? (overall.level?.label ?? '') : c.answerMore(remaining);
  const out: string[] = [
    `# ${text(q.reportTitle ?? q.title)}: ${text(a.company.name)}`,
    '',
    `- **${t.sector}:** ${text(a.company.sector)}`,
    `- **${t.location}:** ${text(a.company.location)}`,
    `- **${t.date}:** ${a.date}`,
    `- **${t.assessor}:** ${text(a.assessor)}`,
    `- **${t.questionnaire}:** ${q.title} (${q.id}, ${t.version} ${q.version})`,
    '',
    `## ${t.overall}: ${figure(overall.score, overall.range, ' / 100')} — ${overallLevel}`,
    '',
    `${formatPercent(lang, overall.completeness)} ${t.answered}.`,
    '',
  ];
  const items = new Map(result.plan.items.map((i) => [i.action, i]));
  if (result.plan.startHere.length > 0) {
    out.push(`## ${c.startHere}`, '');
    result.plan.startHere.forEach((id, n) => {
      const i = items.get(id)!;
      const stage = stages.find((s) => s.id === i.stage)?.title ?? i.stage;
      out.push(`${n + 1}. **${i.title}** — ${c.reason(priorityWords(c, i), stage, i.stage === weakest)}`);
    });
    out.push('');
  }
  out.push(
    `## ${t.stages}`,
    '',
    `| | ${t.score} | ${t.level} | ${t.answered} |`,
    '|---|---|---|---|',
    ...stages.map(
      (s) =>
        `| ${s.title} | ${figure(s.score, s.range)} | ${s.complete ? (s.level?.label ?? '—') : c.answerMore(s.remaining)} | ${s.answered}/${s.applicable} |`,
    ),
    '',
  );
  const idx = stages.findIndex((s) => s.id === weakest);
  if (idx >= 0) {
    const s = stages[idx]!;
    const later = stages.slice(idx + 1).map((x) => x.title);
    out.push(`## ${t.weakest}`, '', [t.lowest(s.title), funnelNote(q, later)].filter(Boolean).join(' '), '');
  } else if (overall.score !== null) {
    const why = weakestMissing(c, result.score);
    out.push(`## ${t.weakest}`, '', `${why[0]!.toUpperCase()}${why.slice(1)}.`, '');
  }
  out.push(`## ${t.plan}`, '');
  if (result.plan.items.length === 0) out.push(t.noPlan, '');
  else out.push((result.plan.segment === null ? c.capacityUnknown : c.capacity)(result.plan.capacity), '');
  for (const g of planByHorizon(result.plan, { later: true })) {
    if (g.items.length === 0) continue;
    out.push(`### ${c.horizons[g.horizon]}`, '');
    for (const i of g.items) {
      const kit = fundingLabel(input.funding, i.funding);
      out.push(`${i.rank}. **${i.title}** — ${priorityWords(c, i)} (${t.impact} ${i.impact}/5 · ${t.effort} ${i.effort}/5)${kit}`, '');
      const action = input.actions.get(i.action);
      if (action) out.push(`   ${action.description.trim().replace(/\n/g, '\n   ')}`, '');
      out.push(`   ${t.because}:`, '');
      for (const r of reasons(input, i.because, na)) out.push(`   - ${r.prompt} — ${r.answer}`);
      out.push('');
      if (action?.resources?.length) {
        out.push(`   ${t.resources}:`, '');
        for (const r of action.resources) out.push(`   - [${text(r.title)}](${r.url.replace(/[()\s]/g, encodeURIComponent)})`);
        out.push('');
      }
    }
  }
  out.push(...workshopMarkdown(input));
  out.push(`## ${t.notes}`, '');
  if (a.notes) out.push(`**${t.generalNotes}:** ${text(a.notes.trim())}`, '');
  const noted = q.questions.filter((x) => a.answers[x.id]?.note);
  if (noted.length === 0) out.push(t.noNotes, '');
  for (const x of noted) out.push(`- **${x.prompt}** ${text(a.answers[x.id]!.note!)}`);
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
