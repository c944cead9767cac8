import type { Question } from './model.js';

/**
 * Spread of numeric answers in 0..1: the mean distance between every two answers, divided by the
 * largest mean distance possible for that many answers on that range (half at each end). Unlike the
 * interquartile range it moves whenever any single answer moves away from the rest, even in a small
 * group, and it does not depend on the order of the answers.
 */
export function pointsSpread(points: readonly number[], range: number): number {
  const n = points.length;
  if (n < 2 || range <= 0) return 0;
  const sorted = [...points].sort((a, b) => a - b);
  // Sum of pairwise distances in one pass over the sorted values.
  let sum = 0;
  sorted.forEach((x, i) => {
    sum += x * (2 * i - n + 1);
  });
  const pairs = (n * (n - 1)) / 2;
  const largest = (Math.floor(n / 2) * Math.ceil(n / 2) * range) / pairs;
  return clamp01(sum / pairs / largest);
}

/** 1 minus the share of the most common answer: 0 when all agree. */
export function modalDisagreement(values: readonly string[]): number {
  if (values.length < 2) return 0;
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return clamp01(1 - Math.max(...counts.values()) / values.length);
}

/** Mean Jaccard distance between every two chosen sets (two empty sets agree). */
export function setDisagreement(sets: readonly (readonly string[])[]): number {
  const n = sets.length;
  if (n < 2) return 0;
  // Sorted first so the floating-point sum is the same whatever order the participants come in.
  const asSets = sets
    .map((s) => [...new Set(s)].sort())
    .sort((a, b) => a.join(',').localeCompare(b.join(',')))
    .map((s) => new Set(s));
  let sum = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = asSets[i]!;
      const b = asSets[j]!;
      const union = new Set([...a, ...b]).size;
      const both = [...a].filter((x) => b.has(x)).length;
      sum += union === 0 ? 0 : 1 - both / union;
    }
  }
  return clamp01(sum / ((n * (n - 1)) / 2));
}

/** Whether a question's options sit on a scale: distinct points, so a distance between answers means something. */
export function isOrdered(q: Question): boolean {
  if (q.kind === 'scale') return true;
  if (q.kind !== 'single') return false;
  return new Set(q.options.map((o) => o.points)).size === q.options.length;
}

/**
 * How far apart the given answers to one question are, 0 (all agree) to 1. Scales and single
 * choices with distinct points: the spread of the points; yes/no and other choices: 1 minus the
 * share of the most common answer; multiple choice: the mean distance between the chosen sets.
 */
export function disagreement(q: Question, values: readonly (string | string[])[]): number {
  if (q.kind === 'multiple') return setDisagreement(values.map((v) => (Array.isArray(v) ? v : [v])));
  const ids = values.map((v) => (Array.isArray(v) ? v.join(',') : v));
  if (isOrdered(q)) {
    const points = q.options.map((o) => o.points);
    const range = Math.max(...points) - Math.min(...points);
    const byId = new Map(q.options.map((o) => [o.id, o.points]));
    return pointsSpread(
      ids.map((id) => byId.get(id) ?? 0),
      range,
    );
  }
  return modalDisagreement(ids);
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
