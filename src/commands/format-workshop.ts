import type { AssessmentResult } from '../core/assess.js';
import type { Lang } from '../core/lang.js';
import type { Questionnaire } from '../core/model.js';
import type { WorkshopAggregate } from '../core/workshop-aggregate.js';
import type { Workshop } from '../core/workshop-model.js';
import { workshopText } from '../i18n/workshop-text.js';
import { formatDecimal } from '../i18n/format-number.js';
import { textTable } from './text-table.js';

/** A figure in the language's own number format, like the rest of the face. */
const num = (lang: Lang, x: number | null) => (x === null ? '—' : formatDecimal(lang, x));

/**
 * What `digimat score` adds for a workshop: how many took part, each stage's consensus score beside
 * the spread of the participants' own scores, and the disputed questions.
 */
export function formatWorkshop(
  q: Questionnaire,
  workshop: Workshop,
  aggregate: WorkshopAggregate,
  result: AssessmentResult,
  lang: Lang,
): string {
  const t = workshopText(lang);
  const proxies = workshop.participants.filter((p) => p.proxy).length;
  const out = [`${t.section}: ${t.participants(aggregate.participants)}${proxies ? `, ${t.proxies(proxies)}` : ''}`, ''];
  const header = [t.stage, t.consensus, t.min, t.median, t.max];
  const rows = q.stages.map((stage) => {
    const spread = aggregate.stages.find((s) => s.stage === stage.id)!;
    const agreed = result.score.stages.find((s) => s.id === stage.id)?.score ?? null;
    return [stage.title, num(lang, agreed), num(lang, spread.min), num(lang, spread.median), num(lang, spread.max)];
  });
  out.push(...textTable(header, rows), '', `${t.disputed}:`);
  if (aggregate.disputed.length === 0) out.push(`  ${t.noDisputed}`);
  for (const id of aggregate.disputed) {
    const a = aggregate.questions.find((x) => x.id === id)!;
    const status = workshop.consensus[id]?.status ?? 'open';
    out.push(`  - ${id}: ${t.disagreement} ${formatDecimal(lang, a.disagreement, 2)}, ${t.status[status]}`);
  }
  return out.join('\n');
}
