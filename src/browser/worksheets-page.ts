import './page-texts.js';
import type { Lang } from '../core/lang.js';
import type { Worksheets } from '../core/model.js';
import { diskUrl } from './disk-url.js';
import { downloadFile } from './download-file.js';
import { loadBundle } from './load-bundle.js';
import type { PdfMaker } from './pdf-report-page.js';
import { safeStorage } from './answer-store.js';
import { loadDraft, saveDraft, type WorksheetDraft } from './worksheet-store.js';

const data = JSON.parse(document.getElementById('worksheets-data')!.textContent!) as {
  lang: Lang;
  /** Each questionnaire's stages by its id: a journey form's columns are those of its questionnaire. */
  stages: Record<string, { id: string; title: string }[]>;
  pdf: string;
  restored: string;
};

/** The stages of the questionnaire a journey form is made for (none for the other worksheets). */
const stagesOf = (form: HTMLFormElement) => data.stages[form.dataset.questionnaire ?? ''] ?? [];
const storage = safeStorage();
const status = document.getElementById('ws-status')!;

const lines = (v: FormDataEntryValue | null) =>
  String(v ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const text = (v: FormDataEntryValue | null) => String(v ?? '').trim() || undefined;

/** The form's fields as the same worksheet material an assessment file carries. */
function material(id: string, form: FormData, stages: readonly { id: string }[]): Worksheets {
  if (id === 'empathy-map') {
    return {
      empathyMap: {
        profile: text(form.get('profile')) ?? '',
        thinksFeels: lines(form.get('thinksFeels')),
        hears: lines(form.get('hears')),
        sees: lines(form.get('sees')),
        saysDoes: lines(form.get('saysDoes')),
        pains: lines(form.get('pains')),
        gains: lines(form.get('gains')),
      },
    };
  }
  if (id === 'buyer-persona') {
    const seg = Object.fromEntries(
      ['value', 'socioDemographic', 'behavioural', 'psychographic']
        .map((k) => [k, text(form.get(`segmentation.${k}`))])
        .filter(([, v]) => v),
    );
    const type = text(form.get('consumerType'));
    return {
      persona: {
        name: text(form.get('name')) ?? '',
        ...Object.fromEntries(['age', 'occupation', 'location'].map((k) => [k, text(form.get(k))]).filter(([, v]) => v)),
        goals: lines(form.get('goals')),
        challenges: lines(form.get('challenges')),
        behaviour: lines(form.get('behaviour')),
        channels: form.getAll('channels').map(String) as NonNullable<NonNullable<Worksheets['persona']>['channels']>,
        objections: lines(form.get('objections')),
        segmentation: seg,
        ...(type ? { consumerType: type as NonNullable<NonNullable<Worksheets['persona']>['consumerType']> } : {}),
      },
    };
  }
  const journey: NonNullable<Worksheets['journey']> = {};
  for (const s of stages) {
    journey[s.id] = Object.fromEntries(
      ['touchpoints', 'actions', 'emotions', 'expectations', 'painPoints', 'opportunities'].map((k) => [
        k,
        lines(form.get(`journey.${s.id}.${k}`)),
      ]),
    );
  }
  return { journey };
}

function draftOf(form: HTMLFormElement): WorksheetDraft {
  return Array.from(new FormData(form).entries()).map(([k, v]) => [k, String(v)]);
}

/** Puts a saved draft back into its form: text into fields, ticks on the boxes it names. */
function applyDraft(form: HTMLFormElement, draft: WorksheetDraft): void {
  for (const el of Array.from(form.elements)) {
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio'))
      el.checked = draft.some(([k, v]) => k === el.name && v === el.value);
    else if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = draft.find(([k]) => k === el.name)?.[1] ?? '';
  }
}

let restored = false;
for (const form of Array.from(document.querySelectorAll<HTMLFormElement>('form[data-worksheet]'))) {
  const id = form.dataset.worksheet!;
  // Each journey form keeps its own draft: two questionnaires' maps have different columns.
  const key = form.dataset.draft ?? id;
  if (storage) {
    const draft = loadDraft(storage, key);
    if (draft) {
      applyDraft(form, draft);
      restored = true;
    }
    // What is typed stays on this device, like the questionnaire's answers.
    const keep = () => saveDraft(storage, key, draftOf(form));
    form.addEventListener('input', keep);
    form.addEventListener('change', keep);
    form.querySelector('[data-ws-clear]')?.addEventListener('click', () => {
      form.reset();
      keep();
    });
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const id = form.dataset.worksheet!;
    const maker = await loadBundle<PdfMaker>(diskUrl(data.pdf), 'digimatPdf');
    const date = new Date().toISOString().slice(0, 10);
    const stages = stagesOf(form);
    const bytes = await maker.worksheet(id, { lang: data.lang, stages, material: material(id, new FormData(form), stages), date });
    downloadFile(`${id}-${date}.pdf`, 'application/pdf', bytes as BlobPart);
    status.hidden = false;
    status.textContent = data.lang === 'es' ? 'PDF preparado en este dispositivo.' : 'PDF made on this device.';
  });
}
if (restored) {
  status.hidden = false;
  status.textContent = data.restored;
}
