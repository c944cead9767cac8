import type { Lang } from '../core/lang.js';
import { planByHorizon } from '../core/plan.js';
import type { AssessmentResult } from '../core/assess.js';
import type { Assessment } from '../core/model.js';
import { CLI_TEXT } from '../i18n/cli-text.js';
import type { KitDigital } from '../schema/actions-schema.js';

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

/** The human-readable score report: a stage table, then the plan by horizon with its reasons. */
export function formatScore(assessment: Assessment, result: AssessmentResult, lang: Lang, kitDigital?: KitDigital): string {
  const t = CLI_TEXT[lang];
  const { score, plan } = result;
  const rows = score.stages.map((s) => [
    s.title,
    s.score === null ? t.notScored : s.score.toFixed(1),
    s.level?.label ?? '—',
    `${s.answered}/${s.applicable}`,
  ]);
  rows.push([t.overall, score.overall.score === null ? t.notScored : score.overall.score.toFixed(1), score.overall.level?.label ?? '—', '']);
  const header = [t.stage, t.score, t.level, t.completeness];
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]!].length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd();
  const out = [`${assessment.company.name} — ${assessment.date}`, '', line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  rows.forEach((r, i) => {
    if (i === rows.length - 1) out.push(widths.map((w) => '-'.repeat(w)).join('  '));
    out.push(line(r));
  });
  const weakest = score.stages.find((s) => s.id === score.weakest);
  if (weakest) out.push('', `${t.weakest}: ${weakest.title}`);
  out.push('', `${t.plan}`);
  if (plan.items.length === 0) out.push(`  ${t.noPlan}`);
  for (const group of planByHorizon(plan)) {
    if (group.items.length === 0) continue;
    out.push('', `  ${t.horizons[group.horizon]}`);
    for (const item of group.items) {
      const category = kitDigital?.categories.find((c) => c.id === item.kitDigital)?.name[lang] ?? item.kitDigital;
      const kit = item.kitDigital ? `, ${t.kitDigital}: ${category}` : '';
      out.push(`  - ${item.title} [${item.action}]`);
      out.push(`      ${t.priority} ${item.priority.toFixed(2)}, ${t.impact} ${item.impact}/5, ${t.effort} ${item.effort}/5${kit}`);
      out.push(`      ${t.because}: ${item.because.join(', ')}`);
    }
  }
  if (plan.excluded.length > 0) out.push('', `${t.excluded}: ${plan.excluded.map((e) => e.action).join(', ')}`);
  return out.join('\n');
}
