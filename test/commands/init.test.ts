import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initCommand } from '../../src/commands/init.js';
import type { CommandIo } from '../../src/commands/io.js';
import { WriteRefusedError } from '../../src/core/errors.js';
import { runDigimat } from '../helpers/run-cli.js';

function collector(): CommandIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l) };
}

const scratch = () => mkdtempSync(path.join(tmpdir(), 'digimat-init-'));
const version = (JSON.parse(readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

describe('digimat init', () => {
  it('writes a skeleton site in Spanish that validates and builds with the real CLI, from inside the new folder', async () => {
    const site = path.join(scratch(), 'mi-sitio');
    const io = collector();
    expect(await initCommand({ folder: site, lang: 'es', example: false }, io)).toBe(0);
    expect(readdirSync(site).sort()).toEqual(['.gitignore', 'README.md', 'assessments', 'content', 'package.json']);
    const pkg = JSON.parse(readFileSync(path.join(site, 'package.json'), 'utf8'));
    expect(pkg.dependencies).toEqual({ digimat: `^${version}` });
    expect(pkg.scripts).toEqual({ start: 'digimat serve', build: 'digimat build', test: 'digimat validate', check: 'digimat validate' });
    expect(readFileSync(path.join(site, '.gitignore'), 'utf8')).toMatch(/^_site\/$/m);
    const readme = readFileSync(path.join(site, 'README.md'), 'utf8');
    expect(readme).toContain('# mi-sitio');
    expect(readme).toContain('cp node_modules/digimat/templates/pages/home.hbs templates/pages/home.hbs');
    // The editor's schema hint points into the installed package, not into a digimat checkout.
    const questionnaire = readFileSync(path.join(site, 'content/questionnaires/mi-modelo.es.yaml'), 'utf8');
    expect(questionnaire).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/node_modules\/digimat\/schema\/questionnaire\.schema\.json$/m,
    );

    const validate = runDigimat(['validate'], site);
    expect(validate.stderr + validate.stdout).toContain('valid (0 warning(s))');
    expect(validate.code).toBe(0);
    const build = runDigimat(['build'], site);
    expect(build.stderr).toMatch(/^built _site: \d+ pages/m);
    expect(build.code).toBe(0);
    expect(readFileSync(path.join(site, '_site/es/index.html'), 'utf8')).toContain('Mi modelo de madurez');
  }, 60_000);

  it('with --example copies the bundled questionnaire, actions and course in the chosen language only', async () => {
    const site = path.join(scratch(), 'example');
    expect(await initCommand({ folder: site, lang: 'en', example: true }, collector())).toBe(0);
    expect(readdirSync(path.join(site, 'content/questionnaires'))).toEqual(['digital-service.en.yaml']);
    expect(readdirSync(path.join(site, 'content/actions'))).toEqual(['actions.en.yaml']);
    expect(readdirSync(path.join(site, 'content/course')).sort()).toEqual(['en', 'modules.yaml']);
    expect(readFileSync(path.join(site, 'README.md'), 'utf8')).toContain('Change how a page looks');
    const r = runDigimat(['validate'], site);
    expect(r.code).toBe(0);
  }, 60_000);

  it('leaves a site where every command works, with relative paths inside it and absolute ones from elsewhere', async () => {
    const site = path.join(scratch(), 'consultoria');
    expect(await initCommand({ folder: site, lang: 'es', example: true }, collector())).toBe(0);
    expect(runDigimat(['new', 'acme'], site).code).toBe(0);
    const abs = path.join(site, 'assessments/acme.yaml');
    const elsewhere = scratch();
    const content = path.join(site, 'content');
    for (const [args, cwd] of [
      [['score', 'assessments/acme.yaml'], site],
      [['--content', content, 'score', abs, '--json'], elsewhere],
      [['validate', abs, '--assessments', path.join(site, 'assessments')], site],
      [['--content', content, 'report', abs, '--format', 'md', '-o', path.join(elsewhere, 'acme.md')], elsewhere],
      [['--content', content, 'worksheets', '--assessment', abs, '-o', path.join(elsewhere, 'hojas')], elsewhere],
    ] as [string[], string][]) {
      const r = runDigimat(args, cwd);
      expect(r.stderr, args.join(' ')).not.toMatch(/internal error|ENOENT/);
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
    }
    expect(existsSync(path.join(elsewhere, 'acme.md'))).toBe(true);
    expect(readdirSync(path.join(elsewhere, 'hojas')).length).toBeGreaterThan(0);
  }, 90_000);

  it('refuses a folder that holds files, with exit 1 and no file written', async () => {
    const site = scratch();
    writeFileSync(path.join(site, 'notes.txt'), 'mine');
    await expect(initCommand({ folder: site, lang: 'es', example: false }, collector())).rejects.toThrow(WriteRefusedError);
    const r = runDigimat(['init', site]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not empty \(it holds notes\.txt\); choose a new or empty folder/);
    expect(readdirSync(site)).toEqual(['notes.txt']);
    // Nothing left beside it either (the staging folder is removed).
    expect(readdirSync(path.dirname(site)).filter((n) => n.startsWith(`.${path.basename(site)}.init-`))).toEqual([]);
  });

  it('accepts a folder holding only dotfiles and keeps them, its own .gitignore included', async () => {
    const site = scratch();
    mkdirSync(path.join(site, '.git'));
    writeFileSync(path.join(site, '.gitignore'), 'mine/\n');
    expect(await initCommand({ folder: site, lang: 'es', example: false }, collector())).toBe(0);
    expect(readFileSync(path.join(site, '.gitignore'), 'utf8')).toBe('mine/\n');
    expect(existsSync(path.join(site, 'content/questionnaires/mi-modelo.es.yaml'))).toBe(true);
    expect(existsSync(path.join(site, '.git'))).toBe(true);
  });
});
