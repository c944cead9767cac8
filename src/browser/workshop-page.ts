// The facilitator's board: start a workshop, collect hand-ins (links, files, camera), reveal,
// discuss, record the agreement and export it. Saved in this browser; nothing leaves the laptop.
import './page-texts.js';
import { correction, generate } from 'lean-qr';
import type { Questionnaire } from '../core/model.js';
import type { WorkshopPageData } from '../site/workshop-data.js';
import { fill } from '../site/site-text.js';
import { safeStorage } from './answer-store.js';
import { readPageData } from './page-json.js';
import { downloadFile as download } from './download-file.js';
import { decodeHandIn, handInCodeFrom, type Anonymity, type HandIn, type ParticipantAnswer } from './board-core.js';
import { boardScores, questionRows, type QuestionRow } from './board-consensus.js';
import { workshopExportJson, workshopExportYaml } from './board-export.js';
import { takeHandIn } from './board-intake.js';
import { questionDetail } from './board-question-view.js';
import { progressGrid, projectorView, questionList, scoresTable } from './board-render.js';
import { isHeadCount, loadBoard, newBoard, saveBoard, type BoardState, type Via } from './board-state.js';
import { fileHandIn } from './board-files.js';
import { joinLink, onlyThisLaptop, phoneSiteRoot } from './board-join-url.js';
import { startScanner, type Scanner } from './board-scanner.js';

const data = readPageData<WorkshopPageData>();
const w = data.text;
const storage = safeStorage();
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

let board: BoardState | undefined;
let rows: QuestionRow[] = [];
let scanner: Scanner | undefined;
let openQuestion: string | undefined;

function questionnaire(): Questionnaire {
  return data.questionnaires.find((q) => q.id === board!.questionnaire.id && q.version === board!.questionnaire.version)!;
}

function say(message: string): void {
  $('ws-status').textContent = message;
}

function alertUser(message: string): void {
  const a = $('ws-alert');
  a.textContent = message;
  a.hidden = false;
}

function commit(next: BoardState): void {
  board = next;
  if (!saveBoard(storage, board)) say(w.storageOff);
  render();
}

/** Where the facilitator's typed address for phones is remembered in this browser. */
const PHONE_ROOT_KEY = 'digimat:workshop-phone-root';

/** The site's address for phones, kept in memory too so it works when storage is off. */
let typedRoot: string | null = (() => {
  try {
    return phoneSiteRoot(storage?.getItem(PHONE_ROOT_KEY) ?? '');
  } catch {
    return null;
  }
})();

function phoneRoot(): string | null {
  return typedRoot;
}

function joinUrl(q: Questionnaire): string {
  return joinLink(location.href, { relative: data.urls.join[q.id]!, fromRoot: data.urls.joinFromRoot[q.id]! }, phoneRoot());
}

/** Says plainly when the join link leads nowhere for a phone, i.e. names this laptop only. */
function showJoinWarning(link: string): void {
  const warning = $('ws-join-local');
  const local = onlyThisLaptop(link);
  warning.hidden = !local;
  if (local) warning.textContent = fill(w.join.localOnly, { address: new URL(link).protocol === 'file:' ? 'file://' : new URL(link).host });
}

function render(): void {
  $('ws-start').hidden = !!board;
  $('ws-board').hidden = !board;
  if (!board) return;
  const q = questionnaire();
  rows = questionRows(board, q);
  const { score, spread } = boardScores(board, q, rows);
  $('ws-summary').textContent =
    `${board.company} · ${q.title} · ${{ everyone: w.start.toEveryone, facilitator: w.start.toFacilitator, nobody: w.start.toNobody }[board.anonymity]}`;
  const link = joinUrl(q);
  const joinField = $<HTMLInputElement>('ws-join-link');
  if (joinField.value !== link) {
    joinField.value = link;
    generate(link, { minCorrectionLevel: correction.M }).toCanvas($<HTMLCanvasElement>('ws-join-qr'), {
      pad: 4,
      on: [0, 0, 0, 255],
      off: [255, 255, 255, 255],
    });
  }
  showJoinWarning(link);
  $('ws-progress').innerHTML = progressGrid(board, w);
  $('ws-reveal').hidden = board.revealed;
  $('ws-reveal-hint').hidden = board.revealed;
  $('ws-results').hidden = !board.revealed;
  if (board.revealed) {
    $('ws-scores').innerHTML = scoresTable(score, spread, w);
    $('ws-questions').innerHTML = questionList(rows, q, w);
  }
  $('ws-projector-body').innerHTML = projectorView(board, rows, score, spread, w);
  if (openQuestion) showQuestion(openQuestion, false);
}

function reason(code: string): string {
  return w.reasons[code] ?? code;
}

/** Takes one hand-in that arrived by link, file or camera, and says what happened to it. */
function receive(result: { ok: true; handIn: HandIn } | { ok: false; reason: string }, via: Via): boolean {
  if (!board) return false;
  if (!result.ok) {
    alertUser(fill(w.refused, { reason: reason(result.reason) }));
    return false;
  }
  const q = questionnaire();
  if (result.handIn.questionnaire.id !== q.id) {
    alertUser(fill(w.refused, { reason: reason('foreign-questionnaire') }));
    return false;
  }
  if (result.handIn.questionnaire.version !== q.version) {
    alertUser(fill(w.refused, { reason: reason('other-version') }));
    return false;
  }
  // Answers typed in from paper are marked as such, whichever way they reached the board.
  const proxy = $<HTMLInputElement>('ws-proxy').checked;
  const handIn = proxy ? { ...result.handIn, participant: { ...result.handIn.participant, proxy: true } } : result.handIn;
  const { board: next, outcome } = takeHandIn(board, handIn, via);
  const who =
    board.anonymity !== 'nobody' && result.handIn.participant.name
      ? result.handIn.participant.name
      : fill(w.progress.participant, {
          n: next.participants.findIndex((p) => p.key === result.handIn.participant.key) + 1 || next.participants.length,
        });
  say(fill({ added: w.received, updated: w.updated, duplicate: w.duplicate, older: w.older, conflict: w.conflict }[outcome], { who }));
  if (next !== board) commit(next);
  return true;
}

function receiveCode(text: string, via: Via): boolean {
  const code = handInCodeFrom(text);
  if (!code) return false;
  return receive(decodeHandIn([questionnaire()], code), via);
}

async function receiveFiles(files: FileList | File[]): Promise<void> {
  for (const file of Array.from(files)) receive(await fileHandIn(file, questionnaire(), data.urls.io), 'file');
}

function showQuestion(id: string, focus: boolean): void {
  const row = rows.find((r) => r.question.id === id);
  const dialog = $<HTMLDialogElement>('ws-question');
  if (!row || !board) return;
  openQuestion = id;
  dialog.innerHTML = questionDetail(board, row, w);
  if (!dialog.open) dialog.showModal();
  if (focus) dialog.querySelector<HTMLElement>('#wq-h')?.focus();
}

function selectedValues(select: HTMLSelectElement): string[] {
  return Array.from(select.selectedOptions)
    .map((o) => o.value)
    .filter(Boolean);
}

function toAnswer(values: string[], multiple: boolean): ParticipantAnswer | undefined {
  if (values.length === 0) return undefined;
  if (values.includes('na')) return { na: true };
  if (values.includes('dontKnow')) return { dontKnow: true };
  return { value: multiple ? values : values[0]! };
}

function onDialogSubmit(event: SubmitEvent): void {
  const form = event.target as HTMLFormElement;
  event.preventDefault();
  if (!board || !openQuestion) return;
  const id = openQuestion;
  const qn = questionnaire().questions.find((x) => x.id === id)!;
  const multiple = qn.kind === 'multiple';
  if (form.id === 'wq-revote') {
    const votes: Record<string, ParticipantAnswer> = {};
    for (const select of Array.from(form.querySelectorAll('select'))) {
      const a = toAnswer(selectedValues(select), multiple);
      if (a) votes[select.name] = a;
    }
    commit({ ...board, round2: { ...board.round2, [id]: votes } });
    say(fill(w.board.round, { n: 2 }));
    return;
  }
  const value = toAnswer(selectedValues(form.querySelector<HTMLSelectElement>('#wq-value')!), multiple);
  const note = form.querySelector<HTMLInputElement>('#wq-note')!.value.trim();
  const owner = form.querySelector<HTMLInputElement>('#wq-owner')!.value.trim();
  const decisions = { ...board.decisions };
  if (value && !value.dontKnow) decisions[id] = { status: 'decided', ...(value.na ? { na: true } : { value: value.value! }) };
  else delete decisions[id];
  commit({ ...board, decisions, notes: { ...board.notes, [id]: { ...(note ? { note } : {}), ...(owner ? { owner } : {}) } } });
  say(w.question.recorded);
}

function accept(): void {
  if (!board || !openQuestion) return;
  const id = openQuestion;
  const row = rows.find((r) => r.question.id === id)!;
  const s = row.latest.suggestion;
  if (s.status === 'open') return;
  const form = $('ws-question');
  const note = form.querySelector<HTMLInputElement>('#wq-note')!.value.trim();
  const owner = form.querySelector<HTMLInputElement>('#wq-owner')!.value.trim();
  commit({
    ...board,
    decisions: { ...board.decisions, [id]: { status: 'consensus', ...('na' in s && s.na ? { na: true } : { value: s.value! }) } },
    notes: { ...board.notes, [id]: { ...(note ? { note } : {}), ...(owner ? { owner } : {}) } },
  });
  say(w.question.recorded);
}

function exportAs(format: 'yaml' | 'json'): void {
  if (!board) return;
  const date = new Date().toISOString().slice(0, 10);
  const slug =
    board.company
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'taller';
  if (format === 'json')
    download(`${slug}-workshop-${date}.json`, 'application/json', workshopExportJson(board, questionnaire(), rows, date));
  else download(`${slug}-workshop-${date}.yaml`, 'application/yaml', workshopExportYaml(board, questionnaire(), rows, date));
}

async function toggleScan(): Promise<void> {
  const button = $<HTMLButtonElement>('ws-scan');
  if (scanner) {
    scanner.stop();
    scanner = undefined;
    button.textContent = w.collect.scan;
    $('ws-video').hidden = true;
    return;
  }
  if (!window.isSecureContext) {
    alertUser(w.collect.scanInsecure);
    return;
  }
  button.disabled = true;
  try {
    scanner = await startScanner($<HTMLVideoElement>('ws-video'), data.urls.scanner, data.urls.wasm, (text) => receiveCode(text, 'qr'));
    $('ws-video').hidden = false;
    button.textContent = w.collect.stopScan;
    say(w.collect.scanning);
  } catch (error) {
    const e = error as Error & { kind?: string };
    alertUser(fill(e.kind === 'camera' ? w.collect.scanNoCamera : w.collect.scanUnavailable, { reason: e.message }));
  } finally {
    button.disabled = false;
  }
}

function wire(): void {
  const select = $<HTMLSelectElement>('ws-questionnaire');
  $('ws-start').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const q = data.questionnaires.find((x) => x.id === select.value) ?? data.questionnaires[0]!;
    const company = (form.elements.namedItem('company') as HTMLInputElement).value.trim();
    const chosen = new FormData(form).get('anonymity');
    const anonymity: Anonymity = chosen === 'nobody' || chosen === 'everyone' ? chosen : 'facilitator';
    const size = $<HTMLInputElement>('ws-employees');
    const typed = size.value.trim();
    // The browser already refuses letters and negatives; this also covers a form sent without its checks.
    if (typed !== '' && !isHeadCount(Number(typed))) {
      size.setCustomValidity(w.start.employeesHint);
      size.reportValidity();
      return;
    }
    commit(newBoard(q, company || '—', anonymity, new Date(), typed === '' ? undefined : Number(typed)));
  });
  const base = $<HTMLInputElement>('ws-join-base');
  base.value = phoneRoot() ?? '';
  $('ws-join-base-form').addEventListener('submit', (event) => {
    event.preventDefault();
    $('ws-alert').hidden = true;
    const typed = base.value.trim();
    const root = phoneSiteRoot(typed);
    if (typed && !root) return alertUser(fill(w.join.addressBad, { typed }));
    try {
      if (root) storage?.setItem(PHONE_ROOT_KEY, root);
      else storage?.removeItem(PHONE_ROOT_KEY);
    } catch {
      say(w.storageOff);
    }
    typedRoot = root;
    base.value = root ?? '';
    render();
    if (root) say(fill(w.join.addressSaved, { address: root }));
  });
  $('ws-employees').addEventListener('input', (event) => (event.target as HTMLInputElement).setCustomValidity(''));
  $('ws-add').addEventListener('click', () => {
    const field = $<HTMLTextAreaElement>('ws-paste');
    $('ws-alert').hidden = true;
    // One hand-in per line: Base45 codes contain spaces, so lines are the only separator.
    const lines = field.value.split(/[\r\n]+/).filter((l) => l.trim());
    const kept = lines.filter((line) => !receiveCode(line, 'link'));
    // What could not be taken stays in the field, so nothing typed is lost.
    field.value = kept.join('\n');
  });
  const files = $<HTMLInputElement>('ws-files');
  files.addEventListener('change', () => {
    $('ws-alert').hidden = true;
    if (files.files) void receiveFiles(files.files).finally(() => (files.value = ''));
  });
  const zone = $('ws-collect');
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    $('ws-alert').hidden = true;
    if (event.dataTransfer?.files.length) void receiveFiles(event.dataTransfer.files);
  });
  $('ws-scan').addEventListener('click', () => void toggleScan());
  $('ws-reveal').addEventListener('click', () => {
    if (!board) return;
    commit({ ...board, revealed: true });
    say(w.revealed);
    $('ws-results-h').focus();
  });
  $('ws-questions').addEventListener('click', (event) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('[data-open]')?.dataset.open;
    if (id) showQuestion(id, true);
  });
  const dialog = $<HTMLDialogElement>('ws-question');
  dialog.addEventListener('submit', (event) => onDialogSubmit(event as SubmitEvent));
  dialog.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target.id === 'wq-close') dialog.close();
    else if (target.id === 'wq-accept') accept();
  });
  dialog.addEventListener('close', () => {
    const id = openQuestion;
    openQuestion = undefined;
    if (id) document.querySelector<HTMLElement>(`[data-open="${id}"]`)?.focus();
  });
  $('ws-export-yaml').addEventListener('click', () => exportAs('yaml'));
  $('ws-export-json').addEventListener('click', () => exportAs('json'));
  $('ws-new').addEventListener('click', () => {
    if (!window.confirm(w.newConfirm)) return;
    scanner?.stop();
    scanner = undefined;
    board = undefined;
    storage?.removeItem('digimat:workshop-board');
    render();
  });
  const projector = $('ws-projector');
  $('ws-projector-open').addEventListener('click', () => {
    projector.hidden = false;
    document.body.classList.add('projecting');
    $('ws-projector-close').focus();
  });
  const closeProjector = () => {
    projector.hidden = true;
    document.body.classList.remove('projecting');
    $('ws-projector-open').focus();
  };
  $('ws-projector-close').addEventListener('click', closeProjector);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !projector.hidden) closeProjector();
  });
}

function start(): void {
  const { board: saved, setAside } = loadBoard(storage, data.questionnaires);
  board = saved;
  if (setAside) alertUser(fill(w.restoredBroken, { key: setAside }));
  if (!storage) say(w.storageOff);
  wire();
  render();
  // A hand-in link opened on this laptop goes straight onto the board.
  if (board && location.hash.startsWith('#h=')) {
    receiveCode(location.hash, 'link');
    history.replaceState(null, '', location.pathname + location.search);
  }
}

start();
