import type { Lang } from '../core/lang.js';
import type { PlanItem } from '../core/plan.js';
import { priorityBands } from '../core/priority-words.js';
import type { ScoreRange, ScoreResult } from '../core/score.js';
import { cliText } from '../i18n/cli-text.js';
import { formatDecimal, formatRange, rangeIsOpen } from '../i18n/format-number.js';
import { pdfText } from './pdf-text.js';

/*
 * The report's wording of figures, shared by its sections. Priority words, reasons, capacity and
 * "answer N more" come from the CLI's catalogue so the PDF says exactly what `digimat score` says.
 */

/** A score with one decimal in the language's format, or "no data". */
export function scoreFigure(lang: Lang, score: number | null): string {
  return score === null ? pdfText(lang).notScored : formatDecimal(lang, score);
}

/** The range beside a provisional score, or null when it has closed on the score. */
export function openRange(lang: Lang, range: ScoreRange | null): string | null {
  return rangeIsOpen(range) ? formatRange(lang, range) : null;
}

/** A stage's verdict: its level when complete, otherwise "provisional: answer N more questions". */
export function stageVerdict(lang: Lang, stage: ScoreResult['stages'][number]): string {
  if (!stage.complete) return cliText(lang).answerMore(stage.remaining);
  return stage.level?.label ?? '—';
}

/** "high impact, low effort" for an action. */
export function priorityWords(lang: Lang, item: Pick<PlanItem, 'impact' | 'effort'>): string {
  const t = cliText(lang);
  const bands = priorityBands(item);
  return `${t.impactBands[bands.impact]}, ${t.effortBands[bands.effort]}`;
}

/** The one-line reason a start-here action comes first. */
export function startReason(lang: Lang, item: PlanItem, score: ScoreResult): string {
  const stage = score.stages.find((s) => s.id === item.stage)?.title ?? item.stage;
  return cliText(lang).reason(priorityWords(lang, item), stage, item.stage === score.weakest);
}
