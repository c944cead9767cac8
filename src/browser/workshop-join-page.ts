// On the questionnaire page: workshop mode, entered through the facilitator's `?workshop` join link.
// It adds "I don't know" (with an optional one-line reason) to every question; without a seat the
// page stays the ordinary self-assessment.
import './page-texts.js';
import { boardText } from '../site/workshop-text.js';
import { clearAnswers, safeStorage } from './answer-store.js';
import { readPageData } from './page-json.js';
import { loadSeat, newSeat, oneLine, saveSeat, type WorkshopSeat } from './workshop-participant.js';

const data = readPageData();
const q = data.questionnaire;
const w = boardText(data.lang);
const storage = safeStorage();
const form = document.getElementById('questionnaire') as HTMLFormElement | null;

function joinRequested(): boolean {
  return new URLSearchParams(location.search).has('workshop');
}

/**
 * The workshop-mode notice, with a way to hand the device to someone else (a shared tablet, or the
 * facilitator typing in a paper questionnaire): a new seat with a new key, and no answers.
 */
function banner(): void {
  const p = document.createElement('p');
  p.className = 'notice workshop-mode';
  p.id = 'workshop-mode';
  p.textContent = `${w.workshopMode} `;
  const next = document.createElement('button');
  next.type = 'button';
  next.className = 'link';
  next.id = 'workshop-next-person';
  next.textContent = w.nextPerson;
  next.addEventListener('click', () => {
    if (!window.confirm(w.nextPersonConfirm)) return;
    clearAnswers(storage!, q);
    saveSeat(storage, q, newSeat());
    location.reload();
  });
  if (storage) p.appendChild(next);
  form!.before(p);
}

function addDontKnow(seat: WorkshopSeat): void {
  for (const block of Array.from(form!.querySelectorAll<HTMLElement>('.question'))) {
    const id = block.dataset.question!;
    const wrap = document.createElement('div');
    wrap.className = 'dont-know';
    wrap.innerHTML = `<label class="option dk" for="${id}--dk"><input type="checkbox" id="${id}--dk" name="dk.${id}" value="1"> <span></span></label>
<label class="dk-reason" for="${id}--dk-reason"><span></span> <input id="${id}--dk-reason" name="dkr.${id}" maxlength="120" autocomplete="off"></label>`;
    wrap.querySelector('.dk span')!.textContent = w.dontKnow;
    wrap.querySelector('.dk-reason span')!.textContent = w.dontKnowReason;
    const box = wrap.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    const reason = wrap.querySelector<HTMLInputElement>('.dk-reason input')!;
    box.checked = id in seat.dontKnow;
    reason.value = seat.dontKnow[id] ?? '';
    wrap.querySelector<HTMLElement>('.dk-reason')!.hidden = !box.checked;
    block.querySelector('fieldset')!.appendChild(wrap);
  }
}

function start(): void {
  if (!form) return;
  let seat = loadSeat(storage, q);
  if (!seat && joinRequested()) {
    seat = newSeat();
    saveSeat(storage, q, seat);
  }
  if (!seat) return;
  const current = seat;
  banner();
  addDontKnow(current);
  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const id = input.closest<HTMLElement>('.question')?.dataset.question;
    if (!id) return;
    const box = form.querySelector<HTMLInputElement>(`input[name="dk.${id}"]`)!;
    if (input === box) {
      form.querySelector<HTMLElement>(`label[for="${id}--dk-reason"]`)!.hidden = !box.checked;
      if (box.checked) {
        // "I don't know" replaces any answer given before, so the hand-in says one thing.
        for (const other of Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="a.${id}"], input[name="na.${id}"]`)))
          other.checked = false;
        current.dontKnow[id] = oneLine(form.querySelector<HTMLInputElement>(`input[name="dkr.${id}"]`)!.value);
        // Let the questionnaire's own script save and refresh with the cleared answer.
        form.dispatchEvent(new Event('change'));
      } else delete current.dontKnow[id];
    } else if (input.checked && (input.name === `a.${id}` || input.name === `na.${id}`) && box.checked) {
      box.checked = false;
      form.querySelector<HTMLElement>(`label[for="${id}--dk-reason"]`)!.hidden = true;
      delete current.dontKnow[id];
    }
    saveSeat(storage, q, current);
  });
  form.addEventListener('input', (event) => {
    const input = event.target as HTMLInputElement;
    if (!input.name?.startsWith('dkr.')) return;
    const id = input.name.slice(4);
    if (id in current.dontKnow) {
      current.dontKnow[id] = oneLine(input.value);
      saveSeat(storage, q, current);
    }
  });
}

start();
