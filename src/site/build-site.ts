import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { DigimatError } from '../core/errors.js';
import { dropPrimedSite, loadSite, primeSite } from './load-site.js';
import { SiteBuildError } from './site-build-error.js';

export interface BuildOptions {
  out: string;
  content: string;
  assessments: string;
  templates: string;
  includePrivate: boolean;
  config?: string;
}

/**
 * Builds the site into a temporary folder beside `out` and swaps it in only when everything
 * succeeded, so a failed build never leaves a half-written site. Content is validated first, with
 * every problem reported as path:line:col.
 */
export async function buildSite(options: BuildOptions): Promise<{ out: string; pages: number; ms: number }> {
  const started = Date.now();
  // Throws ValidationError listing every problem before anything is written.
  const loaded = await loadSite(options);
  if (process.env.DIGIMAT_TIMING === '1') process.stderr.write(`timing: validation ${Date.now() - started} ms\n`);
  primeSite({ content: options.content, assessments: options.assessments, templates: options.templates, includePrivate: options.includePrivate }, loaded);
  const out = path.resolve(options.out);
  const tmp = `${out}.tmp-${process.pid}`;
  const old = `${out}.old-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  const env = {
    DIGIMAT_INCLUDE_PRIVATE: options.includePrivate ? '1' : '0',
    DIGIMAT_CONTENT: options.content,
    DIGIMAT_ASSESSMENTS: options.assessments,
    DIGIMAT_TEMPLATES: options.templates,
  };
  const previous = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  let pages = 0;
  try {
    const { default: Eleventy } = await import('@11ty/eleventy');
    const eleventy = new Eleventy(options.content, tmp, { configPath: options.config ?? '.eleventy.js', quietMode: true });
    const results = (await eleventy.write()) as unknown as [unknown[], unknown[]] | unknown[];
    pages = Array.isArray(results[1]) ? (results[1] as unknown[]).length : 0;
  } catch (cause) {
    await dropPrimedSite();
    await rm(tmp, { recursive: true, force: true });
    if (cause instanceof DigimatError) throw cause;
    const inner = (cause as { originalError?: unknown }).originalError ?? cause;
    if (inner instanceof DigimatError) throw inner;
    throw new SiteBuildError(`site build failed: ${(inner as Error).message ?? String(inner)}`, { cause });
  } finally {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  if (!existsSync(path.join(tmp, 'index.html'))) {
    await rm(tmp, { recursive: true, force: true });
    throw new SiteBuildError(`site build wrote nothing to ${tmp}; ${options.out} left as it was`);
  }
  if (existsSync(out)) await rename(out, old);
  await rename(tmp, out);
  await rm(old, { recursive: true, force: true });
  return { out, pages, ms: Date.now() - started };
}
