import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/assess.js';
import type { Action } from '../../src/core/model.js';
import { loadContent } from '../../src/node/load-content.js';
import { loadPdfFonts } from '../../src/node/pdf-fonts.js';
import { reportInput } from '../../src/node/render-report.js';
import { reportPdf } from '../../src/pdf/report-pdf.js';
import type { ReportInput } from '../../src/pdf/report-input.js';
import { buildQuestionnaire } from '../helpers/build-questionnaire.js';
import { firstPagePng, pdfInfo, pdfText, qpdfCheck, squash } from '../helpers/pdf-tools.js';
import { ROOT } from '../helpers/run-cli.js';

const content = await loadContent(`${ROOT}/content`);
const fonts = await loadPdfFonts();

describe('report PDF', () => {
  it('the bakery report: cover, scores, weakest stage, plan with reasons and Kit Digital, matrix, notes', async () => {
    const input = await reportInput(`${ROOT}/assessments/panaderia-la-espiga.yaml`, content);
    const text = pdfText(await reportPdf(input, fonts), 'report-es');
    for (const s of ['Informe de madurez del servicio digital', 'Panadería La Espiga', 'Panadería y obrador', '2026-10-14', 'Lucía Ferrer', 'digital-service, versión 2', '25.2 / 100', 'Nivel: Básico', 'Puntuación por etapa', 'Fidelización y posventa', 'La etapa más débil', 'Plan de acción', 'Primeros 30 días', 'Matriz de impacto y esfuerzo', 'Notas del evaluador', 'Kit Digital: Sitio web y presencia básica en Internet']) {
      expect(text).toContain(s);
    }
    // Each plan item with the answer that calls for it.
    expect(squash(text)).toContain('¿Qué haces con las opiniones de los clientes en internet? — Las leemos, pero no las pedimos');
    // The assessor's note, with its quotation marks intact.
    expect(text).toContain('Solo aparece si se busca "La Espiga Valladolid".');
    // Running footer and page numbers from page 2 on.
    const pages = Number(pdfInfo('report-es').Pages);
    expect(text).toContain(`Página 2 de ${pages}`);
    expect(text).toContain(`Página ${pages} de ${pages}`);
    expect(qpdfCheck('report-es')).toContain('No syntax or stream encoding errors');
    expect(statSync(firstPagePng('report-es')).size).toBeGreaterThan(5_000);
  });

  it('sets title, author and language metadata, and keeps every Spanish character, €, « », “ ”, ¿ ¡', async () => {
    const input = await reportInput(`${ROOT}/assessments/panaderia-la-espiga.yaml`, content);
    const tricky = '¿Cuánto? ¡Señal! Año, pingüino: 1.200 € «comillas» “curvas” ‘simples’';
    const withNote: ReportInput = { ...input, assessment: { ...input.assessment, notes: tricky } };
    const text = pdfText(await reportPdf(withNote, fonts), 'report-unicode');
    expect(text).toContain(tricky);
    const info = pdfInfo('report-unicode');
    expect(info.Title).toBe('Informe de madurez del servicio digital — Panadería La Espiga');
    expect(info.Author).toBe('Lucía Ferrer (consultora)');
    expect(readFileSync(`${ROOT}/test-artifacts/pdf/report-unicode.pdf`, 'latin1')).toContain('/Lang (es)');
  });

  it('is byte-for-byte the same for the same input, and matches the golden text', async () => {
    const input = await reportInput(`${ROOT}/assessments/costa-trail-outfitters.yaml`, content);
    const a = await reportPdf(input, fonts);
    const b = await reportPdf(input, fonts);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const text = pdfText(a, 'report-en');
    const golden = `${ROOT}/test/fixtures/pdf/report-en.txt`;
    if (!existsSync(golden) && process.env.UPDATE_GOLDEN) writeFileSync(golden, text);
    expect(text).toBe(readFileSync(golden, 'utf8'));
  });

  it('flows a 40-action plan and a 2,000-character note onto further pages without losing a word', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `act-${String(i + 1).padStart(2, '0')}`);
    const q = buildQuestionnaire(
      ids.map((id, i) => ({ id: `q-${i}`, stage: i % 2 ? 'sales' : 'presence', kind: 'yesno' as const, prompt: `Question number ${i + 1} about the business?`, actions: [id] })),
    );
    const actions = new Map<string, Action>(ids.map((id, i) => [id, { id, stage: i % 2 ? 'sales' : 'presence', title: `Action ${id} with a reasonably long title to wrap`, description: `What to do for ${id}. `.repeat(6), impact: (i % 5) + 1, effort: ((i * 3) % 5) + 1 }]));
    const note = Array.from({ length: 40 }, (_, i) => `Observación ${i + 1} del taller con el equipo.`).join(' ').slice(0, 2000);
    const answers = Object.fromEntries(q.questions.map((x) => [x.id, { value: 'no', ...(x.id === 'q-0' ? { note } : {}) }]));
    const input: ReportInput = {
      assessment: { questionnaire: { id: 'test', version: 1, lang: 'en' }, company: { name: 'Long Plan Ltd', sector: 'Retail', employees: 5, location: 'Huelva' }, date: '2026-05-05', assessor: 'Test', publish: false, answers },
      questionnaire: q,
      result: assess(q, actions, { answers, company: { employees: 5 } }),
      actions,
      kitNames: {},
    };
    expect(input.result.plan.items).toHaveLength(40);
    const text = pdfText(await reportPdf(input, fonts), 'report-long');
    for (const id of ids) expect(text).toContain(`Action ${id}`);
    expect(squash(text)).toContain(squash(note));
    expect(Number(pdfInfo('report-long').Pages)).toBeGreaterThan(6);
    expect(qpdfCheck('report-long')).toContain('No syntax or stream encoding errors');
  });
});
