import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ROOT, runDigimat } from '../helpers/run-cli.js';
import { buildOnce } from '../helpers/site-build.js';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Copies of the content and assessments to break, built from the repository with --content. */
function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'digimat-ws-'));
  for (const d of ['content', 'assessments']) cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  return dir;
}

describe('digimat build', () => {
  const site = buildOnce();

  it('writes every page kind in both languages', () => {
    for (const lang of ['es', 'en']) {
      for (const p of [
        'index.html',
        'questionnaire/digital-service/index.html',
        'results/digital-service/index.html',
        'course/index.html',
        'course/presence/being-found/index.html',
        'search/index.html',
        'worksheets/index.html',
      ]) {
        expect(existsSync(path.join(site, lang, p)), `${lang}/${p}`).toBe(true);
      }
    }
    for (const f of [
      'index.html',
      'sw.js',
      'manifest.webmanifest',
      'assets/js/questionnaire.js',
      'assets/js/results.js',
      'pagefind/pagefind-ui.js',
    ])
      expect(existsSync(path.join(site, f)), f).toBe(true);
  });

  it('references no other host from any page, script or stylesheet', () => {
    const offenders: string[] = [];
    for (const file of files(site).filter((f) => /\.(html|css|js|webmanifest)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      // Attributes and CSS that load something: src, href, url(), @import, fetch/import() of an absolute URL.
      for (const m of text.matchAll(
        /(?:src|href|action)\s*=\s*["']?(https?:)?\/\/[^"'\s>]+|url\(\s*["']?(?:https?:)?\/\/[^)]+\)|@import\s+["']?(?:https?:)?\/\/|fetch\(\s*["'`]https?:\/\//g,
      )) {
        offenders.push(`${path.relative(site, file)}: ${m[0].slice(0, 80)}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('puts a strict Content-Security-Policy on every page', () => {
    for (const file of files(site).filter((f) => f.endsWith('.html'))) {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
      expect(csp, file).toMatch(/default-src 'self'/);
      expect(csp).not.toMatch(/'unsafe-eval'|https?:|\*/);
    }
  });

  it('publishes only assessments marked publish: true, and keeps them out of the search index', () => {
    expect(existsSync(path.join(site, 'es/assessments/panaderia-la-espiga/index.html'))).toBe(true);
    expect(existsSync(path.join(site, 'en/assessments/suministros-norte'))).toBe(false);
    expect(existsSync(path.join(site, 'es/assessments/suministros-norte'))).toBe(false);
    const page = readFileSync(path.join(site, 'en/assessments/costa-trail-outfitters/index.html'), 'utf8');
    expect(page).not.toContain('data-pagefind-body');
    expect(page).toContain('Costa Trail Outfitters');
    const course = readFileSync(path.join(site, 'es/course/loyalty/after-sale/index.html'), 'utf8');
    expect(course).toContain('data-pagefind-body');
  });

  it('writes the search index whole: its UI script and stylesheet parse, its entry lists both languages', () => {
    // Regression: Pagefind's writeFiles once answered before flushing pagefind-ui.css, and closing
    // Pagefind cut the file at 8 KB; the index files are now taken in memory and written by us.
    const dir = path.join(site, 'pagefind');
    expect(() => new Script(readFileSync(path.join(dir, 'pagefind-ui.js'), 'utf8'))).not.toThrow();
    const css = readFileSync(path.join(dir, 'pagefind-ui.css'), 'utf8').trim();
    expect(css.length).toBeGreaterThan(8192);
    expect(css.endsWith('}')).toBe(true);
    expect((css.match(/\{/g) ?? []).length).toBe((css.match(/\}/g) ?? []).length);
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
    expect(entry.languages.es!.page_count).toBeGreaterThan(7);
  });

  it('names the service-worker cache by a hash of the build and precaches every page', () => {
    const sw = readFileSync(path.join(site, 'sw.js'), 'utf8');
    expect(sw).toMatch(/const CACHE = "digimat-[0-9a-f]{16}"/);
    for (const url of [
      'es/questionnaire/digital-service/',
      'en/results/digital-service/',
      'assets/js/results.js',
      'pagefind/pagefind-ui.js',
    ])
      expect(sw).toContain(`"${url}"`);
  });

  it('writes the blank worksheets in both languages and the report beside each published assessment', () => {
    for (const lang of ['es', 'en']) {
      // The journey map is written per questionnaire: its columns are that questionnaire's stages.
      for (const file of [`empathy-map.${lang}`, `buyer-persona.${lang}`, `customer-journey.digital-service.${lang}`]) {
        expect(
          readFileSync(path.join(site, `worksheets/${file}.pdf`))
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-');
      }
      expect(readFileSync(path.join(site, `${lang}/index.html`), 'utf8')).toContain(`href="../worksheets/empathy-map.${lang}.pdf"`);
    }
    const report = execFileSync('pdftotext', [path.join(site, 'en/assessments/costa-trail-outfitters/report.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(report).toContain('Digital service maturity report');
    expect(report).toContain('Costa Trail Outfitters');
    expect(readFileSync(path.join(site, 'en/assessments/costa-trail-outfitters/index.html'), 'utf8')).toContain('href="report.pdf"');
    expect(existsSync(path.join(site, 'es/assessments/suministros-norte/report.pdf'))).toBe(false);
  });

  it('includes private assessments only with --include-private', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'digimat-private-')), 'site');
    const r = runDigimat(['build', '-o', out, '--include-private']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(out, 'es/assessments/suministros-norte/index.html'))).toBe(true);
  });

  it('fails on a content error with path:line:col, exit 1, and leaves the previous site as it was', () => {
    const ws = workspace();
    const args = ['--content', `${ws}/content`, 'build', '--assessments', `${ws}/assessments`, '-o', `${ws}/_site`];
    expect(runDigimat(args).code).toBe(0);
    const before = readFileSync(path.join(ws, '_site/es/index.html'), 'utf8');
    writeFileSync(path.join(ws, '_site/marker.txt'), 'previous build');
    const q = path.join(ws, 'content/questionnaires/digital-service.es.yaml');
    writeFileSync(q, readFileSync(q, 'utf8').replace('    stage: sales\n', '    stage: venta\n'));
    const r = runDigimat(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^\/tmp\/\S+\/content\/questionnaires\/digital-service\.es\.yaml:\d+:12: unknown stage `venta`; known stages: presence, promotion, sales, loyalty \[unknown-stage\]$/m,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(path.join(ws, '_site/marker.txt'), 'utf8')).toBe('previous build');
    expect(readFileSync(path.join(ws, '_site/es/index.html'), 'utf8')).toBe(before);
    expect(readdirSync(ws).filter((f) => f.startsWith('_site'))).toEqual(['_site']);
  }, 60_000);

  it('fails on a broken page template with file:line:col, exit 1, leaving no site, search worker or staging folder', () => {
    const ws = workspace();
    cpSync(path.join(ROOT, 'templates'), path.join(ws, 'templates'), { recursive: true });
    const page = path.join(ws, 'templates/pages/course.hbs');
    const lines = readFileSync(page, 'utf8').split('\n').length;
    writeFileSync(page, `${readFileSync(page, 'utf8')}{{#if p.title}}\n`);
    // A worker thread left running would keep the process alive until spawnSync's time-out (code -1).
    const r = runDigimat(['build', '--templates', `${ws}/templates`, '-o', `${ws}/_site`]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^site build failed: \\S+/templates/pages/course\\.hbs:${lines + 1}:1: Expecting .+$`, 'm'));
    expect(existsSync(path.join(ws, '_site'))).toBe(false);
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith(`digimat-search-${r.pid}-`))).toEqual([]);
  }, 60_000);
});
