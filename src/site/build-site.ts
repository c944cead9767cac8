import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { DigimatError } from '../core/errors.js';
import digimatPlugin, { type DigimatPluginOptions } from './eleventy-plugin.js';
import { loadSite, startSite, type LoadedSite, type StartedSite } from './load-site.js';
import { templateFolders } from './template-folders.js';
import { cancelSearchIndexes } from './search-index.js';
import { SiteBuildError } from './site-build-error.js';

export interface BuildOptions {
  out: string;
  content: string;
  assessments: string;
  /** The site's own templates folder (each file replaces the bundled one of the same path). */
  templates: string;
  includePrivate: boolean;
}

/**
 * Eleventy set up for a digimat site: `content` is its input, the digimat plugin gets every option,
 * and no configuration file is read, neither the user's nor one in the current directory.
 */
export async function createEleventy(
  options: BuildOptions & { loaded?: LoadedSite | StartedSite },
  out: string,
  runMode: 'build' | 'serve' | 'watch' = 'build',
) {
  const { default: Eleventy } = await import('@11ty/eleventy');
  const plugin: DigimatPluginOptions = {
    content: path.resolve(options.content),
    assessments: path.resolve(options.assessments),
    templates: path.resolve(options.templates),
    includePrivate: options.includePrivate,
    ...(options.loaded ? { loaded: options.loaded } : {}),
  };
  return new Eleventy(path.resolve(options.content), out, {
    // An empty path means "no configuration file" to Eleventy (undefined would look for one in the cwd).
    configPath: '',
    quietMode: true,
    runMode,
    config(eleventyConfig: any) {
      // Every page is made by the plugin from validated data (course Markdown included): nothing in
      // content/ is a template. Set here because Eleventy reads template formats before plugins run.
      eleventyConfig.setTemplateFormats(['hbs']);
      eleventyConfig.addPlugin(digimatPlugin, plugin);
    },
  });
}

/**
 * Builds the site into a temporary folder beside `out` and swaps it in only when everything
 * succeeded, so a failed build never leaves a half-written site. Content is validated first, with
 * every problem reported as path:line:col.
 */
export async function buildSite(options: BuildOptions): Promise<{ out: string; pages: number; ms: number; warnings: string[] }> {
  const started = Date.now();
  // Throws ValidationError listing every problem before anything is written.
  const loaded = await loadSite({ content: options.content, assessments: options.assessments, includePrivate: options.includePrivate });
  if (process.env.DIGIMAT_TIMING === '1') process.stderr.write(`timing: validation ${Date.now() - started} ms\n`);
  const out = path.resolve(options.out);
  const tmp = `${out}.tmp-${process.pid}`;
  const old = `${out}.old-${process.pid}`;
  await removeStaleBuilds(out);
  let pages = 0;
  try {
    // The search index starts filling now, so Pagefind works while Eleventy starts up and renders.
    const started = startSite(loaded, templateFolders(options.templates));
    const eleventy = await createEleventy({ ...options, loaded: started }, tmp);
    // quietMode still prints a forced "[11ty] Wrote N files" line; our commands print their own summary.
    (eleventy as unknown as { disableLogger(): void }).disableLogger();
    const results = (await eleventy.write()) as unknown as [unknown[], unknown[]] | unknown[];
    pages = Array.isArray(results[1]) ? (results[1] as unknown[]).length : 0;
  } catch (cause) {
    await cancelSearchIndexes();
    await rm(tmp, { recursive: true, force: true });
    if (cause instanceof DigimatError) throw cause;
    const inner = (cause as { originalError?: unknown }).originalError ?? cause;
    if (inner instanceof DigimatError) throw inner;
    throw new SiteBuildError(`site build failed: ${(inner as Error).message ?? String(inner)}`, { cause });
  }
  if (!existsSync(path.join(tmp, 'index.html'))) {
    await rm(tmp, { recursive: true, force: true });
    throw new SiteBuildError(`site build wrote nothing to ${tmp}; ${options.out} left as it was`);
  }
  if (existsSync(out)) await rename(out, old);
  await rename(tmp, out);
  await rm(old, { recursive: true, force: true });
  return { warnings: loaded.warnings, out, pages, ms: Date.now() - started };
}

/** Whether a process with this id is running (a build in another terminal must keep its folder). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the `<out>.tmp-<pid>` and `<out>.old-<pid>` folders that builds stopped by Ctrl-C or a kill
 * left behind: those whose process is gone (or is this one, from an earlier run with the same id).
 */
export async function removeStaleBuilds(out: string): Promise<string[]> {
  const dir = path.dirname(out);
  const prefix = `${path.basename(out)}.`;
  const stale: string[] = [];
  for (const name of existsSync(dir) ? await readdir(dir) : []) {
    const m = /^(?:tmp|old)-(\d+)$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '');
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid !== process.pid && running(pid)) continue;
    stale.push(path.join(dir, name));
  }
  await Promise.all(stale.map((folder) => rm(folder, { recursive: true, force: true })));
  return stale;
}
