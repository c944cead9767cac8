import { assess } from '../core/assess.js';
import type { Answers } from '../core/model.js';
import { renderResults } from '../site/render-results.js';
import { loadAnswers, safeStorage, saveAnswers, type VisitorCompany } from './answer-store.js';
import { diskUrl } from './disk-url.js';
import { answersFromPairs } from './form-answers.js';
import { loadAnswersIo } from './load-answers-io.js';
import { loadBundle } from './load-bundle.js';
import { visitorAssessment } from './visitor-assessment.js';
import type { PdfMaker } from './pdf-report-page.js';
import { readPageData } from './page-json.js';
import { fill } from '../site/site-text.js';
import { decodeShare, encodeShare, ShareLinkError } from './share-link.js';

const data = readPageData();
const q = data.questionnaire;
const t = data.text;
const actions = new Map(data.actions.map((a) => [a.id, a]));
const storage = safeStorage();
const container = document.getElementById('results')!;
const statusEl = document.getElementById('results-status')!;
const alertEl = document.getElementById('results-alert')!;
const tools = document.getElementById('results-tools')!;

let answers: Answers = {};
let company: VisitorCompany = {};

function say(message: string, kind: 'status' | 'alert' = 'status'): void {
  (kind === 'alert' ? alertEl : statusEl).textContent = message;
  (kind === 'alert' ? alertEl : statusEl).hidden = false;
}

function render(): void {
  if (Object.keys(answers).length === 0) {
    container.innerHTML = `<p class="empty">${t.r.empty} <a href="${diskUrl(data.urls.questionnaire)}">${t.r.emptyLink}</a></p>`;
    tools.hidden = true;
    return;
  }
  const result = assess(q, actions, { answers, ...(company.employees !== undefined ? { company: { employees: company.employees } } : {}) });
  container.innerHTML = renderResults(result, { questionnaire: q, text: t, actionHtml: data.actionHtml, kitNames: data.kitNames, courseLinks: data.courseLinks, questionnaireUrl: data.urls.questionnaire });
  if (location.protocol === 'file:') for (const a of Array.from(container.querySelectorAll<HTMLAnchorElement>('a[href]'))) a.href = diskUrl(a.getAttribute('href')!);
  tools.hidden = false;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function load(): void {
  if (location.hash.startsWith('#a=')) {
    try {
      ({ answers, company } = decodeShare(location.hash, q));
      say(t.r.fromShare);
    } catch (error) {
      if (!(error instanceof ShareLinkError)) throw error;
      say(t.r.shareBroken, 'alert');
      container.innerHTML = '';
      tools.hidden = true;
      return;
    }
    render();
    return;
  }
  const params = new URLSearchParams(location.search);
  if ([...params.keys()].some((k) => k.startsWith('a.') || k.startsWith('na.'))) {
    ({ answers, company } = answersFromPairs(q, params.entries()));
    if (storage) saveAnswers(storage, q, answers, company);
  } else if (storage) {
    const { saved, dropped } = loadAnswers(storage, q);
    if (saved) ({ answers, company } = saved);
    if (dropped.length) say(fill(t.q.dropped, { list: dropped.map((d) => d.question).join(', ') }));
  }
  render();
}

async function exportAs(format: 'yaml' | 'json'): Promise<void> {
  const io = await loadAnswersIo(data.urls.io);
  const date = new Date().toISOString().slice(0, 10);
  const text = io.exportAnswers(q, answers, company, date, format);
  download(`digimat-${q.id}-${date}.${format === 'yaml' ? 'yaml' : 'json'}`, format === 'yaml' ? 'application/yaml' : 'application/json', text);
}

async function importFile(file: File): Promise<void> {
  const io = await loadAnswersIo(data.urls.io);
  const outcome = io.importAnswers(q, await file.text(), file.name);
  if (!outcome.ok) {
    say(fill(t.r.importRefused, { reason: outcome.reason }), 'alert');
    return;
  }
  answers = outcome.answers;
  company = { ...company, ...outcome.company };
  if (storage) saveAnswers(storage, q, answers, company);
  alertEl.hidden = true;
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  say(t.r.importDone);
  render();
}

/** The report PDF, made here from the visitor's answers with the same code the CLI uses; works offline. */
async function downloadPdf(): Promise<void> {
  const maker = await loadBundle<PdfMaker>(data.urls.pdf, 'digimatPdf');
  const date = new Date().toISOString().slice(0, 10);
  const plainText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim();
  const withText = new Map(data.actions.map((a) => [a.id, { ...a, description: plainText(data.actionHtml[a.id] ?? '') }]));
  const result = assess(q, actions, { answers, ...(company.employees !== undefined ? { company: { employees: company.employees } } : {}) });
  const bytes = await maker.report({
    assessment: visitorAssessment(q, answers, company, date),
    questionnaire: q,
    result,
    actions: withText,
    kitNames: data.kitNames,
  });
  const blob = new Blob([bytes as BlobPart], { type: 'application/pdf' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `digimat-${q.id}-${date}.pdf`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function share(): Promise<void> {
  const url = `${location.href.split('#')[0]}${encodeShare(q, answers, company)}`;
  const field = document.getElementById('share-url') as HTMLInputElement;
  field.value = url;
  field.parentElement!.hidden = false;
  field.select();
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    /* the visible field lets the visitor copy it by hand */
  }
  say(t.r.shareCopied);
}

// Paper has no "open" button: the folded plan prints whole.
window.addEventListener('beforeprint', () => {
  for (const d of Array.from(document.querySelectorAll<HTMLDetailsElement>('details.plan-details'))) d.open = true;
});
document.getElementById('print')?.addEventListener('click', () => window.print());
document.getElementById('export-yaml')?.addEventListener('click', () => void exportAs('yaml'));
document.getElementById('export-json')?.addEventListener('click', () => void exportAs('json'));
document.getElementById('share')?.addEventListener('click', () => void share());
document.getElementById('download-pdf')?.addEventListener('click', () => void downloadPdf());
const fileInput = document.getElementById('import-file') as HTMLInputElement | null;
fileInput?.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void importFile(file).finally(() => (fileInput.value = ''));
});
window.addEventListener('hashchange', () => {
  statusEl.hidden = true;
  alertEl.hidden = true;
  load();
});
load();
