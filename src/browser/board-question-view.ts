import type { Question } from '../core/model.js';
import { escapeHtml } from '../site/escape-html.js';
import { fill } from '../site/site-text.js';
import type { WorkshopText } from '../site/workshop-text.js';
import type { ParticipantAnswer } from './board-core.js';
import type { QuestionRow } from './board-consensus.js';
import { distributionStrip, entryAnswer, participantLabel } from './board-render.js';
import type { BoardState } from './board-state.js';

/** The choices of a select for one question: its options, then "not applicable" and "I don't know". */
function choices(question: Question, w: WorkshopText, selected: Set<string>, extra: ('na' | 'dontKnow')[]): string {
  const opts = question.options.map((o) => ({ id: o.id, label: o.label }));
  if (extra.includes('na') && question.allowNa) opts.push({ id: 'na', label: w.question.na });
  if (extra.includes('dontKnow')) opts.push({ id: 'dontKnow', label: w.dontKnow });
  return opts
    .map((o) => `<option value="${escapeHtml(o.id)}"${selected.has(o.id) ? ' selected' : ''}>${escapeHtml(o.label)}</option>`)
    .join('');
}

function chosen(a: ParticipantAnswer | { value?: string | string[]; na?: boolean } | undefined): Set<string> {
  if (!a) return new Set();
  if (a.na) return new Set(['na']);
  if ('dontKnow' in a && a.dontKnow) return new Set(['dontKnow']);
  return new Set(a.value === undefined ? [] : [a.value].flat());
}

/** One question opened on the facilitator's screen: rounds, notes, re-vote and the agreement form. */
export function questionDetail(board: BoardState, row: QuestionRow, w: WorkshopText): string {
  const { question: qn, entry } = row;
  const multiple = qn.kind === 'multiple';
  const reasons = row.reasons.length
    ? `<ul class="reasons">${row.reasons.map((r) => `<li><strong>${escapeHtml(participantLabel(board, board.participants.find((p) => p.key === r.key)!, w))}:</strong> ${escapeHtml(r.text)}</li>`).join('')}</ul>`
    : `<p>${escapeHtml(w.question.noReasons)}</p>`;
  const votes = board.round2[qn.id] ?? {};
  const revote = board.participants
    .map((p, i) => {
      const start = votes[p.key] ?? p.answers[qn.id];
      return `<p><label for="rv-${i}">${escapeHtml(participantLabel(board, p, w))}</label> <select id="rv-${i}" name="${escapeHtml(p.key)}"${multiple ? ' multiple' : ''}>${multiple ? '' : '<option value="">—</option>'}${choices(qn, w, chosen(start), ['na', 'dontKnow'])}</select></p>`;
    })
    .join('');
  const suggestion = row.latest.suggestion;
  const canAccept = suggestion.status !== 'open' && (suggestion.value !== undefined || ('na' in suggestion && !!suggestion.na));
  const current = board.decisions[qn.id];
  const notes = board.notes[qn.id] ?? {};
  return `<h2 id="wq-h" tabindex="-1">${escapeHtml(qn.prompt)}</h2>
<section aria-labelledby="wq-r1"><h3 id="wq-r1">${escapeHtml(fill(w.board.round, { n: 1 }))}</h3>${distributionStrip(qn, row.round1, w)}</section>
${row.round2 ? `<section aria-labelledby="wq-r2"><h3 id="wq-r2">${escapeHtml(fill(w.board.round, { n: 2 }))}</h3>${distributionStrip(qn, row.round2, w)}</section>` : ''}
<p>${escapeHtml(w.board.suggested)}: <strong data-testid="suggestion">${escapeHtml(w.status[suggestion.status])}${canAccept ? ` — ${escapeHtml(entryAnswer(qn, suggestion, w))}` : ''}</strong> · ${escapeHtml(w.board.status)}: <strong data-testid="entry-status">${escapeHtml(w.status[entry.status])}</strong></p>
<section aria-labelledby="wq-reasons"><h3 id="wq-reasons">${escapeHtml(w.question.reasons)}</h3>${reasons}</section>
<form id="wq-revote" class="wq-form" aria-labelledby="wq-revote-h"><h3 id="wq-revote-h">${escapeHtml(w.question.revote)}</h3><p class="meta">${escapeHtml(w.question.revoteHint)}</p>${revote}<p><button type="submit">${escapeHtml(w.question.revoteSave)}</button></p></form>
<form id="wq-decide" class="wq-form" aria-labelledby="wq-decide-h"><h3 id="wq-decide-h">${escapeHtml(w.question.decide)}</h3>
${canAccept ? `<p><button type="button" id="wq-accept">${escapeHtml(w.question.accept)}: ${escapeHtml(entryAnswer(qn, suggestion, w))}</button></p>` : ''}
<p><label for="wq-value">${escapeHtml(w.question.decideValue)}</label> <select id="wq-value" name="value"${multiple ? ' multiple' : ''}>${multiple ? '' : `<option value="">— (${escapeHtml(w.status.open)})</option>`}${choices(qn, w, chosen(current), ['na'])}</select></p>
<p><label for="wq-note">${escapeHtml(w.question.note)}</label> <input id="wq-note" name="note" value="${escapeHtml(notes.note ?? '')}"></p>
<p><label for="wq-owner">${escapeHtml(w.question.owner)}</label> <input id="wq-owner" name="owner" value="${escapeHtml(notes.owner ?? '')}"></p>
<p><button type="submit">${escapeHtml(w.question.save)}</button> <button type="button" class="secondary" id="wq-close">${escapeHtml(w.question.close)}</button></p>
</form>`;
}
