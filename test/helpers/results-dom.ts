import type { Page } from 'playwright-core';

/** Reads the figures a results page shows, from the data attributes renderResults writes. */
export async function readResults(page: Page) {
  return page.evaluate(() => {
    const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));
    const range = (el: HTMLElement) =>
      el.dataset.rangeMin ? { min: Number(el.dataset.rangeMin), max: Number(el.dataset.rangeMax) } : null;
    const overall = document.querySelector<HTMLElement>('[data-testid="overall"]')!;
    return {
      overall: {
        score: num(overall.dataset.score),
        level: overall.dataset.level || null,
        complete: overall.dataset.complete === 'true',
        range: range(overall),
      },
      stages: Array.from(document.querySelectorAll<HTMLElement>('tr[data-stage]')).map((r) => ({
        id: r.dataset.stage,
        score: num(r.dataset.score),
        level: r.dataset.level || null,
        answered: Number(r.dataset.answered),
        applicable: Number(r.dataset.applicable),
        complete: r.dataset.complete === 'true',
        range: range(r),
      })),
      weakest: document.querySelector<HTMLElement>('[data-testid="weakest"]')!.dataset.stage || null,
      startHere: Array.from(document.querySelectorAll<HTMLElement>('.start-item')).map((li) => li.dataset.action),
      plan: Array.from(document.querySelectorAll<HTMLElement>('.plan-item')).map((li) => ({
        action: li.dataset.action,
        rank: Number(li.dataset.rank),
        priority: Number(li.dataset.priority),
        horizon: li.dataset.horizon,
        because: (li.dataset.because ?? '').split(' ').filter(Boolean),
      })),
    };
  });
}

/** The same figures from `digimat score --json`, in the order the page lists the plan (by horizon, then later). */
export function expectedView(json: any) {
  const order = ['30d', '90d', '6m', 'later'];
  return {
    overall: {
      score: json.overall.score,
      level: json.overall.level?.id ?? null,
      complete: json.overall.complete,
      range: json.overall.range,
    },
    stages: json.stages.map((s: any) => ({
      id: s.id,
      score: s.score,
      level: s.level?.id ?? null,
      answered: s.answered,
      applicable: s.applicable,
      complete: s.complete,
      range: s.range,
    })),
    weakest: json.weakest,
    startHere: json.startHere,
    plan: order
      .flatMap((h) => json.plan.filter((p: any) => p.horizon === h))
      .map((p: any) => ({ action: p.action, rank: p.rank, priority: p.priority, horizon: p.horizon, because: p.because })),
  };
}
