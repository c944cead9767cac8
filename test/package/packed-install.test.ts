import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

/**
 * The package as a user gets it: `npm pack` of this checkout, installed into an empty folder without
 * network, then used from there only. Everything below runs with its working directory in the
 * temporary folder and the bin that npm linked there; the repository checkout is read only to pack
 * it and to take the dependency versions from its lockfile.
 */

// The environment of `npm test` names the checkout (npm_package_json, npm_config_*): leave it out.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
const PORT = 8150;

function run(cmd: string, args: string[], cwd: string, timeout = 120_000) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout });
  return { code: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/**
 * A lockfile for a project depending on the tarball alone: the checkout's own entries for every
 * runtime dependency (versions and integrity hashes npm already holds in its cache from `npm ci`),
 * so `npm ci --offline` installs without asking the registry for package lists.
 */
function lockFor(tarball: string): object {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; link?: boolean }>;
  };
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const packages: Record<string, unknown> = {
    '': { name: 'packed-digimat', dependencies: { digimat: tarball } },
    'node_modules/digimat': {
      version: pkg.version,
      resolved: tarball,
      license: pkg.license,
      dependencies: pkg.dependencies,
      bin: pkg.bin,
      engines: pkg.engines,
    },
  };
  for (const [key, entry] of Object.entries(lock.packages)) if (key && !entry.dev && !entry.link) packages[key] = entry;
  return { name: 'packed-digimat', lockfileVersion: 3, requires: true, packages };
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const got = await probe();
    if (got !== undefined) return got;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function pageTitle(url: string): Promise<string | undefined> {
  const res = await fetch(url).catch(() => undefined);
  if (!res?.ok) return undefined;
  return /<title>([^<]*)<\/title>/.exec(await res.text())?.[1];
}

/** Every file under `dir` whose text names `needle`. */
function filesNaming(dir: string, needle: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.wasm') && !e.name.endsWith('.pdf'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => readFileSync(f, 'utf8').includes(needle));
}

describe('the packed package, installed in an empty folder', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'digimat-packed-'));
  const user = path.join(home, 'user');
  const site = path.join(user, 'my-site');
  const bin = path.join(user, 'node_modules/.bin/digimat');
  let serving: ChildProcess | undefined;

  beforeAll(() => {
    // --ignore-scripts: `npm test` compiled dist/ (bundles included) just before; `prepare` would
    // compile again into the dist/ that other test files are running at the same time.
    const packed = run('npm', ['pack', '--ignore-scripts', '--pack-destination', home, '--silent'], ROOT);
    expect(packed.code, packed.out).toBe(0);
    const tarball = `file:../${packed.out.trim().split('\n').at(-1)}`;
    mkdirSync(user);
    writeFileSync(
      path.join(user, 'package.json'),
      `${JSON.stringify({ name: 'packed-digimat', private: true, dependencies: { digimat: tarball } }, null, 2)}\n`,
    );
    writeFileSync(path.join(user, 'package-lock.json'), `${JSON.stringify(lockFor(tarball), null, 2)}\n`);
    const installed = run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], user);
    expect(installed.code, installed.out).toBe(0);
  }, 120_000);

  afterAll(async () => {
    serving?.kill('SIGKILL');
    // The installed dependencies weigh about 150 MB: do not leave one copy per run in the temp folder.
    await rm(home, { recursive: true, force: true });
  }, 60_000);

  it('ships compiled code and bundles, not the sources, and runs without esbuild', () => {
    const pkg = path.join(user, 'node_modules/digimat');
    expect(realpathSync(bin).startsWith(realpathSync(user))).toBe(true);
    expect(existsSync(path.join(pkg, 'src'))).toBe(false);
    expect(existsSync(path.join(user, 'node_modules/esbuild'))).toBe(false);
    expect(readdirSync(path.join(pkg, 'dist/assets/js')).sort()).toContain('questionnaire.js');
    expect(existsSync(path.join(pkg, 'dist/assets/room/room.js'))).toBe(true);
  });

  it('init, validate, build and report work from the new site folder', () => {
    const init = run(bin, ['init', 'my-site', '--example'], user);
    expect(init.code, init.out).toBe(0);
    const validate = run(bin, ['validate'], site);
    expect(validate.out).toContain('valid (0 warning(s))');
    expect(validate.code).toBe(0);
    const build = run(bin, ['build'], site);
    expect(build.out).toMatch(/built _site: \d+ pages/);
    expect(build.code).toBe(0);
    for (const f of [
      'index.html',
      'es/course/sales/easy-purchase/index.html',
      'assets/js/questionnaire.js',
      'pagefind/pagefind.js',
      'sw.js',
    ])
      expect(existsSync(path.join(site, '_site', f)), f).toBe(true);
    // Nothing in the built site points into the checkout the package was packed from.
    expect(filesNaming(path.join(site, '_site'), ROOT)).toEqual([]);

    expect(run(bin, ['new', 'acme'], site).code).toBe(0);
    // The editor's schema hint of a new assessment points into the installed package.
    const hint = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(path.join(site, 'assessments/acme.yaml'), 'utf8'))?.[1];
    expect(path.resolve(site, 'assessments', hint ?? '')).toBe(path.join(user, 'node_modules/digimat/schema/assessment.schema.json'));
    const report = run(bin, ['report', 'assessments/acme.yaml', '--format', 'md', '-o', 'acme.md'], site);
    expect(report.code, report.out).toBe(0);
    expect(readFileSync(path.join(site, 'acme.md'), 'utf8')).toMatch(/^# /m);
    const pdf = run(bin, ['report', 'assessments/acme.yaml'], site);
    expect(pdf.code, pdf.out).toBe(0);
    expect(readFileSync(path.join(site, 'reports/acme.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 90_000);

  it('serve builds, serves over HTTP and shows an edited course page without a restart', async () => {
    let output = '';
    serving = spawn(bin, ['serve', '--port', String(PORT)], { cwd: site, env });
    serving.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    serving.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    await waitFor('the server', () => (output.includes(`localhost:${PORT}`) ? true : undefined));
    const page = `http://localhost:${PORT}/es/course/sales/easy-purchase/`;
    const before = await waitFor('the course page', () => pageTitle(page));
    expect(before).not.toContain('Comprar sin tropiezos');

    const course = path.join(site, 'content/course/es/sales/easy-purchase.md');
    writeFileSync(course, readFileSync(course, 'utf8').replace(/^title: .*$/m, 'title: Comprar sin tropiezos'));
    expect(
      await waitFor('the edited page', async () => ((await pageTitle(page))?.startsWith('Comprar sin tropiezos') ? true : undefined)),
    ).toBe(true);

    const exited = new Promise<number | null>((resolve) => serving!.once('exit', (code) => resolve(code)));
    serving.kill('SIGINT');
    expect(await exited).toBe(0);
    serving = undefined;
    expect(output).not.toMatch(/internal error|\n\s+at /);
  }, 90_000);

  it('room opens from the site folder and serves its page script, bundled in the package', async () => {
    let output = '';
    const room = spawn(bin, ['room', 'assessments/acme.yaml', '--port', String(PORT + 1)], { cwd: site, env });
    room.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    room.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => room.once('exit', (code) => resolve(code)));
    try {
      const join = await waitFor(
        'the room',
        () => /Join on this laptop: (\S+)/.exec(output)?.[1] ?? (room.exitCode !== null ? `exited: ${output}` : undefined),
      );
      const token = /\/r\/([^/]+)\//.exec(join)?.[1];
      expect(token, join).toBeTruthy();
      const script = await fetch(`http://localhost:${PORT + 1}/r/${token}/room.js`);
      expect(script.status).toBe(200);
      expect((await script.text()).length).toBeGreaterThan(1000);
    } finally {
      room.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(output).not.toMatch(/internal error|\n\s+at /);
  }, 90_000);

  it("adds to an existing Eleventy site through `digimat/eleventy`, beside the site's own page", () => {
    const blog = path.join(user, 'blog');
    mkdirSync(blog);
    run(bin, ['init', path.join(blog, 'starter'), '--lang', 'en'], user);
    writeFileSync(path.join(blog, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(
      path.join(blog, 'eleventy.config.js'),
      [
        "import digimat from 'digimat/eleventy';",
        'export default function (eleventyConfig) {',
        "  eleventyConfig.addPlugin(digimat, { content: 'starter/content', assessments: 'starter/assessments' });",
        '}',
        '',
      ].join('\n'),
    );
    writeFileSync(path.join(blog, 'about.md'), '---\ntitle: About us\n---\n# About our consultancy\n');
    const r = run(path.join(user, 'node_modules/.bin/eleventy'), ['--quiet'], blog);
    expect(r.code, r.out).toBe(0);
    expect(readFileSync(path.join(blog, '_site/about/index.html'), 'utf8')).toContain('About our consultancy');
    expect(readFileSync(path.join(blog, '_site/en/index.html'), 'utf8')).toContain('My maturity model');
    expect(existsSync(path.join(blog, '_site/assets/js/site.js'))).toBe(true);
    // The course Markdown and the YAML are the plugin's input, not pages Eleventy renders a second time.
    expect(existsSync(path.join(blog, '_site/starter/content'))).toBe(false);
  }, 60_000);
});
