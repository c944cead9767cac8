// Scores 10,000 generated assessments against the bundled questionnaire and reports the time per
// assessment, beside two references measured in the same run: scoring without the plan, and loading
// the same answers from YAML text (parse + schema + checks), which every face does before scoring.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Answers, Questionnaire } from '../src/core/model.js';
import { fromDist } from './from-dist.js';

const { assess } = await fromDist<typeof import('../src/core/assess.js')>('core/assess.js');
const { scoreAnswers } = await fromDist<typeof import('../src/core/score.js')>('core/score.js');
const { loadAssessmentText } = await fromDist<typeof import('../src/model/load-assessment.js')>('model/load-assessment.js');
const { loadContent } = await fromDist<typeof import('../src/node/load-content.js')>('node/load-content.js');
const { actionsFor } = await fromDist<typeof import('../src/model/content-set.js')>('model/content-set.js');

const N = Number(process.env.BENCH_N ?? 10_000);

/** Small deterministic PRNG (mulberry32) so every run scores the same assessments. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(q: Questionnaire, n: number): { answers: Answers; employees: number }[] {
  const rand = rng(42);
  return Array.from({ length: n }, () => {
    const answers: Answers = {};
    for (const question of q.questions) {
      const r = rand();
      if (r < 0.08) continue;
      if (r < 0.12 && question.allowNa) answers[question.id] = { na: true };
      else if (question.kind === 'multiple') answers[question.id] = { value: question.options.filter(() => rand() < 0.5).map((o) => o.id) };
      else answers[question.id] = { value: question.options[Math.floor(rand() * question.options.length)]!.id };
    }
    return { answers, employees: Math.floor(rand() * 60) };
  });
}

function toYaml(a: { answers: Answers; employees: number }): string {
  const lines = [
    'questionnaire: { id: digital-service, version: 1, lang: es }',
    `company: { name: Bench, sector: x, employees: ${a.employees}, location: y }`,
    'date: "2026-01-01"',
    'assessor: bench',
    'answers:',
  ];
  for (const [id, ans] of Object.entries(a.answers)) lines.push(`  ${id}: ${ans.na ? '{ na: true }' : JSON.stringify(ans.value)}`);
  return lines.join('\n');
}

function time(label: string, count: number, fn: () => void): number {
  fn(); // warm-up pass so the JIT has compiled the hot path
  const start = performance.now();
  fn();
  const ms = (performance.now() - start) / count;
  console.log(`${label.padEnd(44)} ${ms.toFixed(4)} ms per assessment`);
  return ms;
}

const content = await loadContent('content');
const q = content.questionnaires.find((x) => x.id === 'digital-service' && x.lang === 'es')!;
const actions = actionsFor(content, q);
const inputs = generate(q, N);
let sink = 0;

console.log(`digimat scoring benchmark: ${N} assessments, ${q.questions.length} questions, ${actions.size} actions`);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'} x${os.cpus().length}, node ${process.version}`);
time('score only (scoreAnswers)', N, () => {
  for (const a of inputs) sink += scoreAnswers(q, a.answers).overall.score ?? 0;
});
const main = time('score + plan (assess)  <- the figure we track', N, () => {
  for (const a of inputs) sink += assess(q, actions, { answers: a.answers, company: { employees: a.employees } }).plan.items.length;
});
const texts = inputs.slice(0, Math.min(N, 2000)).map(toYaml);
const broken = texts.filter((t) => !loadAssessmentText(t, 'bench.yaml', content).value).length;
if (broken > 0) throw new Error(`${broken} generated assessments failed to load; the reference would be meaningless`);
time('reference: load from YAML (parse+validate)', texts.length, () => {
  for (const t of texts) sink += loadAssessmentText(t, 'bench.yaml', content).issues.length;
});
console.log(`aim: under 0.05 ms per assessment -> ${main < 0.05 ? 'met' : 'NOT met'} (${main.toFixed(4)} ms)`);
if (sink === Number.MIN_SAFE_INTEGER) console.log(sink);
