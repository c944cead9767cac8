import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/assess.js';
import type { Action } from '../../src/core/model.js';
import { loadContent } from '../../src/node/load-content.js';
import { loadPdfFonts } from '../../src/node/pdf-fonts.js';
import { reportInput } from '../../src/node/render-report.js';
import { reportPdf } from '../../src/pdf/report-pdf.js';
import type { ReportInput } from '../../src/pdf/report-input.js';
import { buildQuestionnaire } from '../helpers/build-questionnaire.js';
import { ARTIFACTS, firstPagePng, pageFill, pdfInfo, pdfText, qpdfCheck, squash } from '../helpers/pdf-tools.js';
import { ROOT } from '../helpers/run-cli.js';

const content = await loadContent(`${ROOT}/content`);
const fonts = await loadPdfFonts();

describe('report PDF', () => {
  it('the bakery report: cover, scores, weakest stage, plan with reasons and Kit Digital, matrix, notes', async () => {
    const input = await reportInput(`${ROOT}/assessments/panaderia-la-espiga.yaml`, content);
    const text = pdfText(await reportPdf(input, fonts), 'report-es');
    for (const s of [
      'Informe de madurez del servicio digital',
      'Panadería La Espiga',
      'Panadería y obrador',
      '2026-10-14',
      'Lucía Ferrer',
      'digital-service, versión 2',
      '25,2 / 100',
      'Nivel: Básico',
      'Resumen',
      'Por dónde empezar',
      'Puntuación por etapa',
      'Fidelización y posventa',
      'La etapa más débil',
      'Plan de acción',
      'Primeros 30 días',
      'Matriz de impacto y esfuerzo',
      'Notas del evaluador',
      'Kit Digital: Sitio web y presencia básica en Internet',
    ]) {
      expect(squash(text)).toContain(s);
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

  it('an incomplete assessment: provisional scores with their range, no level, no weakest stage named', async () => {
    const input = await reportInput(`${ROOT}/test/fixtures/incomplete/two-answers.yaml`, content);
    const { score } = input.result;
    expect(score.overall.complete).toBe(false);
    const text = squash(pdfText(await reportPdf(input, fonts), 'report-incomplete'));
    // Figures in Spanish format, computed here with Intl on the core's own numbers.
    const es = (x: number) => new Intl.NumberFormat('es-ES', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
    expect(text).toContain(`${es(score.overall.score!)} / 100 (provisional)`);
    expect(text).toContain(`puede quedar entre ${es(score.overall.range!.min)}–${es(score.overall.range!.max)}`);
    for (const s of score.stages) {
      expect(s.level).toBeNull();
      expect(text).toContain(`provisional: responde ${s.remaining} preguntas más`);
      expect(text).toContain(`${s.answered}/${s.applicable} respondidas`);
    }
    // No level printed anywhere, and the weakest stage is not named.
    expect(text).not.toMatch(/Nivel: /);
    for (const level of input.questionnaire.levels) expect(text).not.toContain(`· ${level.label}`);
    expect(text).toContain('Aún no se puede señalar la etapa más débil');
    expect(text).not.toContain('es la etapa con la puntuación más baja');
    expect(
      pageFill('report-incomplete')
        .slice(0, -1)
        .every((f) => f >= 0.25),
    ).toBe(true);
  });

  it('names no weakest stage while a stage with few answers could still end lower, and says which', async () => {
    const input = await reportInput(`${ROOT}/assessments/panaderia-la-espiga.yaml`, content);
    // Take away the answers of the weakest stage (loyalty): it could now end anywhere from 0 to 100.
    const loyalty = new Set(input.questionnaire.questions.filter((q) => q.stage === 'loyalty').map((q) => q.id));
    const answers = Object.fromEntries(Object.entries(input.assessment.answers).filter(([id]) => !loyalty.has(id)));
    const result = assess(input.questionnaire, input.actions, { answers, company: input.assessment.company });
    expect(result.score.weakest).toBeNull();
    expect(result.score.weakestUnknownBecause).toEqual(['loyalty']);
    const text = squash(
      pdfText(await reportPdf({ ...input, assessment: { ...input.assessment, answers }, result }, fonts), 'report-partly-complete'),
    );
    expect(text).not.toContain('es la etapa con la puntuación más baja');
    expect(text).toContain('Aún no se puede decir, hay pocas respuestas para comparar en Fidelización y posventa (responde');
  });

  it('does not call Presencia the lowest stage in the workshop example, where Promoción can reach at most 40,0', async () => {
    const input = await reportInput(`${ROOT}/assessments/taller-ferreteria-ruiz.yaml`, content);
    const text = squash(pdfText(await reportPdf(input, fonts), 'report-workshop-weakest'));
    expect(text).not.toContain('Presencia es la etapa con la puntuación más baja');
    expect(text).not.toContain('Etapa más débil: Presencia');
    expect(text).toContain('hay pocas respuestas para comparar en Promoción (responde 1 más)');
  });

  it('numbers the start-here list 1-3 in its own order, keeping the plan rank in words', async () => {
    const input = await reportInput(`${ROOT}/assessments/panaderia-la-espiga.yaml`, content);
    const { plan } = input.result;
    pdfText(await reportPdf(input, fonts), 'report-start-here');
    const page2 = squash(
      execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '2', '-l', '2', `${ARTIFACTS}/report-start-here.pdf`, '-'], { encoding: 'utf8' }),
    );
    const section = page2.slice(page2.indexOf('Por dónde empezar'));
    plan.startHere.forEach((id, n) => {
      const item = plan.items.find((i) => i.action === id)!;
      expect(section).toContain(`${n + 1}. ${item.title}`);
      expect(section).toContain(`Prioridad ${item.rank} de ${plan.items.length}`);
    });
  });

  it('shows each action by rank and in words, never a two-decimal priority, and the whole plan with its later list', async () => {
    const input = await reportInput(`${ROOT}/assessments/panaderia-la-espiga.yaml`, content);
    const { plan } = input.result;
    expect(plan.items.some((i) => i.horizon === 'later')).toBe(true);
    const text = squash(pdfText(await reportPdf(input, fonts), 'report-ranks'));
    expect(text).not.toMatch(/Prioridad \d+[.,]\d\d/);
    for (const item of plan.items) {
      expect(text).toContain(`${item.rank}. ${item.title}`);
      expect(text).toContain(`Prioridad ${item.rank} de ${plan.items.length}`);
    }
    expect(text).toContain('impacto alto, poco esfuerzo');
    expect(text).toContain('Más adelante');
    expect(text).toContain('no caben en lo que la empresa puede abordar en los próximos seis meses');
    // Start here sits in the summary on page 2, before the stage bars.
    const page2 = squash(
      execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '2', '-l', '2', `${ARTIFACTS}/report-ranks.pdf`, '-'], { encoding: 'utf8' }),
    );
    expect(page2.indexOf('Por dónde empezar')).toBeGreaterThan(page2.indexOf('Resumen'));
    for (const id of plan.startHere) expect(page2).toContain(plan.items.find((i) => i.action === id)!.title);
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
    // UPDATE_GOLDEN=1 rewrites it after a deliberate change; look at the diff before committing.
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, text);
    expect(text).toBe(readFileSync(golden, 'utf8'));
  });

  it('flows a 40-action plan and a 2,000-character note onto further pages without losing a word', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `act-${String(i + 1).padStart(2, '0')}`);
    const q = buildQuestionnaire(
      ids.map((id, i) => ({
        id: `q-${i}`,
        stage: i % 2 ? 'sales' : 'presence',
        kind: 'yesno' as const,
        prompt: `Question number ${i + 1} about the business?`,
        actions: [id],
      })),
    );
    const actions = new Map<string, Action>(
      ids.map((id, i) => [
        id,
        {
          id,
          stage: i % 2 ? 'sales' : 'presence',
          title: `Action ${id} with a reasonably long title to wrap`,
          description: `What to do for ${id}. `.repeat(6),
          impact: (i % 5) + 1,
          effort: ((i * 3) % 5) + 1,
        },
      ]),
    );
    const note = Array.from({ length: 40 }, (_, i) => `Observación ${i + 1} del taller con el equipo.`)
      .join(' ')
      .slice(0, 2000);
    const answers = Object.fromEntries(q.questions.map((x) => [x.id, { value: 'no', ...(x.id === 'q-0' ? { note } : {}) }]));
    const input: ReportInput = {
      assessment: {
        questionnaire: { id: 'test', version: 1, lang: 'en' },
        company: { name: 'Long Plan Ltd', sector: 'Retail', employees: 5, location: 'Huelva' },
        date: '2026-05-05',
        assessor: 'Test',
        publish: false,
        answers,
      },
      questionnaire: q,
      result: assess(q, actions, { answers, company: { employees: 5 } }),
      actions,
    };
    expect(input.result.plan.items).toHaveLength(40);
    const text = pdfText(await reportPdf(input, fonts), 'report-long');
    for (const id of ids) expect(text).toContain(`Action ${id}`);
    expect(squash(text)).toContain(squash(note));
    expect(Number(pdfInfo('report-long').Pages)).toBeGreaterThan(6);
    expect(qpdfCheck('report-long')).toContain('No syntax or stream encoding errors');
  });

  it('has no page under a quarter full but the last, for the examples and plans of 1 to 40 actions', async () => {
    const examples = await Promise.all(
      ['panaderia-la-espiga', 'costa-trail-outfitters', 'suministros-norte'].map((f) =>
        reportInput(`${ROOT}/assessments/${f}.yaml`, content),
      ),
    );
    const inputs: [string, ReportInput][] = [
      ...examples.map((x, i) => [`fill-example-${i}`, x] as [string, ReportInput]),
      ...[1, 6, 11, 17, 23, 29, 34, 40].map(
        (n) => [`fill-plan-${n}`, longPlan(n, n % 2 ? 'Una nota general.' : undefined)] as [string, ReportInput],
      ),
    ];
    for (const [name, input] of inputs) {
      pdfText(await reportPdf(input, fonts), name);
      const fill = pageFill(name);
      expect(fill.length, name).toBe(Number(pdfInfo(name).Pages));
      fill
        .slice(0, -1)
        .forEach((f, page) => expect(f, `${name} page ${page + 1} is ${Math.round(f * 100)} % full`).toBeGreaterThanOrEqual(0.25));
    }
  });

  it('prints no notes section when there are no notes, rather than a page saying so', async () => {
    const input = longPlan(12);
    const text = pdfText(await reportPdf(input, fonts), 'report-no-notes');
    expect(text).not.toContain("Assessor's notes");
    expect(text).not.toContain('There are no notes');
    const withGeneral = pdfText(await reportPdf(longPlan(12, 'Visited the shop on a Monday.'), fonts), 'report-general-note');
    expect(withGeneral).toContain("Assessor's notes");
    expect(withGeneral).toContain('Visited the shop on a Monday.');
    expect(withGeneral).not.toContain('There are no notes');
  });

  it('keeps the running footer on one line for a 200-character company name: every page numbered right', async () => {
    const input = await reportInput(`${ROOT}/assessments/panaderia-la-espiga.yaml`, content);
    const name =
      'Panadería y Pastelería Artesana La Espiga Dorada de Valladolid, Obrador Tradicional, Cafetería y Tienda de Productos de la Tierra con Reparto a Domicilio en Toda la Provincia y Alrededores'.padEnd(
        200,
        ' y más',
      );
    expect(name).toHaveLength(200);
    pdfText(await reportPdf(input, fonts), 'report-short-name');
    const long: ReportInput = { ...input, assessment: { ...input.assessment, company: { ...input.assessment.company, name } } };
    pdfText(await reportPdf(long, fonts), 'report-long-name');
    const pages = Number(pdfInfo('report-long-name').Pages);
    expect(pages).toBe(Number(pdfInfo('report-short-name').Pages));
    for (let n = 2; n <= pages; n++) {
      const page = execFileSync(
        'pdftotext',
        ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), `${ARTIFACTS}/report-long-name.pdf`, '-'],
        { encoding: 'utf8' },
      );
      expect(page).toContain(`Página ${n} de ${pages}`);
      // One footer line: the report's name whole, the company's cut with an ellipsis.
      expect(page).toMatch(/^digimat · Informe de madurez del servicio digital · Panadería y Pastelería Artesana[^\n]*…$/m);
    }
    expect(
      pageFill('report-long-name')
        .slice(0, -1)
        .every((f) => f >= 0.25),
    ).toBe(true);
  });
});

/** An English report whose plan has `n` actions, one per question, for layout tests. */
function longPlan(n: number, notes?: string): ReportInput {
  const ids = Array.from({ length: n }, (_, i) => `act-${String(i + 1).padStart(2, '0')}`);
  const q = buildQuestionnaire(
    ids.map((id, i) => ({
      id: `q-${i}`,
      stage: i % 2 ? 'sales' : 'presence',
      kind: 'yesno' as const,
      prompt: `Question number ${i + 1} about the business?`,
      actions: [id],
    })),
  );
  const actions = new Map<string, Action>(
    ids.map((id, i) => [
      id,
      {
        id,
        stage: i % 2 ? 'sales' : 'presence',
        title: `Action ${id} with a reasonably long title to wrap`,
        description: `What to do for ${id}. `.repeat(6),
        impact: (i % 5) + 1,
        effort: ((i * 3) % 5) + 1,
      },
    ]),
  );
  const answers = Object.fromEntries(q.questions.map((x) => [x.id, { value: 'no' }]));
  return {
    assessment: {
      questionnaire: { id: 'test', version: 1, lang: 'en' },
      company: { name: 'Layout Ltd', sector: 'Retail', employees: 5, location: 'Huelva' },
      date: '2026-05-05',
      assessor: 'Test',
      publish: false,
      answers,
      ...(notes ? { notes } : {}),
    },
    questionnaire: q,
    result: assess(q, actions, { answers, company: { employees: 5 } }),
    actions,
  };
}
