import type { Answers } from '../core/model.js';
import { visibleQuestions } from '../core/visibility.js';
import { clearAnswers, loadAnswers, safeStorage, saveAnswers, type VisitorCompany } from './answer-store.js';
import { answersFromPairs } from './form-answers.js';
import { readPageData } from './page-json.js';
import { fill } from '../site/site-text.js';
import { diskUrl } from './disk-url.js';

const data = readPageData();
const q = data.questionnaire;
const t = data.text;
const form = document.getElementById('questionnaire') as HTMLFormElement;
const status = document.getElementById('q-status')!;
const steps = Array.from(form.querySelectorAll<HTMLFieldSetElement>('.stage-step'));
const storage = safeStorage();
let current = 0;

function formPairs(): [string, string][] {
  return Array.from(new FormData(form).entries()).map(([k, v]) => [k, String(v)]);
}

function applyToForm(answers: Answers, company: VisitorCompany): void {
  for (const question of q.questions) {
    const a = answers[question.id];
    const chosen = new Set(a?.value === undefined ? [] : Array.isArray(a.value) ? a.value : [a.value]);
    for (const input of Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="a.${question.id}"]`))) input.checked = chosen.has(input.value);
    const na = form.querySelector<HTMLInputElement>(`input[name="na.${question.id}"]`);
    if (na) na.checked = Boolean(a?.na);
    const none = form.querySelector<HTMLInputElement>(`input[name="none.${question.id}"]`);
    if (none) none.checked = Array.isArray(a?.value) && a.value.length === 0;
  }
  for (const key of ['name', 'sector', 'employees'] as const) {
    const input = form.querySelector<HTMLInputElement>(`[name="company.${key}"]`);
    if (input && company[key] !== undefined) input.value = String(company[key]);
  }
}

/** Shows or hides conditional questions and greys out questions marked not applicable. */
function refresh(): void {
  const { answers } = answersFromPairs(q, formPairs());
  const visible = visibleQuestions(q.questions, answers);
  for (const block of Array.from(form.querySelectorAll<HTMLElement>('.question'))) {
    const id = block.dataset.question!;
    const shown = visible.has(id);
    block.hidden = !shown;
    const na = form.querySelector<HTMLInputElement>(`input[name="na.${id}"]`)?.checked ?? false;
    for (const input of Array.from(block.querySelectorAll<HTMLInputElement>(`input[name="a.${id}"], input[name="none.${id}"]`))) input.disabled = !shown || na;
  }
  const applicable = q.questions.filter((x) => visible.has(x.id) && !answers[x.id]?.na);
  const answered = applicable.filter((x) => answers[x.id]?.value !== undefined).length;
  const progress = document.getElementById('q-progress') as HTMLProgressElement | null;
  if (progress) {
    progress.max = applicable.length || 1;
    progress.value = answered;
  }
  const count = document.getElementById('q-count');
  if (count) count.textContent = fill(t.q.progress, { answered, total: applicable.length });
}

/** "None of these" and the options of its question exclude each other: ticking one clears the other. */
function exclusiveNone(input: HTMLInputElement): void {
  if (input.type !== 'checkbox' || !input.checked) return;
  const [kind, id] = [input.name.slice(0, input.name.indexOf('.')), input.name.slice(input.name.indexOf('.') + 1)];
  if (kind === 'none') for (const other of Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="a.${id}"]`))) other.checked = false;
  else if (kind === 'a') {
    const none = form.querySelector<HTMLInputElement>(`input[name="none.${id}"]`);
    if (none) none.checked = false;
  }
}

function save(): void {
  if (!storage) return;
  const { answers, company } = answersFromPairs(q, formPairs());
  saveAnswers(storage, q, answers, company);
}

function show(index: number, focus: boolean): void {
  current = Math.max(0, Math.min(steps.length - 1, index));
  steps.forEach((s, i) => s.classList.toggle('current', i === current));
  const label = document.getElementById('q-step');
  if (label) label.textContent = fill(t.q.stepOf, { n: current + 1, total: steps.length });
  const indicator = document.querySelectorAll<HTMLElement>('.step-indicator li');
  indicator.forEach((li, i) => li.toggleAttribute('aria-current', i === current));
  if (focus) steps[current]!.querySelector<HTMLElement>('h2')?.focus();
}

function say(message: string): void {
  status.textContent = message;
}

function init(): void {
  if (storage) {
    const { saved, dropped } = loadAnswers(storage, q);
    if (saved) {
      applyToForm(saved.answers, saved.company);
      const messages = [t.q.restored];
      if (dropped.length) messages.push(fill(t.q.dropped, { list: dropped.map((d) => q.questions.find((x) => x.id === d.question)?.prompt ?? d.question).join('; ') }));
      say(messages.join(' '));
    }
  }
  document.body.classList.add('stepped');
  refresh();
  show(0, false);
  form.addEventListener('change', (event) => {
    exclusiveNone(event.target as HTMLInputElement);
    refresh();
    save();
  });
  form.addEventListener('input', save);
  form.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest('button');
    if (!target) return;
    if (target.hasAttribute('data-next')) show(current + 1, true);
    else if (target.hasAttribute('data-prev')) show(current - 1, true);
    else if (target.hasAttribute('data-clear') && window.confirm(t.q.clearConfirm)) {
      form.reset();
      if (storage) clearAnswers(storage, q);
      refresh();
      show(0, true);
    }
  });
  form.addEventListener('submit', (event) => {
    if (!storage) return; // without storage the query string carries the answers
    event.preventDefault();
    save();
    location.href = diskUrl(data.urls.results);
  });
}

init();
