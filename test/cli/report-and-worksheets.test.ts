import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDigimat } from '../helpers/run-cli.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'digimat-report-'));

describe('digimat report', () => {
  it('writes one PDF per assessment with worker threads; a bad one is reported, the others written', () => {
    const out = tmp();
    const r = runDigimat(['report', 'assessments/panaderia-la-espiga.yaml', 'test/fixtures/errors/bad-answer.yaml', 'assessments/costa-trail-outfitters.yaml', 'assessments/suministros-norte.yaml', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim()).toBe('test/fixtures/errors/bad-answer.yaml:6:12: question `website` has no option `modern`; options: none, social-only, outdated, current [bad-answer]');
    expect(readdirSync(out).sort()).toEqual(['costa-trail-outfitters.pdf', 'panaderia-la-espiga.pdf', 'suministros-norte.pdf']);
    for (const f of readdirSync(out)) expect(readFileSync(path.join(out, f)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('says what changed for an assessment made on an older questionnaire version, in one process and in workers', () => {
    const out = tmp();
    const warning = /^assessments\/panaderia-la-espiga-2025\.yaml:6:48: warning: made on version 1, loaded under version 2 — 6 question\(s\) added since version 1 \(none answered here\): segmentation, .* \[older-version\]$/m;
    const one = runDigimat(['report', 'assessments/panaderia-la-espiga-2025.yaml', '--format', 'md', '-o', path.join(out, 'one.md')]);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stderr).toMatch(warning);
    const many = runDigimat(['report', 'assessments/panaderia-la-espiga-2025.yaml', 'assessments/costa-trail-outfitters.yaml', '--format', 'md', '-o', out]);
    expect(many.code, many.stderr).toBe(0);
    expect(many.stderr).toMatch(warning);
    // Only the older file warns.
    expect(many.stderr.match(/older-version/g)).toHaveLength(1);
  });

  it('writes Markdown and CSV on request', () => {
    const out = tmp();
    expect(runDigimat(['report', 'assessments/costa-trail-outfitters.yaml', '--format', 'md', '-o', path.join(out, 'r.md')]).code).toBe(0);
    const md = readFileSync(path.join(out, 'r.md'), 'utf8');
    expect(md).toMatch(/^# Digital service maturity report: Costa Trail Outfitters$/m);
    expect(md).toContain('| Loyalty and after-sale | 8.8 | Initial | 12/12 |');
    expect(runDigimat(['report', 'assessments/costa-trail-outfitters.yaml', '--format', 'csv', '-o', path.join(out, 'plan.csv')]).code).toBe(0);
    const csv = readFileSync(path.join(out, 'plan.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('action,title,stage,priority,horizon,impact,effort,category,reasons');
    expect(csv[1]).toBe("review-program,Ask for reviews and answer every one,promotion,50.00,30d,5,1,,What do you do with customers' online reviews? — We read them but do not ask for them");
    const json = JSON.parse(runDigimat(['score', 'assessments/costa-trail-outfitters.yaml', '--json']).stdout);
    expect(csv.filter(Boolean).length - 1).toBe(json.plan.length);
  });

  it('writes the three worksheets, blank and filled', () => {
    const out = tmp();
    expect(runDigimat(['worksheets', '--lang', 'en', '-o', out]).code).toBe(0);
    expect(runDigimat(['worksheets', '--assessment', 'assessments/panaderia-la-espiga.yaml', '-o', out]).code).toBe(0);
    for (const f of ['empathy-map.blank.en.pdf', 'buyer-persona.blank.en.pdf', 'customer-journey.blank.en.pdf', 'empathy-map.panaderia-la-espiga.es.pdf']) expect(existsSync(path.join(out, f)), f).toBe(true);
  });
});
