import type { AssessmentResult } from '../core/assess.js';
import { planByHorizon, type PlanItem } from '../core/plan.js';
import type { Questionnaire } from '../core/model.js';
import { escapeHtml } from './escape-html.js';
import { radarSvg } from './radar-svg.js';
import type { SiteText } from './site-text.js';

/** What the results view needs besides the result: texts and pre-rendered Markdown. */
export interface ResultsContext {
  questionnaire: Questionnaire;
  text: SiteText;
  /** Action id -> description already rendered to HTML (Markdown is rendered at build time). */
  actionHtml: Record<string, string>;
  /** Kit Digital category id -> name in the page's language. */
  kitNames: Record<string, string>;
  /** Action id -> URL of the course page that explains it, relative to the page. */
  courseLinks: Record<string, string>;
}

const score = (v: number | null, t: SiteText) => (v === null ? t.r.notScored : v.toFixed(1));

/** The results as HTML: overall, stages with radar, weakest stage, plan by horizon. Pure; used by the build and the browser. */
export function renderResults(result: AssessmentResult, ctx: ResultsContext): string {
  const { text: t, questionnaire: q } = ctx;
  const s = result.score;
  const overall = `<section class="overall" aria-labelledby="overall-h">
<h2 id="overall-h">${t.r.overall}</h2>
<p class="overall-score" data-testid="overall" data-score="${s.overall.score ?? ''}" data-level="${s.overall.level?.id ?? ''}"><span class="big">${score(s.overall.score, t)}</span><span class="of"> / 100</span></p>
<p>${t.r.level}: <strong>${escapeHtml(s.overall.level?.label ?? '—')}</strong></p>
${s.overall.level ? `<p class="level-description">${escapeHtml(s.overall.level.description)}</p>` : ''}
</section>`;

  const rows = s.stages
    .map(
      (st) => `<tr data-stage="${st.id}" data-score="${st.score ?? ''}" data-level="${st.level?.id ?? ''}" data-answered="${st.answered}" data-applicable="${st.applicable}"${st.id === s.weakest ? ' class="is-weakest"' : ''}>
<th scope="row">${escapeHtml(st.title)}</th><td>${score(st.score, t)}</td><td>${escapeHtml(st.level?.label ?? '—')}</td><td>${st.answered}/${st.applicable}</td></tr>`,
    )
    .join('\n');
  const stages = `<section class="stages" aria-labelledby="stages-h">
<h2 id="stages-h">${t.r.radar}</h2>
<div class="stages-grid">
${radarSvg(s.stages.map((st) => ({ label: st.title, value: st.score })), t.r.radar)}
<table class="stage-table"><thead><tr><th scope="col">${t.r.stage}</th><th scope="col">${t.r.score}</th><th scope="col">${t.r.level}</th><th scope="col">${t.r.answered}</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</div>
</section>`;

  const weak = s.stages.find((st) => st.id === s.weakest);
  const weakest = `<section class="weakest" aria-labelledby="weakest-h" data-testid="weakest" data-stage="${s.weakest ?? ''}">
<h2 id="weakest-h">${t.r.weakest}</h2>
${weak ? `<p><strong>${escapeHtml(weak.title)}</strong> (${score(weak.score, t)})</p><p>${t.r.weakestHolds}</p>` : `<p>${t.r.noWeakest}</p>`}
</section>`;

  const prompt = new Map(q.questions.map((x) => [x.id, x.prompt]));
  const item = (i: PlanItem) => {
    const course = ctx.courseLinks[i.action];
    const kit = i.kitDigital ? `<div><dt>${t.r.kitDigital}</dt><dd>${escapeHtml(ctx.kitNames[i.kitDigital] ?? i.kitDigital)}</dd></div>` : '';
    return `<li class="plan-item" data-action="${i.action}" data-priority="${i.priority}" data-horizon="${i.horizon}" data-because="${i.because.join(' ')}">
<h4>${escapeHtml(i.title)}</h4>
<div class="action-description">${ctx.actionHtml[i.action] ?? ''}</div>
<dl class="action-facts">
<div><dt>${t.r.because}</dt><dd><ul class="because">${i.because.map((b) => `<li data-question="${b}">${escapeHtml(prompt.get(b) ?? b)}</li>`).join('')}</ul></dd></div>
<div><dt>${t.r.impact}</dt><dd>${i.impact}/5</dd></div>
<div><dt>${t.r.effort}</dt><dd>${i.effort}/5</dd></div>
<div><dt>${t.r.priority}</dt><dd>${i.priority.toFixed(2)}</dd></div>
${kit}
</dl>
${course ? `<p><a href="${escapeHtml(course)}">${t.r.learnMore}: ${escapeHtml(i.title)}</a></p>` : ''}
</li>`;
  };
  const groups = planByHorizon(result.plan)
    .filter((g) => g.items.length > 0)
    .map((g) => `<section class="horizon" data-horizon="${g.horizon}"><h3>${t.r.horizons[g.horizon]}</h3><ol class="plan-list">${g.items.map(item).join('\n')}</ol></section>`)
    .join('\n');
  const excluded = result.plan.excluded.length
    ? `<p class="excluded">${t.r.excluded}: ${result.plan.excluded.map((e) => escapeHtml(e.action)).join(', ')}</p>`
    : '';
  const plan = `<section class="plan" aria-labelledby="plan-h">
<h2 id="plan-h">${t.r.plan}</h2>
${groups || `<p>${t.r.noPlan}</p>`}
${excluded}
</section>`;
  return [overall, stages, weakest, plan].join('\n');
}
