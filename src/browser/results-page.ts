import './page-texts.js';
import { assess } from '../core/assess.js';
import type { Answers } from '../core/model.js';
import { renderResults } from '../site/render-results.js';
import { loadAnswers, safeStorage, saveAnswers, type VisitorCompany } from './answer-store.js';
import { diskUrl } from './disk-url.js';
import { downloadFile as download } from './download-file.js';
import { answersFromPairs } from './form-answers.js';
import { loadAnswersIo } from './load-answers-io.js';
import { importAnswersFile } from './import-flow.js';
import { showNotice, type NoticeAction } from './page-notice.js';
import { storedNotice } from './stored-notice.js';
import { loadBundle } from './load-bundle.js';
import { visitorAssessment } from './visitor-assessment.js';
import type { PdfMaker } from './pdf-report-page.js';
import { readPageData } from './page-json.js';
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
const quick = document.getElementById('results-quick');

let answers: Answers = {};
let company: VisitorCompany = {};

function say(message: string, kind: 'status' | 'alert' = 'status', action?: NoticeAction): void {
  showNotice(kind === 'alert' ? alertEl : statusEl, message, action);
}

/**
 * The tools at the end of the page and their short copy under the title, shown together. With no
 * answers only importing is offered there (a visitor may bring a file to a device with nothing saved);
 * after a broken share link, nothing.
 */
function showTools(shown: boolean, importOnly = false): void {
  tools.hidden = !shown && !importOnly;
  tools.classList.toggle('only-import', !shown && importOnly);
  if (quick) quick.hidden = !shown;
}

function render(): void {
  if (Object.keys(answers).length === 0) {
    container.innerHTML = `<p class="empty">${t.r.empty} <a href="${diskUrl(data.urls.questionnaire)}">${t.r.emptyLink}</a></p>`;
    showTools(false, true);
    return;
  }
  const result = assess(q, actions, { answers, ...(company.employees !== undefined ? { company: { employees: company.employees } } : {}) });
  container.innerHTML = renderResults(result, {
    questionnaire: q,
    text: t,
    actionHtml: data.actionHtml,
    ...(data.funding ? { funding: data.funding } : {}),
    courseLinks: data.courseLinks,
    resources: Object.fromEntries(data.actions.filter((a) => a.resources?.length).map((a) => [a.id, a.resources!])),
    questionnaireUrl: data.urls.questionnaire,
  });
  if (location.protocol === 'file:')
    for (const a of Array.from(container.querySelectorAll<HTMLAnchorElement>('a[href]'))) a.href = diskUrl(a.getAttribute('href')!);
  showTools(true);
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
      showTools(false);
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
    const loaded = loadAnswers(storage, q);
    if (loaded.saved) ({ answers, company } = loaded.saved);
    const message = storedNotice({ ...loaded, saved: undefined }, q, t);
    if (message) say(message);
  }
  render();
}

async function exportAs(format: 'yaml' | 'json'): Promise<void> {
  const io = await loadAnswersIo(data.urls.io);
  const date = new Date().toISOString().slice(0, 10);
  const text = io.exportAnswers(q, answers, company, date, format);
  download(
    `digimat-${q.id}-${date}.${format === 'yaml' ? 'yaml' : 'json'}`,
    format === 'yaml' ? 'application/yaml' : 'application/json',
    text,
  );
}

/** The report PDF, made here from the visitor's answers with the same code the CLI uses; works offline. */
async function downloadPdf(): Promise<void> {
  const maker = await loadBundle<PdfMaker>(data.urls.pdf, 'digimatPdf');
  const date = new Date().toISOString().slice(0, 10);
  const plainText = (html: string) =>
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/\s+/g, ' ')
      .trim();
  const withText = new Map(data.actions.map((a) => [a.id, { ...a, description: plainText(data.actionHtml[a.id] ?? '') }]));
  const result = assess(q, actions, { answers, ...(company.employees !== undefined ? { company: { employees: company.employees } } : {}) });
  const bytes = await maker.report({
    assessment: visitorAssessment(q, answers, company, date),
    questionnaire: q,
    result,
    actions: withText,
    ...(data.funding ? { funding: data.funding } : {}),
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

/** Puts the link in a field beside the button that asked for it (top or bottom) and copies it. */
async function share(from: HTMLElement): Promise<void> {
  const url = `${location.href.split('#')[0]}${encodeShare(q, answers, company)}`;
  const field = document.getElementById('share-url') as HTMLInputElement;
  field.value = url;
  const box = field.parentElement!;
  if (quick?.contains(from)) quick.after(box);
  else document.getElementById('share')?.parentElement?.after(box);
  box.hidden = false;
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
const DO: Record<string, (button: HTMLElement) => void> = {
  print: () => window.print(),
  pdf: () => void downloadPdf(),
  yaml: () => void exportAs('yaml'),
  json: () => void exportAs('json'),
  share: (button) => void share(button),
  more: () => {
    tools.scrollIntoView({ block: 'start' });
    document.getElementById('print')?.focus();
  },
};
document.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLElement>('[data-do]');
  if (button) DO[button.dataset.do!]?.(button);
});
const fileInput = document.getElementById('import-file') as HTMLInputElement | null;
fileInput?.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  void importAnswersFile(file, data, {
    current: () => ({ answers, company }),
    apply: (a, c) => {
      answers = a;
      company = c;
      if (storage) saveAnswers(storage, q, answers, company);
      alertEl.hidden = true;
      // Imported answers replace a shared link's: drop the link from the address so a reload keeps them.
      if (location.hash) history.replaceState(null, '', location.pathname + location.search);
      render();
    },
    notify: (message, kind, action) => say(message, kind, action),
  }).finally(() => (fileInput.value = ''));
});
let showingShare = location.hash.startsWith('#a=');
window.addEventListener('hashchange', () => {
  // Only a shared link in the address changes what is shown; other fragments are plain jumps.
  const share = location.hash.startsWith('#a=');
  if (!share && !showingShare) return;
  showingShare = share;
  statusEl.hidden = true;
  alertEl.hidden = true;
  load();
});
load();
