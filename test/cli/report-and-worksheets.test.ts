import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-cli.js';
import { openCsv, SPREADSHEET_LOCALES } from '../helpers/spreadsheet-csv.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'digimat-report-'));

describe('digimat report', () => {
  it('writes one PDF per assessment with worker threads; a bad one is reported, the others written', async () => {
    const out = tmp();
    const r = await runInProcess([
      'report',
      'assessments/panaderia-la-espiga.yaml',
      'test/fixtures/errors/bad-answer.yaml',
      'assessments/costa-trail-outfitters.yaml',
      'assessments/suministros-norte.yaml',
      '-o',
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim()).toBe(
      'test/fixtures/errors/bad-answer.yaml:6:12: question `website` has no option `modern`; options: none, social-only, outdated, current [bad-answer]',
    );
    expect(readdirSync(out).sort()).toEqual(['costa-trail-outfitters.pdf', 'panaderia-la-espiga.pdf', 'suministros-norte.pdf']);
    for (const f of readdirSync(out)) expect(readFileSync(path.join(out, f)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('says what changed for an assessment made on an older questionnaire version, in one process and in workers', async () => {
    const out = tmp();
    const warning =
      /^assessments\/panaderia-la-espiga-2025\.yaml:6:48: warning: made on version 1, loaded under version 2 — 6 question\(s\) added since version 1 \(none answered here\): segmentation, .* \[older-version\]$/m;
    const one = await runInProcess([
      'report',
      'assessments/panaderia-la-espiga-2025.yaml',
      '--format',
      'md',
      '-o',
      path.join(out, 'one.md'),
    ]);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stderr).toMatch(warning);
    const many = await runInProcess([
      'report',
      'assessments/panaderia-la-espiga-2025.yaml',
      'assessments/costa-trail-outfitters.yaml',
      '--format',
      'md',
      '-o',
      out,
    ]);
    expect(many.code, many.stderr).toBe(0);
    expect(many.stderr).toMatch(warning);
    // Only the older file warns.
    expect(many.stderr.match(/older-version/g)).toHaveLength(1);
  });

  it.each(['assessments/panaderia-la-espiga.yaml', 'test/fixtures/incomplete/two-answers.yaml'])(
    'the PDF summary says what `digimat score` says: %s',
    async (file) => {
      const out = tmp();
      expect((await runInProcess(['report', file, '-o', path.join(out, 'r.pdf')])).code).toBe(0);
      const page2 = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '2', '-l', '2', path.join(out, 'r.pdf'), '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, ' ');
      const table = (await runInProcess(['score', file])).stdout.split('\n');
      const json = JSON.parse((await runInProcess(['score', file, '--json'])).stdout);
      // Each stage's score cell (figure and open range, in the language's format) and its level or what is missing.
      for (const stage of json.stages) {
        const row = table.find((l) => l.startsWith(`${stage.title}  `))!;
        const [, score, verdict] = row.split(/ {2,}/);
        expect(page2).toContain(`${stage.title} ${score} ${verdict}`);
      }
      // The start-here actions with the same one-line reason, in the same order.
      const start = table
        .slice(table.indexOf('Por dónde empezar') + 1)
        .filter((l) => l.startsWith('  - '))
        .map((l) => l.slice(4));
      expect(start).toHaveLength(json.startHere.length);
      let at = 0;
      start.forEach((line, n) => {
        const [title, reason] = line.split(' — ');
        const rank = json.plan.find((p: { title: string }) => p.title === title).rank;
        // numbered 1-3 in its own order; the plan rank follows the reason in words
        const found = page2.indexOf(`${n + 1}. ${title} ${reason} · Prioridad ${rank} de ${json.plan.length}`, at);
        expect(found, line).toBeGreaterThan(at - 1);
        at = found;
      });
    },
  );

  it('writes Markdown and CSV on request', async () => {
    const out = tmp();
    expect(
      (await runInProcess(['report', 'assessments/costa-trail-outfitters.yaml', '--format', 'md', '-o', path.join(out, 'r.md')])).code,
    ).toBe(0);
    const md = readFileSync(path.join(out, 'r.md'), 'utf8');
    expect(md).toMatch(/^# Digital service maturity report: Costa Trail Outfitters$/m);
    expect(md).toContain('| Loyalty and after-sale | 8.8 | Initial | 12/12 |');
    expect(
      (await runInProcess(['report', 'assessments/costa-trail-outfitters.yaml', '--format', 'csv', '-o', path.join(out, 'plan.csv')])).code,
    ).toBe(0);
    const csv = openCsv(readFileSync(path.join(out, 'plan.csv')), SPREADSHEET_LOCALES['en-GB']);
    expect(csv[0]).toEqual(['rank', 'action', 'title', 'stage', 'priority', 'horizon', 'impact', 'effort', 'category', 'reasons']);
    expect(csv[1]).toEqual([
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
    const json = JSON.parse((await runInProcess(['score', 'assessments/costa-trail-outfitters.yaml', '--json'])).stdout);
    expect(csv.length - 1).toBe(json.plan.length);
  });

  it('writes a Spanish plan CSV that a spreadsheet set to Spanish opens in columns, with decimal commas', async () => {
    const out = tmp();
    expect(
      (await runInProcess(['report', 'assessments/panaderia-la-espiga.yaml', '--format', 'csv', '-o', path.join(out, 'plan.csv')])).code,
    ).toBe(0);
    const csv = openCsv(readFileSync(path.join(out, 'plan.csv')), SPREADSHEET_LOCALES['es-ES']);
    const json = JSON.parse((await runInProcess(['score', 'assessments/panaderia-la-espiga.yaml', '--json'])).stdout);
    expect(csv.length - 1).toBe(json.plan.length);
    for (const row of csv.slice(1)) {
      expect(row).toHaveLength(10);
      expect(typeof row[4]).toBe('number');
    }
    // The whole plan, the later list too, each action at the rank `score --json` gives it.
    expect(
      csv
        .slice(1)
        .map((r) => r[0])
        .sort((a, b) => Number(a) - Number(b)),
    ).toEqual(json.plan.map((_: unknown, i: number) => i + 1));
    expect(
      csv
        .slice(1)
        .map((r) => r[2])
        .sort(),
    ).toEqual(json.plan.map((p: { title: string }) => p.title).sort());
  });

  it('writes the three worksheets, blank and filled', async () => {
    const out = tmp();
    expect((await runInProcess(['worksheets', '--lang', 'en', '-o', out])).code).toBe(0);
    expect((await runInProcess(['worksheets', '--assessment', 'assessments/panaderia-la-espiga.yaml', '-o', out])).code).toBe(0);
    for (const f of [
      'empathy-map.blank.en.pdf',
      'buyer-persona.blank.en.pdf',
      'customer-journey.blank.en.pdf',
      'empathy-map.panaderia-la-espiga.es.pdf',
    ])
      expect(existsSync(path.join(out, f)), f).toBe(true);
  });
});
