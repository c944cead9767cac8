import { planByHorizon } from '../core/plan.js';
import { PDF_TEXT } from '../pdf/pdf-text.js';
import { reasons, type ReportInput } from '../pdf/report-input.js';
import { workshopMarkdown } from './workshop-section-markdown.js';

/** The report as Markdown, for editing with track changes; same content and order as the PDF. */
export function reportMarkdown(input: ReportInput): string {
  const { assessment: a, questionnaire: q, result } = input;
  const t = PDF_TEXT[q.lang];
  const na = q.lang === 'es' ? 'No aplica' : 'Not applicable';
  const score = (v: number | null) => (v === null ? t.notScored : v.toFixed(1));
  const out: string[] = [
    `# ${t.report}: ${a.company.name}`,
    '',
    `- **${t.sector}:** ${a.company.sector}`,
    `- **${t.location}:** ${a.company.location}`,
    `- **${t.date}:** ${a.date}`,
    `- **${t.assessor}:** ${a.assessor}`,
    `- **${t.questionnaire}:** ${q.title} (${q.id}, ${t.version} ${q.version})`,
    '',
    `## ${t.overall}: ${score(result.score.overall.score)} / 100 — ${result.score.overall.level?.label ?? ''}`,
    '',
    `## ${t.stages}`,
    '',
    `| | ${t.score} | ${t.level} | ${t.answered} |`,
    '|---|---|---|---|',
    ...result.score.stages.map((s) => `| ${s.title} | ${score(s.score)} | ${s.level?.label ?? '—'} | ${s.answered}/${s.applicable} |`),
    '',
  ];
  const idx = result.score.stages.findIndex((s) => s.id === result.score.weakest);
  if (idx >= 0) {
    const s = result.score.stages[idx]!;
    const later = result.score.stages.slice(idx + 1).map((x) => x.title);
    out.push(`## ${t.weakest}`, '', later.length ? t.holdsBack(s.title, later) : t.lastStage(s.title), '');
  }
  out.push(`## ${t.plan}`, '');
  if (result.plan.items.length === 0) out.push(t.noPlan, '');
  let n = 0;
  for (const g of planByHorizon(result.plan)) {
    if (g.items.length === 0) continue;
    out.push(`### ${t.horizons[g.horizon]}`, '');
    for (const i of g.items) {
      n++;
      const kit = i.kitDigital ? ` · ${t.kitDigital}: ${input.kitNames[i.kitDigital] ?? i.kitDigital}` : '';
      out.push(`${n}. **${i.title}** — ${t.priority} ${i.priority.toFixed(2)} · ${t.impact} ${i.impact}/5 · ${t.effort} ${i.effort}/5${kit}`, '');
      const action = input.actions.get(i.action);
      if (action) out.push(`   ${action.description.trim().replace(/\n/g, '\n   ')}`, '');
      out.push(`   ${t.because}:`, '');
      for (const r of reasons(input, i.because, na)) out.push(`   - ${r.prompt} — ${r.answer}`);
      out.push('');
    }
  }
  out.push(...workshopMarkdown(input));
  out.push(`## ${t.notes}`, '');
  if (a.notes) out.push(`**${t.generalNotes}:** ${a.notes.trim()}`, '');
  const noted = q.questions.filter((x) => a.answers[x.id]?.note);
  if (noted.length === 0) out.push(t.noNotes, '');
  for (const x of noted) out.push(`- **${x.prompt}** ${a.answers[x.id]!.note}`);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
