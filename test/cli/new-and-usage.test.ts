import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/run-cli.js';

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'digimat-'));
  cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  cpSync(path.join(ROOT, 'schema'), path.join(dir, 'schema'), { recursive: true });
  return dir;
}

describe('digimat new', () => {
  it('writes an assessment listing every question that validates and scores as empty', async () => {
    const dir = workspace();
    const r = await runInProcess(['new', 'ferreteria-sol', '--lang', 'es'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('wrote assessments/ferreteria-sol.yaml (40 questions');
    const text = readFileSync(path.join(dir, 'assessments/ferreteria-sol.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/assessment.schema.json');
    expect(text).toContain('  # ¿Qué tipo de web tiene la empresa?');
    expect(text.match(/^ {2}[a-z0-9-]+:$/gm)?.length).toBe(40);
    expect((await runInProcess(['validate'], dir)).code).toBe(0);
    const scored = JSON.parse((await runInProcess(['score', 'assessments/ferreteria-sol.yaml', '--json'], dir)).stdout);
    expect(scored.overall.score).toBeNull();
    expect(scored.stages.every((s: { answered: number }) => s.answered === 0)).toBe(true);
  });

  it('leaves the head count empty (unknown size, warned) and offers the worksheets commented out', async () => {
    const dir = workspace();
    await runInProcess(['new', 'taller', '--lang', 'es'], dir);
    const file = path.join(dir, 'assessments/taller.yaml');
    const text = readFileSync(file, 'utf8');
    // Not 0, which would quietly put the company in the 0-2 segment.
    expect(text).toMatch(/^ {2}employees: +# .+$/m);
    const v = await runInProcess(['validate', 'assessments/taller.yaml'], dir);
    expect(v.stderr).toContain(
      'assessments/taller.yaml:10:3: warning: the number of employees is empty, so the plan is not sized to the company until you fill it in [unknown-size]',
    );
    // Uncommenting the skeleton gives worksheets that validate once filled in.
    const skeleton = text.slice(text.indexOf('# worksheets:')).replace(/^# ?/gm, '');
    expect(skeleton).toMatch(/^worksheets:\n {2}persona:/);
    writeFileSync(
      file,
      `${text.slice(0, text.indexOf('# worksheets:'))}${skeleton.replace('name: ""', 'name: Marta').replace('profile: ""', 'profile: Marta').replace('  employees:', '  employees: 4')}`.replace(
        /^ {2}employees: +#.*$/m,
        '  employees: 4',
      ),
    );
    const filled = await runInProcess(['validate', 'assessments/taller.yaml'], dir);
    expect(filled.stdout).toBe('');
    expect(filled.stderr).not.toContain('unknown-size');
    expect(filled.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('\nworksheets:\n  persona:\n    name: Marta\n');
  });

  it('fills in a template and scores it', async () => {
    const dir = workspace();
    await runInProcess(['new', 'shop', '--lang', 'en'], dir);
    const file = path.join(dir, 'assessments/shop.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/^ {2}website:$/m, '  website: current')
        .replace(/^ {2}reviews:$/m, '  reviews: nothing'),
    );
    const j = JSON.parse((await runInProcess(['score', 'assessments/shop.yaml', '--json'], dir)).stdout);
    expect(j.stages[0].score).toBe(100);
    expect(j.stages[1].score).toBe(0);
    expect(j.plan.map((p: { action: string }) => p.action)).toEqual(['review-program']);
  });

  it('refuses to overwrite an existing assessment', async () => {
    const dir = workspace();
    expect((await runInProcess(['new', 'acme'], dir)).code).toBe(0);
    const file = path.join(dir, 'assessments/acme.yaml');
    writeFileSync(file, 'precious: true\n');
    const again = await runInProcess(['new', 'acme'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe('assessments/acme.yaml already exists; choose another slug or delete the file first');
    expect(readFileSync(file, 'utf8')).toBe('precious: true\n');
  });
});

describe('usage', () => {
  it.each([['validate'], ['score'], ['new']])('%s --help explains the command and exits 0', async (cmd) => {
    const r = await runInProcess([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: digimat ${cmd}`);
  });

  it.each([
    [['score'], "missing required argument 'assessment'"],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['new', 'x', '--lang', 'French'], "argument 'French' is invalid"],
    // Any language tag is accepted; the bundled content simply has no French questionnaire.
    [['new', 'x', '--lang', 'fr'], 'no questionnaire in `fr`'],
    [['score', 'a.yaml', '--colour'], "unknown option '--colour'"],
    [['new', 'Bad Slug'], 'slug `Bad Slug` must use lower-case letters'],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const r = await runInProcess(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
