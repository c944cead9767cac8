// Eleventy's own dev server (watch, serve, live reload) on a scratch project, as a trainer runs it:
// either digimat's plugin over a copy of content/, assessments/ and templates/, or a bare Eleventy
// project. Used by the watch-mode tests and by bench/edit-loop-bench.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './run-cli.js';

export interface ServedSite {
  child: ChildProcess;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** The folder Eleventy writes to. */
  out: string;
  /** Resolves once the server listens. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Copies the repository's content, assessments and templates into `dir` and writes an Eleventy
 * config there that adds the compiled digimat plugin with those folders. `root` is the checkout
 * whose compiled plugin is used (the benchmark times an earlier one beside this one).
 */
export function writeDigimatProject(dir: string, root = ROOT): void {
  for (const d of ['content', 'assessments', 'templates']) cpSync(path.join(root, d), path.join(dir, d), { recursive: true });
  const plugin = pathToFileURL(path.join(root, 'dist/site/eleventy-plugin.js')).href;
  writeFileSync(
    path.join(dir, 'eleventy.config.mjs'),
    `import digimat from ${JSON.stringify(plugin)};\n` +
      'export default function (eleventyConfig) {\n' +
      "  eleventyConfig.setTemplateFormats(['hbs']);\n" +
      "  eleventyConfig.addPlugin(digimat, { content: 'content', assessments: 'assessments', templates: 'templates' });\n" +
      "  return { dir: { input: 'content' } };\n" +
      '}\n',
  );
}

/** Starts `eleventy --serve` in `dir` (its eleventy.config.mjs) on `port`, plus any extra arguments. */
export function serveEleventy(dir: string, port: number, extra: string[] = [], env: NodeJS.ProcessEnv = {}): ServedSite {
  let output = '';
  const out = path.join(dir, '_site');
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs'),
      '--serve',
      '--port',
      String(port),
      '--config',
      'eleventy.config.mjs',
      '--output',
      out,
      ...extra,
    ],
    {
      cwd: dir,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let listening: () => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    listening = resolve;
    child.once('exit', (code) => reject(new Error(`eleventy --serve stopped (exit ${code}):\n${output}`)));
  });
  ready.catch(() => undefined);
  const take = (d: Buffer) => {
    output += d.toString();
    if (/Server at http:\/\//.test(output)) listening();
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  return {
    child,
    output: () => output,
    out,
    ready,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/** Polls `probe` until it gives a value (not undefined), or fails after `ms`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 150_000, every = 100): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const got = await probe();
    if (got !== undefined) return got;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}
