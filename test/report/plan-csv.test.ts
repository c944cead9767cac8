import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/assess.js';
import type { Action } from '../../src/core/model.js';
import { planByHorizon } from '../../src/core/plan.js';
import { loadContent } from '../../src/node/load-content.js';
import { reportInput } from '../../src/node/render-report.js';
import type { ReportInput } from '../../src/pdf/report-input.js';
import { planCsv } from '../../src/report/plan-csv.js';
import { buildQuestionnaire } from '../helpers/build-questionnaire.js';
import { ROOT } from '../helpers/run-cli.js';
import { openCsv, SPREADSHEET_LOCALES } from '../helpers/spreadsheet-csv.js';

const content = await loadContent(`${ROOT}/content`);
const bytes = (input: ReportInput) => new TextEncoder().encode(planCsv(input));
const HEADER = ['rank', 'action', 'title', 'stage', 'priority', 'horizon', 'impact', 'effort', 'category', 'reasons'];

describe('plan CSV', () => {
  it('opens in a Spanish spreadsheet with every accent, one column per field and priorities as numbers', async () => {
    const input = await reportInput(`${ROOT}/assessments/panaderia-la-espiga.yaml`, content);
    const file = bytes(input);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const sheet = openCsv(file, SPREADSHEET_LOCALES['es-ES']);
    expect(sheet[0]).toEqual(HEADER);
    const items = planByHorizon(input.result.plan, { later: true }).flatMap((g) => g.items);
    expect(items.some((i) => i.horizon === 'later')).toBe(true);
    expect(sheet.slice(1)).toHaveLength(items.length);
    sheet.slice(1).forEach((row, i) => {
      const item = items[i]!;
      expect(row).toHaveLength(HEADER.length);
      expect(row.slice(0, 4)).toEqual([item.rank, item.action, item.title, item.stage]);
      expect(row[4]).toBeCloseTo(item.priority, 2);
      expect(row.slice(5, 8)).toEqual([item.horizon, item.impact, item.effort]);
    });
    // Spanish text survives: accents, ¿ and the dash between question and answer; the reasons, joined
    // with `;`, stay in one cell.
    const reasons = sheet.slice(1).map((r) => r[9]);
    expect(reasons).toContain('¿Qué haces con las opiniones de los clientes en internet? — Las leemos, pero no las pedimos');
    expect(reasons.some((r) => typeof r === 'string' && r.includes('; ¿'))).toBe(true);
    expect(sheet.slice(1).map((r) => r[8])).toContain('Sitio web y presencia básica en Internet');
  });

  it('opens in an English spreadsheet with `,` between fields and `.` as the decimal mark', async () => {
    const input = await reportInput(`${ROOT}/assessments/costa-trail-outfitters.yaml`, content);
    const text = planCsv(input);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${HEADER.join(',')}`);
    const sheet = openCsv(bytes(input), SPREADSHEET_LOCALES['en-GB']);
    expect(sheet[1]).toEqual([
      1,
      'review-program',
      'Ask for reviews and answer every one',
      'promotion',
      50,
      '30d',
      5,
      1,
      '',
      "What do you do with customers' online reviews? — We read them but do not ask for them",
    ]);
    expect(sheet.every((r) => r.length === HEADER.length)).toBe(true);
  });

  it('keeps separators, quotes and line breaks inside one cell, and never lets a title run as a formula', () => {
    const titles = ['Prices; shipping, "all in"', 'Two\nlines', '=HYPERLINK("x")', '-20 % on returns', '+34 900 000 000', '@team'];
    const ids = titles.map((_, i) => `act-${i}`);
    const q = {
      ...buildQuestionnaire(
        ids.map((id, i) => ({
          id: `q-${i}`,
          stage: 'presence',
          kind: 'yesno' as const,
          prompt: `Question ${i}; "quoted"?`,
          actions: [id],
        })),
      ),
      lang: 'es' as const,
    };
    const actions = new Map<string, Action>(
      ids.map((id, i) => [id, { id, stage: 'presence', title: titles[i]!, description: '', impact: 3, effort: 2 }]),
    );
    const answers = Object.fromEntries(q.questions.map((x) => [x.id, { value: 'no' }]));
    const input: ReportInput = {
      assessment: {
        questionnaire: { id: 'test', version: 1, lang: 'es' },
        company: { name: 'X', sector: '', employees: 3, location: '' },
        date: '2026-05-05',
        assessor: '',
        publish: false,
        answers,
      },
      questionnaire: q,
      result: assess(q, actions, { answers, company: { employees: 3 } }),
      actions,
    };
    const sheet = openCsv(bytes(input), SPREADSHEET_LOCALES['es-ES']);
    expect(sheet).toHaveLength(titles.length + 1);
    const shown = new Map(sheet.slice(1).map((r) => [r[1], r]));
    titles.forEach((title, i) => {
      const row = shown.get(`act-${i}`)!;
      expect(row).toHaveLength(HEADER.length);
      expect(row[2]).toBe(/^[=+\-@]/.test(title) ? `'${title}` : title);
      expect(row[9]).toBe(`Question ${i}; "quoted"? — No`);
    });
  });
});
