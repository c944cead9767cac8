// The room's script, added by `digimat room` to the site's own pages. On the questionnaire page it
// turns the form into a participant's ballot: every answer goes to the facilitator's laptop through
// an outbox kept in this phone's storage, and gets a ✓ once the laptop has stored it. Phones load the
// room over plain http on the local network: no service worker, no crypto.randomUUID, no camera.
import './page-texts.js';
import type { Questionnaire } from '../core/model.js';
import { safeStorage } from './answer-store.js';
import { answersFromPairs } from './form-answers.js';
import { postJson } from './post-json.js';
import { readPageData } from './page-json.js';
import { Outbox, type OutgoingAnswer } from './room-outbox.js';
import { loadSeat, newSeat, oneLine, saveSeat } from './workshop-participant.js';
import type { ParticipantAnswer } from '../core/workshop-model.js';
import { roomText, roomFill } from './room-text.js';
import { facilitatorRoom } from './room-board.js';

interface Phase {
  seq: number;
  revealed: boolean;
  revote?: string;
  closed: boolean;
}

const parts = location.pathname.split('/');
const base = `/${parts[1]}/${parts[2]}`;
const api = (route: string) => `${base}/api/${route}`;
const form = document.getElementById('questionnaire') as HTMLFormElement | null;

function participant(q: Questionnaire, f: HTMLFormElement): void {
  const lang = q.lang;
  const t = roomText(lang);
  const store = safeStorage();
  // The workshop seat (made by the page's workshop mode, `?workshop`) gives the participant's key,
  // so a phone that falls back to a QR hand-in is still the same person on the board.
  let seat = loadSeat(store, q);
  if (!seat) {
    seat = newSeat();
    saveSeat(store, q, seat);
  }
  const outbox = new Outbox(store, `digimat:room:${parts[2]}`, seat.key);
  let phase: Phase = { seq: 0, revealed: false, closed: false };
  let sending = false;
  let again = false;
  let retryMs = 500;
  let retryTimer: number | undefined;

  // A panel above the form: what this page is, an optional name and role, and the connection state.
  const panel = document.createElement('section');
  panel.className = 'room-panel';
  panel.setAttribute('aria-label', 'room');
  const intro = document.createElement('p');
  intro.textContent = t.joined!;
  const who = document.createElement('div');
  who.className = 'room-who';
  const field = (label: string, name: 'name' | 'role') => {
    const l = document.createElement('label');
    l.textContent = `${label} `;
    const input = document.createElement('input');
    input.name = `room.${name}`;
    input.maxLength = 80;
    input.autocomplete = 'off';
    input.value = outbox.data[name] ?? '';
    input.addEventListener('change', () => {
      const value = input.value.trim();
      if (value) outbox.data[name] = value;
      else delete outbox.data[name];
      outbox.data.joined = false;
      outbox.save();
      const current = loadSeat(store, q);
      if (current) {
        if (value) current[name] = value;
        else delete current[name];
        saveSeat(store, q, current);
      }
      void flush();
    });
    l.appendChild(input);
    who.appendChild(l);
  };
  field(t.nameLabel!, 'name');
  field(t.roleLabel!, 'role');
  const status = document.createElement('p');
  status.id = 'room-status';
  status.className = 'notice';
  status.setAttribute('role', 'status');
  const count = document.createElement('p');
  count.id = 'room-count';
  panel.append(intro, who, status, count);
  f.parentElement!.insertBefore(panel, f);
  // The page's own company fields and finish button belong to a self-assessment, not to a room.
  for (const el of Array.from(f.querySelectorAll<HTMLElement>('fieldset.company'))) el.hidden = true;

  const blocks = new Map<string, HTMLElement>();
  for (const block of Array.from(f.querySelectorAll<HTMLElement>('.question[data-question]'))) {
    const mark = document.createElement('span');
    mark.className = 'room-mark';
    mark.setAttribute('role', 'img');
    block.querySelector('legend')?.appendChild(mark);
    blocks.set(block.dataset.question!, mark);
  }

  function marks(): void {
    let stored = 0;
    for (const [q, mark] of blocks) {
      const latest = outbox.data.latest[q];
      const state = !latest ? '' : outbox.stored(q) ? 'stored' : outbox.data.refused?.[q] === latest.rev ? 'refused' : 'pending';
      if (state === 'stored') stored++;
      mark.dataset.state = state;
      mark.textContent = state === 'stored' ? ' ✓' : state === 'pending' ? ' …' : state === 'refused' ? ' ✗' : '';
      const label = state === 'stored' ? t.stored : state === 'pending' ? t.pending : state === 'refused' ? t.refused : '';
      if (label) mark.setAttribute('aria-label', label);
      else mark.removeAttribute('aria-label');
      mark.title = label ?? '';
    }
    count.textContent = roomFill(t.progress!, { stored, total: q.questions.length });
  }

  function pairs(): [string, string][] {
    return Array.from(new FormData(f).entries()).map(([k, v]) => [k, String(v)]);
  }

  /** The form's answers, with "I don't know" (and its reason) where the workshop mode's box is ticked. */
  function formAnswers(): Record<string, ParticipantAnswer> {
    const list = pairs();
    const { answers } = answersFromPairs(q, list);
    const out: Record<string, ParticipantAnswer> = { ...answers };
    const reasons = new Map(list.filter(([k]) => k.startsWith('dkr.')).map(([k, v]) => [k.slice(4), oneLine(v)]));
    for (const [k] of list) {
      if (!k.startsWith('dk.')) continue;
      const id = k.slice(3);
      const reason = reasons.get(id);
      out[id] = { dontKnow: true, ...(reason ? { reason } : {}) };
    }
    return out;
  }

  /** Puts every answer on the form that differs from the outbox's newest one into the outbox. */
  function capture(): void {
    const answers = formAnswers();
    for (const question of q.questions) {
      // A question once re-voted stays in round 2 on this phone: its answer is the second vote.
      const round = phase.revote === question.id || outbox.data.latest[question.id]?.round === 2 ? 2 : 1;
      outbox.record(question.id, answers[question.id], round);
    }
    marks();
  }

  function schedule(): void {
    if (retryTimer !== undefined) return;
    retryTimer = window.setTimeout(() => {
      retryTimer = undefined;
      void flush();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, 5_000);
  }

  async function join(): Promise<boolean> {
    const r = await postJson(api('join'), {
      participant: outbox.data.key,
      ...(outbox.data.name ? { name: outbox.data.name } : {}),
      ...(outbox.data.role ? { role: outbox.data.role } : {}),
    });
    if (r.status !== 200) return false;
    outbox.data.joined = true;
    outbox.save();
    return true;
  }

  /** Sends the outbox until it is empty; on any failure, tries again later (and when back online). */
  async function flush(): Promise<void> {
    if (sending) {
      again = true;
      return;
    }
    if (phase.closed) return;
    sending = true;
    try {
      if (!outbox.data.joined && !(await join())) throw new Error('join');
      for (;;) {
        again = false;
        const batch: OutgoingAnswer[] = outbox.pending().slice(0, 100);
        if (batch.length === 0) break;
        const r = await postJson(api('answers'), {
          participant: outbox.data.key,
          questionnaire: { id: q.id, version: q.version },
          answers: batch,
        });
        if (r.status === 200) {
          for (const res of r.json.results as { q: string; rev: number }[]) outbox.confirm(res.q, res.rev);
        } else if (r.status === 409) {
          outbox.data.joined = false;
          if (!(await join())) throw new Error('join');
        } else if (r.status === 422) {
          const issues = (r.json.issues as { index?: number; question?: string; message: string }[] | undefined) ?? [];
          for (const issue of issues) {
            const item = issue.index === undefined ? undefined : batch[issue.index];
            if (item) outbox.drop(item.q);
          }
          status.textContent = String(r.json.error ?? '');
          if (!issues.some((i) => i.index !== undefined)) break;
        } else if (r.status === 410) {
          setPhase({ ...phase, closed: true });
          break;
        } else throw new Error(`status ${r.status}`);
        marks();
        if (!again && outbox.pending().length === 0) break;
      }
      retryMs = 500;
      if (status.dataset.offline) {
        status.textContent = '';
        delete status.dataset.offline;
      }
    } catch {
      status.textContent = t.waiting!;
      status.dataset.offline = '1';
      schedule();
    } finally {
      sending = false;
      marks();
    }
    if (again) void flush();
  }

  function setPhase(next: Phase): void {
    const before = phase;
    phase = next;
    document.body.classList.toggle('room-revote', Boolean(next.revote));
    for (const block of Array.from(f.querySelectorAll<HTMLElement>('.question[data-question]'))) {
      block.classList.toggle('room-revote-question', block.dataset.question === next.revote);
    }
    if (next.revote && next.revote !== before.revote) {
      // A re-vote asks again: clear the first answer on the form so the phone shows a fresh choice.
      for (const input of Array.from(
        f.querySelectorAll<HTMLInputElement>(
          `input[name="a.${next.revote}"], input[name="na.${next.revote}"], input[name="dk.${next.revote}"]`,
        ),
      ))
        input.checked = false;
      const step = f.querySelector<HTMLElement>(`#q-${next.revote}`)?.closest<HTMLElement>('.stage-step');
      if (step) for (const s of Array.from(f.querySelectorAll<HTMLElement>('.stage-step'))) s.classList.toggle('current', s === step);
      f.querySelector<HTMLElement>(`#q-${next.revote}`)?.scrollIntoView({ block: 'center' });
    }
    const mine = next.revote ? !f.querySelector<HTMLElement>(`#q-${next.revote}`)?.hidden : false;
    const notice = next.closed ? t.closed : next.revote ? (mine ? t.revote : t.revoteOthers) : next.revealed ? t.revealed : '';
    if (!status.dataset.offline || next.closed) status.textContent = notice ?? '';
    for (const input of Array.from(f.querySelectorAll<HTMLInputElement>('input'))) if (next.closed) input.disabled = true;
  }

  function listen(): void {
    const events = new EventSource(api('events'));
    events.addEventListener('phase', (e) => {
      setPhase(JSON.parse((e as MessageEvent<string>).data) as Phase);
      void flush();
    });
    events.addEventListener('open', () => void flush());
  }

  async function start(): Promise<void> {
    if (outbox.fresh && Object.keys(outbox.data.latest).length === 0) {
      // A new participant starts blank, whatever this phone kept from an earlier visit to the site.
      for (const input of Array.from(f.querySelectorAll<HTMLInputElement>('.question input'))) input.checked = false;
    }
    try {
      const res = await fetch(`${api('state')}?p=${encodeURIComponent(outbox.data.key)}`, { cache: 'no-store' });
      if (res.ok) {
        const s = (await res.json()) as Phase & { stored: Record<string, number>; joined: boolean };
        for (const [qid, rev] of Object.entries(s.stored)) outbox.confirm(qid, rev);
        if (!s.joined) outbox.data.joined = false;
        setPhase(s);
      }
    } catch {
      /* offline at load: the outbox waits */
    }
    capture();
    f.addEventListener('change', () => {
      capture();
      void flush();
    });
    // A reason typed for "I don't know" is sent once the phone stops typing.
    let typing: number | undefined;
    f.addEventListener('input', (event) => {
      if (!(event.target as HTMLInputElement).name?.startsWith('dkr.')) return;
      window.clearTimeout(typing);
      typing = window.setTimeout(() => {
        capture();
        void flush();
      }, 800);
    });
    window.addEventListener('online', () => void flush());
    listen();
    void flush();
  }

  void start();
}

/**
 * On the results page of a room phone: the offline hand-in (QR and link) is for a phone the room
 * never heard from. Once the room has every answer this phone sent, the panel goes and says so;
 * when the room cannot be reached it stays, labelled as the fallback it is.
 */
async function resultsPage(q: Questionnaire): Promise<void> {
  const panel = document.getElementById('hand-in');
  if (!panel) return;
  const t = roomText(q.lang);
  const store = safeStorage();
  const seat = loadSeat(store, q);
  if (!seat) return;
  const outbox = new Outbox(store, `digimat:room:${parts[2]}`, seat.key);
  try {
    const res = await fetch(`${api('state')}?p=${encodeURIComponent(outbox.data.key)}`, { cache: 'no-store' });
    if (!res.ok) throw new Error(`status ${res.status}`);
    const s = (await res.json()) as { stored: Record<string, number> };
    for (const [qid, rev] of Object.entries(s.stored)) outbox.confirm(qid, rev);
    outbox.save();
    if (Object.keys(s.stored).length > 0 && outbox.pending().length === 0) {
      const done = document.createElement('p');
      done.id = 'room-handed-in';
      done.className = 'notice';
      done.setAttribute('role', 'status');
      done.textContent = t.handedIn!;
      panel.replaceWith(done);
      return;
    }
  } catch {
    /* the room is unreachable: the offline hand-in is the way left */
  }
  const note = document.createElement('p');
  note.id = 'room-hand-in-fallback';
  note.className = 'notice';
  note.textContent = t.handInFallback!;
  panel.prepend(note);
}

function main(): void {
  const dataEl = document.getElementById('digimat-data');
  if (document.getElementById('ws-board') && dataEl) {
    void facilitatorRoom(api);
    return;
  }
  if (!dataEl) return;
  const data = readPageData();
  if (!form) {
    if (data.questionnaire) void resultsPage(data.questionnaire);
    return;
  }
  participant(data.questionnaire, form);
}

main();
