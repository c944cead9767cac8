import type { Level, Question, Questionnaire } from '../core/model.js';
import type { ScoreRange, ScoreResult } from '../core/score.js';
import { formatDecimal, formatPercent, rangeIsOpen } from '../i18n/format-number.js';
import { escapeHtml } from '../site/escape-html.js';
import { fill } from '../site/site-text.js';
import type { WorkshopText } from '../site/workshop-text.js';
import type { QuestionAggregate } from './board-core.js';
import type { QuestionRow } from './board-consensus.js';
import type { BoardParticipant, BoardState } from './board-state.js';

/** Below this many answers a distribution on the projector could point at a person: it is hidden. */
export const PROJECTOR_MIN_ANSWERS = 3;

/** A knowledge gap at or above this share is flagged on its own, apart from disagreement. */
export const GAP_FLAG = 0.34;

const pct = (x: number, w: WorkshopText) => formatPercent(w.lang, x);

/** How a participant is called on the facilitator's screen: their name only when names are kept. */
export function participantLabel(board: BoardState, p: BoardParticipant, w: WorkshopText): string {
  const n = board.participants.indexOf(p) + 1;
  return board.anonymity !== 'nobody' && p.name ? p.name : fill(w.progress.participant, { n });
}

/** The label of one distribution bucket: an option, a set of options, "not applicable" or "I don't know". */
export function bucketLabel(question: Question, key: string, w: WorkshopText): string {
  if (key === 'na') return w.question.na;
  if (key === 'dontKnow') return w.dontKnow;
  return key
    .split('+')
    .map((id) => question.options.find((o) => o.id === id)?.label ?? id)
    .join(' + ');
}

/** The buckets of a distribution strip: each option in the questionnaire's order, then n/a and "I don't know". */
function buckets(question: Question, agg: QuestionAggregate): { key: string; n: number; cls: string }[] {
  const out = question.options.map((o, i) => ({ key: o.id, n: agg.distribution[o.id] ?? 0, cls: `seg-${Math.min(i, 9)}` }));
  out.push({ key: 'na', n: agg.na, cls: 'seg-na' }, { key: 'dontKnow', n: agg.dontKnow, cls: 'seg-dk' });
  return out.filter((b) => b.n > 0);
}

/**
 * A distribution as a stacked strip (SVG, so widths need no inline style under the site's CSP) with
 * the same figures as text beside it for screen readers and for reading from the back of the room.
 * For multiple choice each option counts the people who chose it.
 */
export function distributionStrip(question: Question, agg: QuestionAggregate, w: WorkshopText): string {
  const entries = buckets(question, agg);
  const total = entries.reduce((s, b) => s + b.n, 0);
  if (total === 0) return `<p class="strip-empty">${escapeHtml(w.board.noAnswers)}</p>`;
  let x = 0;
  const rects = entries
    .map((b) => {
      const width = (b.n / total) * 100;
      const r = `<rect class="${b.cls}" x="${x.toFixed(2)}" y="0" width="${width.toFixed(2)}" height="10"></rect>`;
      x += width;
      return r;
    })
    .join('');
  const legend = entries
    .map(
      (b) =>
        `<li data-bucket="${escapeHtml(b.key)}"><span class="swatch ${b.cls}"></span>${escapeHtml(bucketLabel(question, b.key, w))}: <strong>${b.n}</strong></li>`,
    )
    .join('');
  return `<svg class="strip" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">${rects}</svg><ul class="legend">${legend}</ul>`;
}

/** The answer a consensus entry records, in words. */
export function entryAnswer(question: Question, entry: { value?: string | string[]; na?: boolean }, w: WorkshopText): string {
  if (entry.na) return w.question.na;
  if (entry.value === undefined) return '—';
  return bucketLabel(question, [entry.value].flat().join('+'), w);
}

/** Who has handed in: a tile each, with how they handed in and how much they answered. */
export function progressGrid(board: BoardState, w: WorkshopText): string {
  if (board.participants.length === 0) return `<p>${escapeHtml(w.progress.nobody)}</p>`;
  const via = { link: w.progress.viaLink, file: w.progress.viaFile, qr: w.progress.viaQr } as const;
  const tiles = board.participants
    .map((p) => {
      const answered = Object.values(p.answers).filter((a) => a.value !== undefined || a.na || a.dontKnow).length;
      return `<li class="tile" data-key="${escapeHtml(p.key)}"><strong>${escapeHtml(participantLabel(board, p, w))}</strong>${p.role ? ` <span class="role">${escapeHtml(p.role)}</span>` : ''}<br><span class="meta">${escapeHtml(fill(w.progress.answered, { n: answered }))}${via[p.via] ? ` · ${escapeHtml(via[p.via])}` : ''}${p.proxy ? ` · ${escapeHtml(w.progress.proxy)}` : ''}</span></li>`;
    })
    .join('');
  return `<p data-testid="handed-in">${escapeHtml(fill(w.progress.count, { n: board.participants.length }))}</p><ul class="tiles">${tiles}</ul>`;
}

/** The revealed board: every question, most disagreement first, gaps flagged apart. */
export function questionList(rows: readonly QuestionRow[], q: Questionnaire, w: WorkshopText): string {
  const stage = (id: string) => q.stages.find((s) => s.id === id)?.title ?? id;
  return `<ol class="board-list">${rows
    .map((r) => {
      const gap = r.latest.knowledgeGap >= GAP_FLAG;
      return `<li class="board-row${gap ? ' has-gap' : ''}" data-question="${r.question.id}" data-disagreement="${r.latest.disagreement.toFixed(3)}" data-status="${r.entry.status}">
<h3>${escapeHtml(r.question.prompt)}</h3>
<p class="meta">${escapeHtml(stage(r.question.stage))}${r.round2 ? ` · ${escapeHtml(fill(w.board.round, { n: 2 }))}` : ''}</p>
${distributionStrip(r.question, r.latest, w)}
<p class="figures"><span>${escapeHtml(w.board.disagreement)}: <strong>${pct(r.latest.disagreement, w)}</strong></span> <span>${escapeHtml(w.board.gap)}: <strong>${pct(r.latest.knowledgeGap, w)}</strong>${gap ? ` <em class="gap-flag">${escapeHtml(w.board.gapFlag)}</em>` : ''}</span> <span>${escapeHtml(w.board.status)}: <strong class="status-${r.entry.status}">${escapeHtml(w.status[r.entry.status])}</strong>${r.entry.status !== 'open' ? ` — ${escapeHtml(entryAnswer(r.question, r.entry, w))}` : ''}</span></p>
<p><button type="button" class="secondary" data-open="${r.question.id}">${escapeHtml(w.board.open)}<span class="visually-hidden">: ${escapeHtml(r.question.prompt)}</span></button></p>
</li>`;
    })
    .join('')}</ol>`;
}

/** A score in the page's language with, while it is provisional, the tag and the range it could still reach. */
function scoreCell(score: number | null, complete: boolean, range: ScoreRange | null, level: Level | null, w: WorkshopText): string {
  if (score === null) return '—';
  const figure = formatDecimal(w.lang, score);
  // A level is earned only by a complete score, as on the results page.
  if (complete) return `${figure}${level ? ` <span class="level">${escapeHtml(level.label)}</span>` : ''}`;
  const open = rangeIsOpen(range)
    ? ` <span class="range">(${escapeHtml(fill(w.scores.range, { min: formatDecimal(w.lang, range.min), max: formatDecimal(w.lang, range.max) }))})</span>`
    : '';
  return `${figure} <span class="provisional-tag">${escapeHtml(w.scores.provisional)}</span>${open}`;
}

/**
 * The consensus scores per stage beside the participants' spread. Like the results page, a stage or
 * the overall that lacks agreed answers is shown as provisional with its range, never as final.
 */
export function scoresTable(
  score: ScoreResult,
  spread: Record<string, { min: number; median: number; max: number } | null>,
  w: WorkshopText,
): string {
  const f = (x: number | null | undefined) => (x === null || x === undefined ? '—' : formatDecimal(w.lang, x));
  const rows = score.stages
    .map((s) => {
      const sp = spread[s.id];
      return `<tr data-stage="${s.id}" data-score="${s.score ?? ''}" data-complete="${s.complete}" data-level="${s.level?.id ?? ''}"${sp ? ` data-min="${sp.min}" data-median="${sp.median}" data-max="${sp.max}"` : ''}><th scope="row">${escapeHtml(s.title)}</th><td>${scoreCell(s.score, s.complete, s.range, s.level, w)}</td><td>${sp ? `${f(sp.min)} · ${f(sp.median)} · ${f(sp.max)}` : '—'}</td></tr>`;
    })
    .join('');
  const o = score.overall;
  const answered = score.stages.reduce((n, s) => n + s.answered, 0);
  const applicable = score.stages.reduce((n, s) => n + s.applicable, 0);
  const note = o.complete
    ? ''
    : `<p class="ws-completeness" data-testid="ws-completeness">${escapeHtml(fill(w.scores.completeness, { answered, total: applicable, percent: formatPercent(w.lang, o.completeness) }))}</p>`;
  return `<table class="ws-scores"><thead><tr><th scope="col">${escapeHtml(w.scores.stage)}</th><th scope="col">${escapeHtml(w.scores.consensus)}</th><th scope="col">${escapeHtml(w.scores.spread)}</th></tr></thead><tbody>${rows}</tbody><tfoot><tr data-overall="${o.score ?? ''}" data-complete="${o.complete}" data-level="${o.level?.id ?? ''}"><th scope="row">${escapeHtml(w.scores.overall)}</th><td>${scoreCell(o.score, o.complete, o.range, o.level, w)}</td><td></td></tr></tfoot></table>${note}`;
}

/** The projector: counts before the reveal; after it, distributions without names, small ones hidden. */
export function projectorView(
  board: BoardState,
  rows: readonly QuestionRow[],
  score: ScoreResult,
  spread: Record<string, { min: number; median: number; max: number } | null>,
  w: WorkshopText,
): string {
  const count = `<p class="projector-count" data-testid="projector-count">${escapeHtml(fill(w.projector.handedIn, { n: board.participants.length }))}</p>`;
  if (!board.revealed) return `<h2 id="projector-h">${escapeHtml(w.projector.heading)}</h2>${count}`;
  const items = rows
    .map((r) => {
      const shown = r.latest.count >= PROJECTOR_MIN_ANSWERS;
      return `<li class="board-row" data-question="${r.question.id}"${shown ? '' : ' data-hidden="1"'}><h3>${escapeHtml(r.question.prompt)}</h3>${shown ? distributionStrip(r.question, r.latest, w) : `<p class="meta">${escapeHtml(w.projector.hidden)}</p>`}</li>`;
    })
    .join('');
  // A spread of one or two people would show each person's score.
  const safeSpread = board.participants.length >= PROJECTOR_MIN_ANSWERS ? spread : {};
  return `<h2 id="projector-h">${escapeHtml(w.projector.heading)}</h2>${count}${scoresTable(score, safeSpread, w)}<ol class="board-list">${items}</ol>`;
}
