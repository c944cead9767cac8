// The room's part of the facilitator's board (/<lang>/workshop/ served by `digimat room`): the board
// stays the static site's own page and keeps its own state; this script is only the transport. It
// hands the phones' answers to the board through its own hand-in field, tells the room what the
// board decided (reveal, agreements), runs re-votes on the phones, and closes the room with the
// board's own export, so the file is the one the static board writes.
import { correction, generate } from 'lean-qr';
import type { Questionnaire } from '../core/model.js';
import type { WorkshopPageData } from '../site/workshop-data.js';
import { encodeHandIn, type Participant, type ParticipantAnswer } from './board-core.js';
import { questionRows } from './board-consensus.js';
import { workshopAssessment } from './board-export.js';
import { BOARD_KEY, isBoardState, type BoardState } from './board-state.js';
import { readPageData } from './page-json.js';
import { postJson } from './post-json.js';
import { participantFinished } from './room-finished.js';
import { roomText, roomFill } from './room-text.js';

interface RoomInfo {
  facilitator: boolean;
  questionnaire: { id: string; version: number; lang: string };
  anonymity: 'everyone' | 'facilitator' | 'nobody';
  company?: string;
  joinUrl?: string;
  lan?: boolean;
  revealed: boolean;
  revote?: string;
  closed: boolean;
}

interface Progress {
  seq: number;
  revealed: boolean;
  revote?: string;
  closed: boolean;
  stored: number;
  questions: number;
  participants: { key: string; answered: number }[];
}

interface RoomWorkshop {
  participants: {
    key: string;
    revision: number;
    name?: string;
    role?: string;
    answers: Record<string, Record<string, ParticipantAnswer>>;
  }[];
}

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T | null;

function readBoard(): BoardState | undefined {
  try {
    const parsed = JSON.parse(localStorage.getItem(BOARD_KEY) ?? 'null') as unknown;
    return isBoardState(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Starts the room's part of the board page. */
export async function facilitatorRoom(api: (route: string) => string): Promise<void> {
  const data = readPageData<WorkshopPageData>();
  const t = roomText(data.lang);
  const info = (await (await fetch(api('room'), { cache: 'no-store' })).json()) as RoomInfo;
  const panel = document.createElement('section');
  panel.className = 'room-panel';
  panel.id = 'room-panel';
  panel.setAttribute('aria-labelledby', 'room-h');
  const h = document.createElement('h2');
  h.id = 'room-h';
  h.textContent = t.roomHeading!;
  const live = document.createElement('p');
  live.id = 'room-live';
  live.setAttribute('role', 'status');
  panel.append(h, live);
  document.querySelector('main h1, h1')?.after(panel);
  if (!info.facilitator) {
    live.textContent = t.notFacilitator!;
    return;
  }
  const q: Questionnaire | undefined = data.questionnaires.find(
    (x) => x.id === info.questionnaire.id && x.version === info.questionnaire.version,
  );
  if (!q) {
    live.textContent = t.noQuestionnaire!;
    return;
  }
  const join = document.createElement('p');
  join.innerHTML = '<span></span> <a id="room-join-url"></a>';
  join.querySelector('span')!.textContent = info.lan ? t.joinHere! : t.joinLocalOnly!;
  const link = join.querySelector('a')!;
  link.textContent = info.joinUrl ?? '';
  link.href = info.joinUrl ?? '#';
  const canvas = document.createElement('canvas');
  canvas.className = 'ws-qr';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', t.joinHere!);
  if (info.joinUrl)
    generate(info.joinUrl, { minCorrectionLevel: correction.M }).toCanvas(canvas, {
      pad: 4,
      on: [0, 0, 0, 255],
      off: [255, 255, 255, 255],
    });
  const close = document.createElement('button');
  close.type = 'button';
  close.id = 'room-close';
  close.textContent = t.close!;
  const result = document.createElement('p');
  result.id = 'room-result';
  result.setAttribute('role', 'status');
  panel.append(join, canvas, close, result);
  // The board's own join link points at this laptop's address; phones join through the room's.
  const staticJoin = document.querySelector<HTMLElement>('.ws-join');
  if (staticJoin) staticJoin.hidden = true;

  let room: Progress = {
    seq: 0,
    revealed: info.revealed,
    ...(info.revote ? { revote: info.revote } : {}),
    closed: info.closed,
    stored: 0,
    questions: q.questions.length,
    participants: [],
  };
  const sentConsensus = new Map<string, string>();
  let feeding = false;
  let feedAgain = false;

  /** A board for this room, started like the facilitator would (company, questionnaire, anonymity). */
  function ensureBoard(): BoardState | undefined {
    const board = readBoard();
    if (board) {
      if (board.questionnaire.id !== q!.id || board.questionnaire.version !== q!.version) live.textContent = t.otherBoard!;
      return board;
    }
    const start = $<HTMLFormElement>('ws-start');
    if (!start) return undefined;
    $<HTMLInputElement>('ws-company')!.value = info.company || '—';
    $<HTMLSelectElement>('ws-questionnaire')!.value = q!.id;
    const radio = start.querySelector<HTMLInputElement>(`input[name="anonymity"][value="${info.anonymity}"]`);
    if (radio) radio.checked = true;
    start.requestSubmit();
    return readBoard();
  }

  function showProgress(): void {
    const joined = room.participants.length;
    // Finished is judged on the board's copy of each phone's answers, against the questions those answers show.
    const board = readBoard();
    const inRoom = new Set(room.participants.map((p) => p.key));
    const done = board ? board.participants.filter((p) => inRoom.has(p.key) && participantFinished(q!, p.answers)).length : 0;
    live.textContent = room.closed ? t.closedBoard! : roomFill(t.live!, { joined, done, stored: room.stored });
    // A closed room takes no one and cannot be closed again: its join details and button go.
    for (const el of [join, canvas, close]) el.hidden = room.closed;
  }

  /** Hands every participant whose answers the board does not have yet to the board, as hand-in codes. */
  async function feed(): Promise<void> {
    if (feeding) {
      feedAgain = true;
      return;
    }
    feeding = true;
    try {
      do {
        feedAgain = false;
        const board = ensureBoard();
        if (!board) return;
        const ws = (await (await fetch(api('facilitator/workshop'), { cache: 'no-store' })).json()) as RoomWorkshop;
        const codes: string[] = [];
        for (const p of ws.participants) {
          const have = board.participants.find((x) => x.key === p.key);
          if (have && have.revision >= p.revision) continue;
          const answers: Record<string, ParticipantAnswer> = {};
          for (const [qid, rounds] of Object.entries(p.answers)) if (rounds['1']) answers[qid] = rounds['1'];
          if (Object.keys(answers).length === 0) continue;
          const participant: Participant = {
            key: p.key,
            revision: p.revision,
            answers,
            ...(p.name ? { name: p.name } : {}),
            ...(p.role ? { role: p.role } : {}),
          };
          codes.push(encodeHandIn(q!, participant));
        }
        const paste = $<HTMLTextAreaElement>('ws-paste');
        const add = $<HTMLButtonElement>('ws-add');
        if (codes.length > 0 && paste && add) {
          paste.value = codes.join('\n');
          add.click();
        }
        fillRevote(ws);
        showProgress();
      } while (feedAgain);
    } finally {
      feeding = false;
    }
  }

  /** While a re-vote runs on the phones, their second votes fill the board's own re-vote form. */
  function fillRevote(ws: RoomWorkshop): void {
    const form = document.querySelector<HTMLFormElement>('#ws-question[open] #wq-revote');
    const qid = room.revote;
    if (!form || !qid || form.closest('dialog')?.dataset.roomQuestion !== qid) return;
    let changed = false;
    for (const p of ws.participants) {
      const vote = p.answers[qid]?.['2'];
      const select = form.querySelector<HTMLSelectElement>(`select[name="${CSS.escape(p.key)}"]`);
      if (!vote || !select) continue;
      const wanted = new Set(vote.dontKnow ? ['dontKnow'] : vote.na ? ['na'] : [vote.value ?? []].flat());
      for (const o of Array.from(select.options)) {
        if (o.selected !== wanted.has(o.value)) {
          o.selected = wanted.has(o.value);
          changed = true;
        }
      }
    }
    if (changed) form.requestSubmit();
  }

  /** Tells the room what the board decided since the last look: reveal, and each agreement. */
  async function sync(): Promise<void> {
    const board = readBoard();
    if (!board || room.closed) return;
    if (board.revealed && !room.revealed) {
      const r = await postJson(api('facilitator/reveal'), {});
      if (r.status === 200) room = { ...room, ...(r.json as unknown as Progress) };
    }
    const ids = new Set([...Object.keys(board.decisions), ...Object.keys(board.notes)]);
    for (const id of ids) {
      const d = board.decisions[id];
      const n = board.notes[id] ?? {};
      const body = {
        q: id,
        status: d?.status ?? 'open',
        ...(d?.na ? { na: true } : d?.value !== undefined ? { value: d.value } : {}),
        ...(n.note ? { note: n.note } : {}),
        ...(n.owner ? { owner: n.owner } : {}),
      };
      const text = JSON.stringify(body);
      if (sentConsensus.get(id) === text) continue;
      const r = await postJson(api('facilitator/consensus'), body);
      if (r.status === 200) sentConsensus.set(id, text);
    }
  }

  /** Adds the room's re-vote button to the board's question dialog whenever it is drawn. */
  function decorateDialog(): void {
    const dialog = $<HTMLDialogElement>('ws-question');
    const form = dialog?.querySelector<HTMLFormElement>('#wq-revote');
    if (!dialog || !form || form.querySelector('.room-revote')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary room-revote';
    const openId = dialog.dataset.roomQuestion;
    const running = room.revote !== undefined && room.revote === openId;
    button.textContent = running ? t.revoteEnd! : t.revoteStart!;
    button.addEventListener('click', () => {
      const id = dialog.dataset.roomQuestion;
      if (!id) return;
      void (async () => {
        const r =
          room.revote === id ? await postJson(api('facilitator/revote-end'), {}) : await postJson(api('facilitator/revote'), { q: id });
        if (r.status === 200) room = { ...room, ...(r.json as unknown as Progress) };
        button.textContent = room.revote === id ? t.revoteEnd! : t.revoteStart!;
      })();
    });
    form.querySelector('h3')?.after(button);
  }

  // The board's question buttons say which question the dialog shows.
  document.addEventListener(
    'click',
    (event) => {
      const open = (event.target as HTMLElement).closest<HTMLElement>('[data-open]')?.dataset.open;
      const dialog = $<HTMLDialogElement>('ws-question');
      if (open && dialog) dialog.dataset.roomQuestion = open;
    },
    true,
  );
  const dialog = $<HTMLDialogElement>('ws-question');
  if (dialog) new MutationObserver(() => decorateDialog()).observe(dialog, { childList: true });
  // Whatever the facilitator does on the board ends in the board saving itself; look afterwards.
  for (const type of ['click', 'submit', 'change']) document.addEventListener(type, () => window.setTimeout(() => void sync(), 0));

  close.addEventListener('click', () => {
    void (async () => {
      await feed();
      await sync();
      const board = readBoard();
      if (!board) return;
      const date = new Date().toISOString().slice(0, 10);
      const document = workshopAssessment(board, q, questionRows(board, q), date);
      close.disabled = true;
      const r = await postJson(api('facilitator/close'), { document });
      close.disabled = false;
      result.textContent = r.status === 200 ? roomFill(t.written!, { file: String(r.json.file) }) : String(r.json.error ?? r.status);
      if (r.status === 200) {
        room = { ...room, closed: true };
        showProgress();
      }
    })();
  });

  const events = new EventSource(api('facilitator/events'));
  let lastStored = -1;
  events.addEventListener('progress', (e) => {
    room = JSON.parse((e as MessageEvent<string>).data) as Progress;
    showProgress();
    if (room.stored !== lastStored) {
      lastStored = room.stored;
      void feed();
    }
  });
  ensureBoard();
  showProgress();
  void sync();
}
