import type { AssessmentResult } from '../core/assess.js';
import { planByHorizon, type PlanItem } from '../core/plan.js';
import type { FundingNames, Questionnaire } from '../core/model.js';
import type { ScoreRange, ScoreResult, StageScore } from '../core/score.js';
import { formatDecimal, formatPercent, rangeIsOpen } from '../i18n/format-number.js';
import { priorityWords } from '../i18n/priority-words.js';
import { funnelNote } from '../i18n/funnel-note.js';
import { escapeHtml } from './escape-html.js';
import { radarSvg } from './radar-svg.js';
import { fill, type SiteText } from './site-text.js';

/** Stage titles longer than this put the table under the radar: beside it, a column half as wide would wrap them word by word. */
const LONG_TITLE = 30;

/** What the results view needs besides the result: texts and pre-rendered Markdown. */
export interface ResultsContext {
  questionnaire: Questionnaire;
  text: SiteText;
  /** Action id -> description already rendered to HTML (Markdown is rendered at build time). */
  actionHtml: Record<string, string>;
  /** The funding scheme the plan's actions name categories of, in the page's language. */
  funding?: FundingNames;
  /** Action id -> URL of the course page that explains it, relative to the page. */
  courseLinks: Record<string, string>;
  /** Action id -> its further reading (title and address), for actions that list some. */
  resources?: Record<string, readonly { title: string; url: string }[]>;
  /**
   * The questionnaire page, relative to this one, when the visitor can answer more there: "answer N
   * more questions" then links to the first open question. A published assessment has no such link.
   */
  questionnaireUrl?: string;
}

/** Data attributes that carry a range to tests and scripts; empty when there is none. */
function rangeData(range: ScoreRange | null): string {
  return `data-range-min="${range?.min ?? ''}" data-range-max="${range?.max ?? ''}"`;
}

/** Why no weakest stage is named: each open stage that could still end lower and what it needs, or no stage complete. */
function weakestMissingHtml(s: ScoreResult, t: SiteText): string {
  const open = s.stages.filter((st) => s.weakestUnknownBecause.includes(st.id));
  if (open.length === 0) return `<p>${t.r.noWeakest}</p>`;
  const items = open.map(
    (st) => `<li data-stage="${st.id}">${fill(t.r.weakestOpen, { stage: escapeHtml(st.title), n: String(st.remaining) })}</li>`,
  );
  return `<p>${t.r.weakestUnknown}</p><ul>${items.join('')}</ul>`;
}

/** The results as HTML: overall, where to start, stages with radar, weakest stage, the plan. Pure; used by the build and the browser. */
export function renderResults(result: AssessmentResult, ctx: ResultsContext): string {
  const { text: t, questionnaire: q } = ctx;
  const lang = q.lang;
  const s = result.score;
  const num = (v: number | null) => (v === null ? t.r.notScored : formatDecimal(lang, v));
  const answerMore = (n: number, question: string | null) => {
    const words = n === 1 ? t.r.answerMoreOne : fill(t.r.answerMore, { n });
    return ctx.questionnaireUrl && question
      ? `<a class="answer-more" href="${escapeHtml(`${ctx.questionnaireUrl}#q-${question}`)}">${words}</a>`
      : `<span class="answer-more">${words}</span>`;
  };
  const rangeLine = (range: ScoreRange | null) =>
    rangeIsOpen(range)
      ? `<p class="range">${fill(t.r.range, { min: formatDecimal(lang, range.min), max: formatDecimal(lang, range.max) })}</p>`
      : '';

  const firstOpen = s.stages.find((st) => !st.complete && st.firstUnanswered) ?? s.stages.find((st) => st.firstUnanswered);
  const remaining = s.stages.reduce((n, st) => n + st.remaining, 0);
  const answered = s.stages.reduce((n, st) => n + st.answered, 0);
  const applicable = s.stages.reduce((n, st) => n + st.applicable, 0);
  const overall = `<section class="overall" aria-labelledby="overall-h">
<h2 id="overall-h">${t.r.overall}</h2>
<p class="overall-score" data-testid="overall" data-score="${s.overall.score ?? ''}" data-level="${s.overall.level?.id ?? ''}" data-complete="${s.overall.complete}" ${rangeData(s.overall.range)}><span class="big">${num(s.overall.score)}</span><span class="of"> / 100</span>${s.overall.complete ? '' : ` <span class="provisional-tag">${t.r.provisional}</span>`}</p>
${rangeLine(s.overall.range)}
<p>${t.r.level}: ${s.overall.complete ? `<strong>${escapeHtml(s.overall.level?.label ?? '—')}</strong>` : answerMore(remaining, firstOpen?.firstUnanswered ?? null)}</p>
<p class="completeness">${fill(t.r.completeness, { answered, total: applicable, percent: formatPercent(lang, s.overall.completeness) })}</p>
${s.overall.level ? `<p class="level-description">${escapeHtml(s.overall.level.description)}</p>` : ''}
</section>`;

  const stageTitle = new Map(s.stages.map((st) => [st.id, st.title]));
  const items = new Map(result.plan.items.map((i) => [i.action, i]));
  const reason = (i: PlanItem) =>
    fill(i.stage === s.weakest ? t.r.reasonWeakest : t.r.reason, {
      bands: priorityWords(t.r.bands, i),
      stage: escapeHtml(stageTitle.get(i.stage) ?? i.stage),
    });
  const startHere = result.plan.startHere.length
    ? `<section class="start-here" aria-labelledby="start-here-h" data-testid="start-here">
<h2 id="start-here-h">${t.r.startHere}</h2>
<ol>${result.plan.startHere
        .map((id) => {
          const i = items.get(id)!;
          return `<li class="start-item" data-action="${i.action}"><strong>${escapeHtml(i.title)}</strong><br><span class="reason">${reason(i)}</span></li>`;
        })
        .join('\n')}</ol>
</section>`
    : '';

  const levelCell = (st: StageScore) => (st.complete ? escapeHtml(st.level?.label ?? '—') : answerMore(st.remaining, st.firstUnanswered));
  const scoreCell = (st: StageScore) =>
    `${num(st.score)}${rangeIsOpen(st.range) ? ` <span class="range">(${formatDecimal(lang, st.range.min)}–${formatDecimal(lang, st.range.max)})</span>` : ''}`;
  const rows = s.stages
    .map(
      (
        st,
      ) => `<tr data-stage="${st.id}" data-score="${st.score ?? ''}" data-level="${st.level?.id ?? ''}" data-answered="${st.answered}" data-applicable="${st.applicable}" data-complete="${st.complete}" ${rangeData(st.range)}${st.id === s.weakest ? ' class="is-weakest"' : ''}>
<th scope="row">${escapeHtml(st.title)}</th><td>${scoreCell(st)}</td><td>${levelCell(st)}</td><td>${st.answered}/${st.applicable}</td></tr>`,
    )
    .join('\n');
  const stages = `<section class="stages" aria-labelledby="stages-h">
<h2 id="stages-h">${t.r.radar}</h2>
<div class="stages-grid${s.stages.some((st) => st.title.length > LONG_TITLE) ? ' long-titles' : ''}">
${radarSvg(
  s.stages.map((st) => ({ label: st.title, value: st.score })),
  t.r.radar,
)}
<table class="stage-table"><thead><tr><th scope="col">${t.r.stage}</th><th scope="col">${t.r.score}</th><th scope="col">${t.r.level}</th><th scope="col">${t.r.answered}</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</div>
</section>`;

  const weak = s.stages.find((st) => st.id === s.weakest);
  // The questionnaire says in its own words what the weakest stage holds back, if its stages are a funnel.
  const weakNote = weak
    ? funnelNote(
        q,
        s.stages.slice(s.stages.indexOf(weak) + 1).map((x) => x.title),
      )
    : undefined;
  const weakest = `<section class="weakest" aria-labelledby="weakest-h" data-testid="weakest" data-stage="${s.weakest ?? ''}">
<h2 id="weakest-h">${t.r.weakest}</h2>
${weak ? `<p><strong>${escapeHtml(weak.title)}</strong> (${num(weak.score)})</p>${weakNote ? `<p>${escapeHtml(weakNote)}</p>` : ''}` : weakestMissingHtml(s, t)}
</section>`;

  const prompt = new Map(q.questions.map((x) => [x.id, x.prompt]));
  const total = result.plan.items.length;
  const item = (i: PlanItem) => {
    const course = ctx.courseLinks[i.action];
    const kit =
      i.funding && ctx.funding
        ? `<div><dt>${escapeHtml(ctx.funding.name)}</dt><dd>${escapeHtml(ctx.funding.categories[i.funding] ?? i.funding)}</dd></div>`
        : '';
    // `value` numbers the list by rank across horizons, not 1, 2, 3 within each.
    return `<li class="plan-item" value="${i.rank}" data-action="${i.action}" data-rank="${i.rank}" data-priority="${i.priority}" data-horizon="${i.horizon}" data-because="${i.because.join(' ')}">
<h4>${escapeHtml(i.title)}</h4>
<div class="action-description">${ctx.actionHtml[i.action] ?? ''}</div>
<dl class="action-facts">
<div><dt>${t.r.because}</dt><dd><ul class="because">${i.because.map((b) => `<li data-question="${b}">${escapeHtml(prompt.get(b) ?? b)}</li>`).join('')}</ul></dd></div>
<div class="priority"><dt>${t.r.priority}</dt><dd>${priorityWords(t.r.bands, i)} · ${fill(t.r.rank, { rank: i.rank, total })}</dd></div>
<div><dt>${t.r.impact}</dt><dd>${i.impact}/5</dd></div>
<div><dt>${t.r.effort}</dt><dd>${i.effort}/5</dd></div>
${kit}
</dl>
${course ? `<p><a href="${escapeHtml(course)}">${t.r.learnMore}: ${escapeHtml(i.title)}</a></p>` : ''}
${resourcesHtml(ctx.resources?.[i.action], t.r.resources)}
</li>`;
  };
  const groups = planByHorizon(result.plan, { later: true })
    .filter((g) => g.items.length > 0)
    .map(
      (g) =>
        `<section class="horizon" data-horizon="${g.horizon}"><h3>${t.r.horizons[g.horizon]}</h3>${g.horizon === 'later' ? `<p class="later-note">${t.r.laterNote}</p>` : ''}<ol class="plan-list">${g.items.map(item).join('\n')}</ol></section>`,
    )
    .join('\n');
  const c = result.plan.capacity;
  const sizing = fill(result.plan.segment === null ? t.r.capacityUnknown : t.r.capacity, { d30: c['30d'], d90: c['90d'], m6: c['6m'] });
  const excluded = result.plan.excluded.length
    ? `<p class="excluded">${t.r.excluded}: ${result.plan.excluded.map((e) => escapeHtml(e.title)).join(', ')}</p>`
    : '';
  const plan = `<section class="plan" aria-labelledby="plan-h">
<h2 id="plan-h">${t.r.plan}</h2>
${
  groups
    ? `<p class="capacity">${sizing}</p>
<details class="plan-details"><summary>${fill(t.r.showPlan, { n: total })}</summary>
${groups}
</details>`
    : `<p>${t.r.noPlan}</p>`
}
${excluded}
</section>`;
  return [overall, startHere, stages, weakest, plan].filter(Boolean).join('\n');
}

/** An action's further reading as a list of links that open outside the site; nothing when it lists none. */
function resourcesHtml(resources: readonly { title: string; url: string }[] | undefined, heading: string): string {
  if (!resources?.length) return '';
  const items = resources
    .map((r) => `<li><a href="${escapeHtml(r.url)}" rel="noopener noreferrer">${escapeHtml(r.title)}</a></li>`)
    .join('');
  return `<div class="resources" data-testid="resources"><h5>${heading}</h5><ul>${items}</ul></div>`;
}
