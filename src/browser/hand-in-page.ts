// On the results page, in workshop mode only: "Hand in to the facilitator" shows the participant's
// answers as a QR code (drawn here by lean-qr, no network) and as a link to the facilitator's board.
import './page-texts.js';
import { correction, generate } from 'lean-qr';
import { boardText } from '../site/workshop-text.js';
import { loadAnswers, safeStorage } from './answer-store.js';
import { encodeHandIn, handInFragment } from './board-core.js';
import { readPageData } from './page-json.js';
import { loadSeat, saveSeat, seatParticipant, type WorkshopSeat } from './workshop-participant.js';

/** Alphanumeric characters a version 5 QR code holds at error correction M. */
const QR_V5_M_ALPHANUMERIC = 154;

const data = readPageData();
const q = data.questionnaire;
const w = boardText(data.lang);
const storage = safeStorage();
const panel = document.getElementById('hand-in');

/** The board's address, absolute, so the link works when pasted on the facilitator's laptop. */
function boardUrl(): string {
  const root = document.body.dataset.root ?? '';
  const page = location.protocol === 'file:' ? 'index.html' : '';
  return new URL(`${root}${data.lang}/workshop/${page}`, location.href).href;
}

function draw(seat: WorkshopSeat): WorkshopSeat {
  const answers = storage ? (loadAnswers(storage, q).saved?.answers ?? {}) : {};
  const { seat: next, participant } = seatParticipant(q, seat, answers);
  saveSeat(storage, q, next);
  const code = encodeHandIn(q, participant);
  // The QR code carries the reasons too when they still fit a version 5 code (what a webcam reads at
  // arm's length); otherwise only the answers, and the link carries the reasons.
  const qrCode = code.length <= QR_V5_M_ALPHANUMERIC ? code : encodeHandIn(q, participant, { texts: false });
  const canvas = panel!.querySelector<HTMLCanvasElement>('canvas')!;
  // Error correction M at least, as the hand-in format is sized for; 4 modules of quiet zone.
  generate(qrCode, { minCorrectionLevel: correction.M }).toCanvas(canvas, { pad: 4, on: [0, 0, 0, 255], off: [255, 255, 255, 255] });
  canvas.dataset.code = qrCode;
  panel!.querySelector<HTMLInputElement>('#hand-in-link')!.value = `${boardUrl()}${handInFragment(code)}`;
  return next;
}

function start(): void {
  if (!panel) return;
  let seat = loadSeat(storage, q);
  if (!seat) return;
  panel.innerHTML = `<h2 id="hand-in-h"></h2>
<p class="hand-in-intro"></p>
<div class="hand-in-who">
  <label for="hand-in-name"><span></span> <input id="hand-in-name" autocomplete="name" maxlength="60"></label>
  <label for="hand-in-role"><span></span> <input id="hand-in-role" maxlength="40"></label>
</div>
<canvas class="hand-in-qr" role="img"></canvas>
<p><label for="hand-in-link"></label> <input id="hand-in-link" readonly></p>
<p><button type="button" id="hand-in-copy" class="secondary"></button> <span id="hand-in-status" role="status" aria-live="polite"></span></p>`;
  panel.querySelector('h2')!.textContent = w.handIn.heading;
  panel.querySelector('.hand-in-intro')!.textContent = w.handIn.intro;
  panel.querySelector('label[for="hand-in-name"] span')!.textContent = w.handIn.name;
  panel.querySelector('label[for="hand-in-role"] span')!.textContent = w.handIn.role;
  panel.querySelector('canvas')!.setAttribute('aria-label', w.handIn.qrLabel);
  panel.querySelector('label[for="hand-in-link"]')!.textContent = w.handIn.link;
  panel.querySelector('#hand-in-copy')!.textContent = w.handIn.copy;
  const name = panel.querySelector<HTMLInputElement>('#hand-in-name')!;
  const role = panel.querySelector<HTMLInputElement>('#hand-in-role')!;
  name.value = seat.name ?? '';
  role.value = seat.role ?? '';
  panel.hidden = false;
  seat = draw(seat);
  const update = () => {
    const n = name.value.trim();
    const r = role.value.trim();
    const { name: _n, role: _r, ...rest } = seat!;
    seat = draw({ ...rest, ...(n ? { name: n } : {}), ...(r ? { role: r } : {}) });
  };
  name.addEventListener('change', update);
  role.addEventListener('change', update);
  panel.querySelector('#hand-in-copy')!.addEventListener('click', async () => {
    const field = panel.querySelector<HTMLInputElement>('#hand-in-link')!;
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
    } catch {
      /* the selected field lets them copy by hand */
    }
    panel.querySelector('#hand-in-status')!.textContent = w.handIn.copied;
  });
  // Answers imported on this page change what is handed in.
  window.addEventListener('storage', () => (seat = draw(seat!)));
}

start();
