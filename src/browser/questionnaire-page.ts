import './page-texts.js';
import type { Answers } from '../core/model.js';
import { visibleQuestions } from '../core/visibility.js';
import { clearAnswers, loadAnswers, safeStorage, saveAnswers, type LoadedAnswers, type VisitorCompany } from './answer-store.js';
import { answersFromPairs } from './form-answers.js';
import { readPageData } from './page-json.js';
import { fill, plural } from '../site/site-text.js';
import { diskUrl } from './disk-url.js';
import { showNotice, type NoticeAction } from './page-notice.js';
import { importAnswersFile } from './import-flow.js';
import { storedNotice } from './stored-notice.js';

const data = readPageData();
const q = data.questionnaire;
const t = data.text;
const form = document.getElementById('questionnaire') as HTMLFormElement;
const status = document.getElementById('q-status')!;
const steps = Array.from(form.querySelectorAll<HTMLFieldSetElement>('.stage-step'));
const storage = safeStorage();
let current = 0;
/** The note that says how many questions a stage left unanswered; it moves to the top of the stage shown. */
const leftNote = document.createElement('p');
leftNote.className = 'notice step-note';
leftNote.setAttribute('role', 'status');
leftNote.hidden = true;

function formPairs(): [string, string][] {
  return Array.from(new FormData(form).entries()).map(([k, v]) => [k, String(v)]);
}

function applyToForm(answers: Answers, company: VisitorCompany): void {
  for (const question of q.questions) {
    const a = answers[question.id];
    const chosen = new Set(a?.value === undefined ? [] : Array.isArray(a.value) ? a.value : [a.value]);
    for (const input of Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="a.${question.id}"]`)))
      input.checked = chosen.has(input.value);
    const na = form.querySelector<HTMLInputElement>(`input[name="na.${question.id}"]`);
    if (na) na.checked = Boolean(a?.na);
    const none = form.querySelector<HTMLInputElement>(`input[name="none.${question.id}"]`);
    if (none) none.checked = Array.isArray(a?.value) && a.value.length === 0;
  }
  for (const key of ['name', 'sector', 'employees'] as const) {
    const input = form.querySelector<HTMLInputElement>(`[name="company.${key}"]`);
    if (input) input.value = company[key] === undefined ? '' : String(company[key]);
  }
}

/** Shows the visible questions, numbered in order, and disables the inputs of hidden or not-applicable ones. */
function showQuestions(visible: ReadonlySet<string>): void {
  let number = 0;
  for (const block of Array.from(form.querySelectorAll<HTMLElement>('.question'))) {
    const id = block.dataset.question!;
    const shown = visible.has(id);
    block.hidden = !shown;
    if (shown) block.querySelector('.number')!.textContent = `${++number}.`;
    const na = form.querySelector<HTMLInputElement>(`input[name="na.${id}"]`)?.checked ?? false;
    for (const input of Array.from(block.querySelectorAll<HTMLInputElement>(`input[name="a.${id}"], input[name="none.${id}"]`)))
      input.disabled = !shown || na;
  }
}

/**
 * Shows or hides conditional questions, greys out questions marked not applicable, and numbers the
 * questions that are shown, so hiding one never leaves a gap in the numbers.
 */
function refresh(): void {
  let { answers } = answersFromPairs(q, formPairs());
  let visible = visibleQuestions(q.questions, answers);
  // Inputs of hidden questions are disabled, so the form leaves them out: after an import reveals a
  // conditional question its answer is only read once enabled. Repeat until the shown set settles.
  for (let round = 0; round <= q.questions.length; round++) {
    showQuestions(visible);
    const next = answersFromPairs(q, formPairs()).answers;
    const nextVisible = visibleQuestions(q.questions, next);
    const settled = nextVisible.size === visible.size && [...nextVisible].every((id) => visible.has(id));
    answers = next;
    visible = nextVisible;
    if (settled) break;
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
  if (kind === 'none')
    for (const other of Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="a.${id}"]`))) other.checked = false;
  else if (kind === 'a') {
    const none = form.querySelector<HTMLInputElement>(`input[name="none.${id}"]`);
    if (none) none.checked = false;
  }
}

function save(): void {
  if (!storage) return;
  const { answers, company } = answersFromPairs(q, formPairs());
  saveAnswers(storage, q, answers, company, q.stages[current]?.id);
}

/** A question named in the address would win over the stage last seen on a reload; moving on forgets it. */
function forgetQuestionHash(): void {
  if (location.hash.startsWith('#q-')) history.replaceState(null, '', location.pathname + location.search);
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

/** Opens the stage that holds a question and puts the focus on it (a search result or a "go to" link). */
function openQuestion(id: string): boolean {
  const block = document.getElementById(`q-${id}`);
  const step = block?.closest<HTMLFieldSetElement>('.stage-step');
  if (!block || !step) return false;
  show(steps.indexOf(step), false);
  if (block.hidden) {
    // A conditional question not asked with the current answers: its stage is the nearest place to be.
    steps[current]!.querySelector<HTMLElement>('h2')?.focus();
    return true;
  }
  const input = block.querySelector<HTMLInputElement>('input:not([disabled])');
  if (input) input.focus();
  else {
    block.tabIndex = -1;
    block.focus();
  }
  block.scrollIntoView({ block: 'start' });
  return true;
}

/** The questions of the current stage that are shown but have neither an answer nor "not applicable". */
function unansweredHere(): string[] {
  const { answers } = answersFromPairs(q, formPairs());
  const visible = visibleQuestions(q.questions, answers);
  const stage = q.stages[current]!.id;
  return q.questions.filter((x) => x.stage === stage && visible.has(x.id) && !answers[x.id]).map((x) => x.id);
}

/** Goes to the next stage; if this one left questions unanswered, says how many and links to the first. */
function next(): void {
  const left = unansweredHere();
  const from = q.stages[current]!;
  forgetQuestionHash();
  show(current + 1, true);
  save();
  if (left.length === 0) {
    leftNote.hidden = true;
    return;
  }
  steps[current]!.querySelector('.stage-description')?.before(leftNote);
  showNotice(leftNote, plural(data.lang, t.ui.unanswered, left.length, { stage: from.title }), {
    label: t.ui.goToFirst,
    href: `#q-${left[0]}`,
  });
}

function say(message: string, action?: NoticeAction): void {
  showNotice(status, message, action);
}

function fromHash(): boolean {
  const m = /^#q-(.+)$/.exec(decodeURIComponent(location.hash));
  return m ? openQuestion(m[1]!) : false;
}

function restore(loaded: LoadedAnswers): void {
  const { saved } = loaded;
  if (saved) applyToForm(saved.answers, saved.company);
  const message = storedNotice(loaded, q, t);
  if (message) say(message);
}

function init(): void {
  const loaded: LoadedAnswers = storage ? loadAnswers(storage, q) : { dropped: [] };
  restore(loaded);
  document.body.classList.add('stepped');
  refresh();
  const resume = q.stages.findIndex((s) => s.id === loaded.saved?.step);
  show(Math.max(0, resume), false);
  fromHash();
  // Loading a page with a fragment ends with the browser's own focus step on the target, which takes
  // the focus back from the question's input: open it again once that is done.
  if (location.hash.startsWith('#q-')) window.addEventListener('load', () => setTimeout(fromHash, 0), { once: true });
  window.addEventListener('hashchange', fromHash);
  form.addEventListener('change', (event) => {
    exclusiveNone(event.target as HTMLInputElement);
    refresh();
    save();
  });
  form.addEventListener('input', save);
  form.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[href^="#q-"]');
    if (link) {
      // The hash may already name this question, so no hashchange would come: open it here.
      event.preventDefault();
      history.replaceState(null, '', link.getAttribute('href')!);
      openQuestion(link.getAttribute('href')!.slice(3));
      return;
    }
    const target = (event.target as HTMLElement).closest('button');
    if (!target) return;
    if (target.hasAttribute('data-next')) next();
    else if (target.hasAttribute('data-prev')) {
      forgetQuestionHash();
      show(current - 1, true);
      save();
    } else if (target.hasAttribute('data-clear') && window.confirm(t.q.clearConfirm)) {
      form.reset();
      if (storage) clearAnswers(storage, q);
      leftNote.hidden = true;
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
  const fileInput = document.getElementById('q-import-file') as HTMLInputElement | null;
  fileInput?.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void importAnswersFile(file, data, {
      current: () => answersFromPairs(q, formPairs()),
      apply: (answers, company) => {
        applyToForm(answers, company);
        refresh();
        save();
      },
      notify: (message, kind, action) => {
        status.classList.toggle('error', kind === 'alert');
        say(message, action);
      },
    }).finally(() => (fileInput.value = ''));
  });
}

init();
