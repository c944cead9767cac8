import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyBrowserBundles } from './browser-bundles.js';
import { digestOf, FileDigests } from './file-digests.js';
import type { SearchIndex } from './search-index.js';
import { devServiceWorkerSource, serviceWorkerSource } from './service-worker.js';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => f !== 'sw.js')
    .sort();
}

/** What a watch session keeps between rebuilds so that finishing the site redoes only what changed. */
export interface FinishOptions {
  /** Copy the page scripts (they depend on no content: once per session is enough). */
  bundle?: boolean;
  /** Digests of the files hashed last time; a full build passes none and reads every file once. */
  digests?: FileDigests;
  /** The pages Eleventy wrote, as it rendered them (`eleventy.after`'s results): hashed from memory. */
  pages?: readonly RenderedPage[];
  /**
   * The dev server (`digimat serve`, `npm start`): write a service worker that caches nothing, so an
   * open page shows each save on its live reload instead of the copy cached at the first visit.
   */
  devServer?: boolean;
}

/** A page as Eleventy's `eleventy.after` event lists it. */
export interface RenderedPage {
  outputPath?: string | false;
  content?: string;
}

/**
 * After Eleventy wrote the pages: copy the page scripts while the search index (filled from the start of
 * the build) is written, then write the manifest and the service worker (which hashes everything,
 * so it comes last).
 */
export async function finishSite(
  outDir: string,
  search: SearchIndex,
  options: FinishOptions = {},
): Promise<{ files: number; cache: string }> {
  const t0 = Date.now();
  const times = { bundles: 0, search: 0 };
  const given = new Map<string, string>();
  await Promise.all([
    options.bundle === false ? undefined : copyBrowserBundles(path.join(outDir, 'assets')).then(() => (times.bundles = Date.now() - t0)),
    search.write(path.join(outDir, 'pagefind')).then((digests) => {
      for (const [f, d] of digests) given.set(`pagefind/${f}`, d);
      times.search = Date.now() - t0;
    }),
  ]);
  for (const page of options.pages ?? []) {
    if (typeof page.outputPath !== 'string' || typeof page.content !== 'string') continue;
    given.set(path.relative(outDir, page.outputPath).split(path.sep).join('/'), digestOf(page.content));
  }
  const t2 = Date.now();
  await writeFile(path.join(outDir, 'manifest.webmanifest'), JSON.stringify(manifest(), null, 2));
  if (options.devServer) {
    await writeFile(path.join(outDir, 'sw.js'), devServiceWorkerSource());
    return { files: 0, cache: '' };
  }
  const files = await listFiles(outDir);
  // Names and contents of every file, in order.
  const digests = options.digests ?? new FileDigests(false);
  const cache = `digimat-${digests.hashAll(outDir, files, given).slice(0, 16)}`;
  // Directory URLs are what visitors navigate to; cache them under that name too.
  const urls = files.flatMap((f) =>
    f === 'index.html' ? ['./', f] : f.endsWith('/index.html') ? [f.slice(0, -'index.html'.length), f] : [f],
  );
  await writeFile(path.join(outDir, 'sw.js'), serviceWorkerSource(cache, urls));
  // DIGIMAT_TIMING=1 prints where a build's time goes after the pages are written (for bench/).
  if (process.env.DIGIMAT_TIMING === '1')
    process.stderr.write(
      `timing: bundles ${times.bundles} ms, search index ${times.search} ms (in parallel), service worker ${Date.now() - t2} ms (${digests.read} of ${files.length} files read)\n`,
    );
  return { files: files.length, cache };
}

function manifest() {
  return {
    name: 'digimat',
    short_name: 'digimat',
    description: 'Digital service maturity assessment for small businesses',
    start_url: './es/',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4f73',
    icons: [{ src: 'assets/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}
