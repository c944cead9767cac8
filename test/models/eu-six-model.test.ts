import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runDigimat } from '../helpers/run-cli.js';

/**
 * A second model in its own words: six EU-style dimensions, English only, its own actions and no
 * funding scheme. It must validate, score and report alone and beside the bundled model.
 */
const FIXTURE = 'test/fixtures/models/eu-six';
const ALONE = `${FIXTURE}/content`;
const ASSESSMENT = `${FIXTURE}/assessments/northwind-studio.yaml`;
const TITLE = 'Six-dimension digital maturity report';
const STAGES = [
  'Digital business strategy',
  'Digital readiness',
  'Human-centric digitalisation',
  'Data management and governance',
  'Automation and artificial intelligence',
  'Green digitalisation',
];
/** Words of the bundled model that another model's documents must not carry. */
const BUNDLED_WORDS = [/Kit Digital/, /every link/, /customer journey/i, /Digital service maturity/i, /eslabón/];

const tmp = (prefix: string) => mkdtempSync(path.join(tmpdir(), `digimat-${prefix}-`));

/** A content folder holding the bundled model and eu-six side by side. */
function besideContent(): string {
  const dir = path.join(tmp('beside'), 'content');
  cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  cpSync(path.join(ROOT, ALONE), dir, { recursive: true });
  return dir;
}

const pdfText = (file: string, ...args: string[]) => execFileSync('pdftotext', ['-enc', 'UTF-8', ...args, file, '-'], { encoding: 'utf8' });

describe.each([
  ['alone', () => ALONE],
  ['beside the bundled model', besideContent],
])('the eu-six model %s', (_, contentDir) => {
  const content = contentDir();

  it('validates with its English-only questionnaire and library', () => {
    const r = runDigimat(['--content', content, 'validate', content, `${FIXTURE}/assessments`]);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('valid (0 warning(s))');
    expect(r.code).toBe(0);
  });

  it('scores six dimensions with no funnel factor and no funding scheme', () => {
    const r = runDigimat(['--content', content, 'score', '--json', ASSESSMENT]);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.stages.map((s: { title: string }) => s.title)).toEqual(STAGES);
    expect(json.overall.score).toBe(47);
    expect(json.weakest).toBe('strategy');
    expect(json.plan.length).toBeGreaterThan(5);
    for (const item of json.plan) {
      expect(item.funding).toBeNull();
      // No funnel factor: the priority is the gap times the value alone.
      expect(item.priority).toBeCloseTo((item.gap * (item.impact + 1)) / (item.effort + 1), 1);
    }
    // Its own `automated-answers`, not the bundled action of the same id (a loyalty action there).
    const own = json.plan.find((i: { action: string }) => i.action === 'automated-answers');
    expect(own).toMatchObject({ stage: 'automation', title: 'Let software draft the routine replies' });
  });

  it("writes a Markdown report titled in its own words, with resources and without the bundled model's words", () => {
    const out = path.join(tmp('md'), 'r.md');
    const r = runDigimat(['--content', content, 'report', '--format', 'md', '-o', out, ASSESSMENT]);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md.split('\n')[0]).toBe(`# ${TITLE}: Northwind Design Studio`);
    for (const words of BUNDLED_WORDS) expect(md).not.toMatch(words);
    // The weakest dimension is named, with no chain sentence after it: these stages are not a funnel.
    expect(md).toMatch(/## .*\n\nDigital business strategy has the lowest score\.\n\n## /);
    expect(md).toContain('   - [Backup checklist](https://example.org/backup-checklist)');
  });

  it('writes a PDF whose title, cover and footers carry its title, never "Kit Digital"', () => {
    const out = path.join(tmp('pdf'), 'r.pdf');
    const r = runDigimat(['--content', content, 'report', '-o', out, ASSESSMENT]);
    expect(r.code, r.stderr).toBe(0);
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`^Title: +${TITLE} — Northwind Design Studio$`, 'm'));
    const text = pdfText(out);
    const squashed = text.replace(/\s+/g, ' ');
    expect(text.split('\n').filter((l) => l.includes(`digimat · ${TITLE} · Northwind Design Studio`)).length).toBeGreaterThan(2);
    for (const words of BUNDLED_WORDS) expect(squashed).not.toMatch(words);
    for (const title of STAGES) expect(squashed).toContain(title);
    expect(squashed).toContain('Digital business strategy has the lowest score.');
    expect(squashed).toContain('Backup checklist — https://example.org/backup-checklist');
    // Every page renders.
    const dir = tmp('png');
    execFileSync('pdftoppm', ['-r', '30', '-png', out, path.join(dir, 'p')]);
    expect(readdirSync(dir).length).toBeGreaterThan(3);
  });
});

describe('the bundled model beside eu-six', () => {
  it('scores and reports exactly as with the bundled content alone', () => {
    const content = besideContent();
    for (const file of ['assessments/panaderia-la-espiga.yaml', 'assessments/costa-trail-outfitters.yaml']) {
      expect(runDigimat(['--content', content, 'score', '--json', file]).stdout).toBe(runDigimat(['score', '--json', file]).stdout);
      const a = path.join(tmp('md'), 'r.md');
      const b = path.join(tmp('md'), 'r.md');
      expect(runDigimat(['--content', content, 'report', '--format', 'md', '-o', a, file]).code).toBe(0);
      expect(runDigimat(['report', '--format', 'md', '-o', b, file]).code).toBe(0);
      expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
      // The bundled model keeps its own words: its report title and its funding scheme's name.
      expect(readFileSync(a, 'utf8')).toMatch(/^# (Digital service maturity report|Informe de madurez del servicio digital): /);
      expect(readFileSync(a, 'utf8')).toContain('Kit Digital: ');
    }
  }, 180_000);
});

describe('a site of the eu-six model alone', () => {
  it('builds its English pages, its published report and its own blank journey map', () => {
    const out = path.join(tmp('site'), 'site');
    const r = runDigimat(['--content', ALONE, 'build', '--assessments', `${FIXTURE}/assessments`, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    for (const page of [
      'en/index.html',
      'en/questionnaire/eu-six/index.html',
      'en/results/eu-six/index.html',
      'en/assessments/northwind-studio/index.html',
    ]) {
      expect(existsSync(path.join(out, page)), page).toBe(true);
    }
    const report = pdfText(path.join(out, 'en/assessments/northwind-studio/report.pdf'));
    expect(report).toContain(TITLE);
    expect(report).not.toMatch(/Kit Digital/);
    const journey = pdfText(path.join(out, 'worksheets/customer-journey.eu-six.en.pdf')).replace(/\s+/g, ' ');
    for (const title of STAGES) expect(journey).toContain(title);
    expect(readdirSync(path.join(out, 'worksheets')).filter((f) => f.startsWith('customer-journey'))).toEqual([
      'customer-journey.eu-six.en.pdf',
    ]);
  }, 120_000);
});
