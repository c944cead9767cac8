import type { Lang } from '../core/lang.js';
import { planByHorizon } from '../core/plan.js';
import type { AssessmentResult } from '../core/assess.js';
import type { Assessment, FundingNames } from '../core/model.js';
import type { ScoreRange } from '../core/score.js';
import { cliText, type CliText } from '../i18n/cli-text.js';
import { formatDecimal, formatRange, rangeIsOpen } from '../i18n/format-number.js';
import { priorityWords } from '../i18n/priority-words.js';
import { weakestMissing } from '../i18n/weakest-missing.js';
import { textTable } from './text-table.js';

/** A score as the table shows it: the figure, and its range while the range is still open. */
function scoreCell(lang: Lang, t: CliText, score: number | null, range: ScoreRange | null): string {
  const figure = score === null ? t.notScored : formatDecimal(lang, score);
  return rangeIsOpen(range) ? `${figure} (${formatRange(lang, range)})` : figure;
}

/** The human-readable score report: a stage table, where to start, then the plan by horizon. */
export function formatScore(assessment: Assessment, result: AssessmentResult, lang: Lang, funding?: FundingNames): string {
  const t = cliText(lang);
  const { score, plan } = result;
  const rows = score.stages.map((s) => [
    s.title,
    scoreCell(lang, t, s.score, s.range),
    s.complete ? (s.level?.label ?? '—') : t.answerMore(s.remaining),
    `${s.answered}/${s.applicable}`,
  ]);
  const answered = score.stages.reduce((n, s) => n + s.answered, 0);
  const applicable = score.stages.reduce((n, s) => n + s.applicable, 0);
  const remaining = score.stages.reduce((n, s) => n + s.remaining, 0);
  const overall = [
    t.overall,
    scoreCell(lang, t, score.overall.score, score.overall.range),
    score.overall.complete ? (score.overall.level?.label ?? '—') : t.answerMore(remaining),
    `${answered}/${applicable}`,
  ];
  const header = [t.stage, t.score, t.level, t.completeness];
  const out = [`${assessment.company.name} — ${assessment.date}`, '', ...textTable(header, rows, [overall])];
  const weakest = score.stages.find((s) => s.id === score.weakest);
  out.push('', `${t.weakest}: ${weakest ? weakest.title : weakestMissing(t, score)}`);

  const items = new Map(plan.items.map((i) => [i.action, i]));
  const stageTitle = (id: string) => score.stages.find((s) => s.id === id)?.title ?? id;
  if (plan.startHere.length > 0) {
    out.push('', t.startHere);
    for (const id of plan.startHere) {
      const item = items.get(id)!;
      out.push(`  - ${item.title} — ${t.reason(priorityWords(t, item), stageTitle(item.stage), item.stage === score.weakest)}`);
    }
  }

  out.push('', t.plan);
  if (plan.items.length === 0) out.push(`  ${t.noPlan}`);
  else out.push(`  ${(plan.segment === null ? t.capacityUnknown : t.capacity)(plan.capacity)}`);
  for (const group of planByHorizon(plan, { later: true })) {
    if (group.items.length === 0) continue;
    out.push('', `  ${t.horizons[group.horizon]}`);
    for (const item of group.items) {
      // The scheme's own name (Kit Digital for the bundled model) labels the category.
      const kit = item.funding && funding ? ` · ${funding.name}: ${funding.categories[item.funding] ?? item.funding}` : '';
      out.push(`  ${item.rank}. ${item.title} [${item.action}]`);
      out.push(`      ${priorityWords(t, item)} (${t.impact} ${item.impact}/5, ${t.effort} ${item.effort}/5)${kit}`);
      out.push(`      ${t.because}: ${item.because.join(', ')}`);
    }
  }
  if (plan.excluded.length > 0) out.push('', `${t.excluded}: ${plan.excluded.map((e) => `${e.title} [${e.action}]`).join(', ')}`);
  return out.join('\n');
}
