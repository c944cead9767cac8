import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/node/load-content.js';
import { loadPdfFonts } from '../../src/node/pdf-fonts.js';
import { WORKSHEETS } from '../../src/pdf/worksheets.js';
import type { WorksheetInput } from '../../src/pdf/worksheet-input.js';
import { reportInput } from '../../src/node/render-report.js';
import { firstPagePng, pdfInfo, pdfText, qpdfCheck, squash } from '../helpers/pdf-tools.js';
import { ROOT } from '../helpers/run-cli.js';

const content = await loadContent(`${ROOT}/content`);
const fonts = await loadPdfFonts();
const stages = (lang: 'es' | 'en') =>
  content.questionnaires.find((q) => q.lang === lang)!.stages.map((s) => ({ id: s.id, title: s.title }));
const render = (id: string, input: WorksheetInput) => WORKSHEETS.find((w) => w.id === id)!.render(input, fonts);

describe('worksheets', () => {
  it.each([
    [
      'empathy-map',
      'es',
      ['Mapa de empatía', 'Qué piensa y siente', 'Qué oye', 'Qué ve', 'Qué dice y hace', 'Dolores', 'Ganancias', 'Perfil de cliente'],
    ],
    [
      'buyer-persona',
      'en',
      [
        'Buyer persona',
        'Goals',
        'Challenges',
        'Buying behaviour',
        'Preferred channels',
        'E-mail',
        'Messaging',
        'In store',
        'Objections',
        'Segmentation',
        'Psychographic',
        'Technology as something foreign',
        'Outsider',
        'Technoholic',
      ],
    ],
    [
      'customer-journey',
      'es',
      [
        'Mapa del recorrido del cliente',
        'Presencia',
        'Promoción',
        'Venta',
        'Fidelización y posventa',
        'Puntos de contacto',
        'Emociones',
        'Expectativas',
        'Puntos de dolor',
        'Oportunidades',
      ],
    ],
  ] as const)('blank %s (%s) has every area, is a valid PDF, and renders', async (id, lang, words) => {
    const name = `${id}-blank-${lang}`;
    const text = pdfText(await render(id, { lang, stages: stages(lang), date: '2026-01-01' }), name);
    for (const w of words) expect(text).toContain(w);
    expect(qpdfCheck(name)).toContain('No syntax or stream encoding errors');
    expect(statSync(firstPagePng(name)).size).toBeGreaterThan(3_000);
  });

  it('empathy map and journey map are A4 landscape, the persona A4 portrait', async () => {
    for (const [id, size] of [
      ['empathy-map', '841.89 x 595.28'],
      ['customer-journey', '841.89 x 595.28'],
      ['buyer-persona', '595.28 x 841.89'],
    ] as const) {
      pdfText(await render(id, { lang: 'en', stages: stages('en'), date: '2026-01-01' }), `${id}-size`);
      expect(pdfInfo(`${id}-size`)['Page size']).toContain(size);
    }
  });

  it('fills all three from an assessment’s worksheet material', async () => {
    const input = await reportInput(`${ROOT}/assessments/panaderia-la-espiga.yaml`, content);
    const material = input.assessment.worksheets!;
    const ws: WorksheetInput = { lang: 'es', stages: stages('es'), material, company: 'Panadería La Espiga', date: input.assessment.date };
    const empathy = pdfText(await render('empathy-map', ws), 'empathy-map-filled');
    expect(empathy).toContain('Marta, madre que encarga');
    expect(squash(empathy)).toContain('Otras familias recomiendan el obrador en el grupo del colegio');
    const persona = pdfText(await render('buyer-persona', ws), 'buyer-persona-filled');
    expect(persona).toContain('Administrativa a jornada completa');
    expect(persona).toContain('Clienta recurrente de valor medio');
    // The whole persona on one page, every line of the material on it, nothing sent to an annex.
    expect(pdfInfo('buyer-persona-filled').Pages).toBe('1');
    const p = material.persona!;
    for (const line of [
      p.name,
      p.age!,
      p.occupation!,
      p.location!,
      ...p.goals!,
      ...p.challenges!,
      ...p.behaviour!,
      ...p.objections!,
      ...Object.values(p.segmentation!),
    ])
      expect(squash(persona)).toContain(squash(line));
    expect(persona).not.toContain('Anexo');
    expect(statSync(firstPagePng('buyer-persona-filled')).size).toBeGreaterThan(5_000);
    const journey = pdfText(await render('customer-journey', ws), 'customer-journey-filled');
    expect(squash(journey)).toContain('Formulario de encargos con confirmación automática');
  });

  it('never clips: text too long for a box goes whole to an annex page', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `La clienta comenta el punto ${i + 1} sobre horarios, encargos y envíos.`).join(' ');
    const ws: WorksheetInput = {
      lang: 'es',
      stages: stages('es'),
      date: '2026-01-01',
      material: { empathyMap: { profile: 'Marta', pains: [long] }, journey: { sales: { painPoints: [long] } } },
    };
    const empathy = pdfText(await render('empathy-map', ws), 'empathy-map-overflow');
    expect(empathy).toContain('(continúa en la página de anexo)');
    expect(empathy).toContain('Anexo: textos completos');
    expect(squash(empathy)).toContain(squash(long));
    expect(Number(pdfInfo('empathy-map-overflow').Pages)).toBe(2);
    const journey = pdfText(await render('customer-journey', ws), 'customer-journey-overflow');
    expect(squash(journey)).toContain(squash(long));
  });

  it('keeps the buyer persona on one page, blank or filled, and sends only what does not fit to an annex', async () => {
    for (const lang of ['es', 'en'] as const) {
      pdfText(await render('buyer-persona', { lang, stages: stages(lang), date: '2026-01-01' }), `buyer-persona-one-page-${lang}`);
      expect(pdfInfo(`buyer-persona-one-page-${lang}`).Pages).toBe('1');
    }
    const long = Array.from({ length: 30 }, (_, i) => `Compara precios en el móvil antes de cada compra, punto ${i + 1}.`).join(' ');
    const name = 'Marta Fernández de la Fuente, madre de tres hijos que encarga tartas para cada cumpleaños del colegio';
    const ws: WorksheetInput = {
      lang: 'es',
      stages: stages('es'),
      date: '2026-01-01',
      material: { persona: { name, goals: ['Encargar sin llamar'], behaviour: [long], channels: ['chat'], consumerType: 'socio-digital' } },
    };
    const text = pdfText(await render('buyer-persona', ws), 'buyer-persona-overflow');
    expect(Number(pdfInfo('buyer-persona-overflow').Pages)).toBe(2);
    expect(text).toContain('(continúa en la página de anexo)');
    expect(text).toContain('Anexo: textos completos');
    expect(squash(text)).toContain(squash(long));
    expect(text).toContain(name);
    expect(text).toContain('Encargar sin llamar');
  });
});
