import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runDigimat } from '../helpers/run-cli.js';

/** A site folder outside the repository: a copy of the bundled content and assessments. */
function siteFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'digimat-elsewhere-'));
  for (const d of ['content', 'assessments']) cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  return dir;
}

describe('digimat build outside the repository', () => {
  it('builds from the site folder with relative paths (was: internal error ENOENT templates/pages/root.hbs, exit 70)', () => {
    const dir = siteFolder();
    const r = runDigimat(['build'], dir);
    expect(r.stderr).not.toMatch(/internal error|ENOENT/);
    expect(r.stderr).toMatch(/^built _site: \d+ pages/m);
    expect(r.code).toBe(0);
    // Templates, styles and page scripts come from the package.
    for (const f of ['index.html', 'es/index.html', 'assets/site.css', 'assets/js/site.js', 'assets/wasm/zxing_reader.wasm'])
      expect(existsSync(path.join(dir, '_site', f)), f).toBe(true);
  }, 60_000);

  it('builds absolute --content and --assessments outside the repository from a third folder (was: entry._pages is not iterable)', () => {
    const dir = siteFolder();
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'digimat-cwd-'));
    const out = path.join(elsewhere, 'out');
    const r = runDigimat(
      ['build', '--content', path.join(dir, 'content'), '--assessments', path.join(dir, 'assessments'), '-o', out],
      elsewhere,
    );
    expect(r.stderr).not.toMatch(/internal error|not iterable|\n\s+at /);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(out, 'es/course/sales/easy-purchase/index.html'), 'utf8')).toContain('<main');
  }, 60_000);

  it('takes one overridden template from the site\'s templates/ and every other file from the package (was: "A configuration file was specified but not found: .eleventy.js")', () => {
    const dir = siteFolder();
    mkdirSync(path.join(dir, 'templates/pages'), { recursive: true });
    const home = readFileSync(path.join(ROOT, 'templates/pages/home.hbs'), 'utf8');
    writeFileSync(path.join(dir, 'templates/pages/home.hbs'), `<p id="own-home">Our own home page</p>\n${home}`);
    mkdirSync(path.join(dir, 'templates/assets'), { recursive: true });
    writeFileSync(path.join(dir, 'templates/assets/site.css'), 'body { color: rebeccapurple }\n');
    const r = runDigimat(['build', '--templates', 'templates'], dir);
    expect(r.stderr).not.toMatch(/configuration file|internal error/);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, '_site/es/index.html'), 'utf8')).toContain('<p id="own-home">Our own home page</p>');
    expect(readFileSync(path.join(dir, '_site/assets/site.css'), 'utf8')).toBe('body { color: rebeccapurple }\n');
    // Pages whose template was not copied keep the bundled one, and the other assets are still there.
    expect(readFileSync(path.join(dir, '_site/es/course/sales/easy-purchase/index.html'), 'utf8')).not.toContain('own-home');
    expect(existsSync(path.join(dir, '_site/assets/print.css'))).toBe(true);
  }, 60_000);

  it('reads no Eleventy configuration file from the folder it runs in', () => {
    const dir = siteFolder();
    writeFileSync(path.join(dir, 'eleventy.config.js'), 'throw new Error("the user\'s own config was loaded");\n');
    const r = runDigimat(['build'], dir);
    expect(r.stderr).not.toContain('own config was loaded');
    expect(r.code).toBe(0);
  }, 60_000);
});
